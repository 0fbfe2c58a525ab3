#pragma once

#include "auditextract.h"
#include "sync/client/transport.h"
#include "workspace.h"

#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace lykta::app {

// What fetching the server's extract hands back to the UI thread.
struct ServerExtractOutcome
{
    std::string subject;
    bool enrolled = true;
    std::optional<sync::ServerAudit> audit;
    std::optional<sync::client::TransportError> error;
};

// A manager's part of the Follow-up screen: the access-log extract (loggutdrag) for one
// child or family, as CSV or PDF, and recording a spot check (stickprov) of that person's
// log. Only staff with the manager role get it: for anyone else `isManager` is false, no
// names are read, and every action is refused. Each extract writes its Export or Print
// entry, and a spot check is itself an entry of the append-only log (lykta_followup).
// On an enrolled tablet the manager can add the server's audit log about the subject
// (colleagues' reads on their own tablets): fetched off the UI thread, merged with this
// tablet's entries and marked as the server's (in the rows, the CSV and the PDF); when it
// cannot be had, the extract is this tablet's alone and `serverText` says why. The server's
// extract covers every record about the subject, not only the child's or family's own.
class AuditReviewController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(
        lykta::app::Workspace *workspace READ workspace WRITE setWorkspace NOTIFY workspaceChanged)
    Q_PROPERTY(bool isManager READ isManager NOTIFY workspaceChanged)
    // [{key: "child:<id>" | "family:<id>", label}], families each followed by their children.
    Q_PROPERTY(QVariantList subjects READ subjects NOTIFY subjectsChanged)
    Q_PROPERTY(QString subjectKey READ subjectKey WRITE setSubjectKey NOTIFY subjectsChanged)
    Q_PROPERTY(QString exportFolder READ exportFolder WRITE setExportFolder NOTIFY resultChanged)
    Q_PROPERTY(QString message READ message NOTIFY resultChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY resultChanged)
    Q_PROPERTY(QString lastPath READ lastPath NOTIFY resultChanged)
    Q_PROPERTY(QString spotCheckText READ spotCheckText NOTIFY resultChanged)
    // Whether the server's entries are being fetched, what became of it (in words), and the
    // merged extract of the chosen subject once they were asked for:
    // [{time, staffId, staffName, action, recordType, recordId, device, fromServer}].
    Q_PROPERTY(bool fetching READ fetching NOTIFY serverChanged)
    Q_PROPERTY(QString serverText READ serverText NOTIFY serverChanged)
    Q_PROPERTY(QVariantList rows READ rows NOTIFY serverChanged)

public:
    explicit AuditReviewController(QObject *parent = nullptr);

    Workspace *workspace() const { return m_workspace; }
    void setWorkspace(Workspace *workspace);
    bool isManager() const { return m_isManager; }
    QVariantList subjects() const { return m_subjects; }
    QString subjectKey() const { return m_subjectKey; }
    void setSubjectKey(const QString &key);
    QString exportFolder() const;
    void setExportFolder(const QString &folder);
    QString message() const { return m_message; }
    QString errorText() const { return m_errorText; }
    QString lastPath() const { return m_lastPath; }
    // How many spot checks the log holds and when the last was made.
    QString spotCheckText() const;

    bool fetching() const { return m_fetching; }
    QString serverText() const { return m_serverText; }
    QVariantList rows() const { return m_rows; }

    // Asks the server for its entries about the chosen subject; serverChanged when answered.
    Q_INVOKABLE bool fetchServerExtract();
    Q_INVOKABLE bool exportCsv();
    Q_INVOKABLE bool exportPdf();
    Q_INVOKABLE bool recordSpotCheck();

signals:
    void workspaceChanged();
    void subjectsChanged();
    void resultChanged();
    void serverChanged();

private:
    void loadSubjects();
    void onServerExtract(ServerExtractOutcome outcome);
    void forgetServerExtract();
    void showRows(const std::string &entity, const std::string &id);
    // The server's rows fetched for this subject; none for another (or none fetched).
    std::vector<followup::AuditExtractRow> serverRowsFor(const std::string &id) const;
    // The chosen subject as entity and id; false (and errorText) when there is none.
    bool chosen(std::string &entity, std::string &id);
    QString subjectLabel() const;
    bool fail(const QString &text);
    bool succeed(const QString &text);
    bool save(const QByteArray &bytes, const std::string &entity, const QString &suffix);

    QPointer<Workspace> m_workspace;
    bool m_isManager = false;
    QVariantList m_subjects;
    QString m_subjectKey;
    QString m_exportFolder;
    QString m_message;
    QString m_errorText;
    QString m_lastPath;
    bool m_fetching = false;
    QString m_serverText;
    QVariantList m_rows;
    std::string m_serverSubject; // the subject m_serverRows are about
    std::vector<followup::AuditExtractRow> m_serverRows;
};

} // namespace lykta::app
