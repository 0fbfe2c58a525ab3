#pragma once

#include "sync/client/transport.h"
#include "unitdevicemodel.h"
#include "workspace.h"

#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <functional>
#include <optional>

namespace lykta::app {

// What one request to the server hands back to the UI thread: the answer of the action (if
// any) and the unit's devices and staff as listed right after it.
struct TabletsOutcome
{
    bool enrolled = true;
    std::string serverAddress; // the enrollment's, for the code's QR contents
    std::optional<sync::client::IssuedCode> code;
    std::string codeFor; // the staff member's name, or empty for a kiosk
    bool acted = false;  // the request (before the list) succeeded
    std::optional<sync::UnitDevices> list;
    std::optional<sync::client::TransportError> error;
};

// Mer → Surfplattor och personal, for the unit's manager on an enrolled tablet: the unit's
// tablets and kiosks with their status (UnitDeviceModel), its staff, an enrollment code for a
// staff member or a kiosk (shown once, with the QR contents `lykta-server admin enroll-code
// --server` prints), revoking a tablet (plainly, or as lost or stolen: it erases itself on its
// next contact) and deactivating or reactivating a staff member who leaves. Each request runs
// off the UI thread (Workspace::background) and is followed by a fresh list. The server
// decides; for anyone but a manager `isManager` is false and nothing is asked.
class TabletsController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(
        lykta::app::Workspace *workspace READ workspace WRITE setWorkspace NOTIFY workspaceChanged)
    Q_PROPERTY(bool isManager READ isManager NOTIFY workspaceChanged)
    Q_PROPERTY(lykta::app::UnitDeviceModel *devices READ devices CONSTANT)
    // [{staffId, name, roleText, active, isMe}] by name, the unit's staff as the server has them.
    Q_PROPERTY(QVariantList staff READ staff NOTIFY listChanged)
    // A request is under way; loaded once a list came.
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(bool loaded READ loaded NOTIFY listChanged)
    // What the last action did, or why it could not be done, in words.
    Q_PROPERTY(QString message READ message NOTIFY resultChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY resultChanged)
    // The code just issued (empty when none is shown), whom it is for, until when, and the
    // QR contents: lykta://enroll?server=ADDRESS&code=CODE.
    Q_PROPERTY(QString code READ code NOTIFY codeChanged)
    Q_PROPERTY(QString codeFor READ codeFor NOTIFY codeChanged)
    Q_PROPERTY(QString codeExpiresText READ codeExpiresText NOTIFY codeChanged)
    Q_PROPERTY(QString codePayload READ codePayload NOTIFY codeChanged)
    Q_PROPERTY(QString serverAddress READ serverAddress NOTIFY codeChanged)

public:
    explicit TabletsController(QObject *parent = nullptr);

    Workspace *workspace() const { return m_workspace; }
    void setWorkspace(Workspace *workspace);
    bool isManager() const { return m_isManager; }
    UnitDeviceModel *devices() { return &m_devices; }
    QVariantList staff() const { return m_staff; }
    bool busy() const { return m_busy; }
    bool loaded() const { return m_loaded; }
    QString message() const { return m_message; }
    QString errorText() const { return m_errorText; }
    QString code() const { return m_code; }
    QString codeFor() const { return m_codeFor; }
    QString codeExpiresText() const { return m_codeExpiresText; }
    QString codePayload() const { return m_codePayload; }
    QString serverAddress() const { return m_serverAddress; }

    // Each returns false (errorText says why) when refused at once; otherwise the answer
    // follows (busy goes false, resultChanged and listChanged).
    Q_INVOKABLE bool refresh();
    Q_INVOKABLE bool issueStaffCode(const QString &staffId);
    Q_INVOKABLE bool issueKioskCode();
    // `erase`: lost or stolen, erased on its next contact; also for a tablet revoked plainly
    // before (the server orders the erase then).
    Q_INVOKABLE bool revoke(const QString &deviceKey, bool erase);
    Q_INVOKABLE bool setStaffActive(const QString &staffId, bool active);
    // Forgets the code shown (it is shown once).
    Q_INVOKABLE void clearCode();
    // The name of a device of the list, or of a staff member, for a confirmation's words.
    Q_INVOKABLE QString deviceName(const QString &deviceKey) const;
    Q_INVOKABLE QString staffName(const QString &staffId) const;

signals:
    void workspaceChanged();
    void listChanged();
    void busyChanged();
    void resultChanged();
    void codeChanged();

private:
    // What the request does on the background thread before the list is read again.
    enum class Action
    {
        List,
        Code,
        Revoke,
        Erase,
        Deactivate,
        Reactivate,
    };
    using Request = std::function<std::optional<sync::client::TransportError>(
        sync::client::Transport &, TabletsOutcome &)>;
    bool start(Action action, const QString &subject, Request request);
    void finish(Action action, const QString &subject, TabletsOutcome outcome);
    QString refusal(Action action, const QString &subject,
                    const sync::client::TransportError &error) const;
    QString doneText(Action action, const QString &subject) const;
    void showList(const sync::UnitDevices &list);
    bool fail(const QString &text);

    QPointer<Workspace> m_workspace;
    bool m_isManager = false;
    UnitDeviceModel m_devices;
    QVariantList m_staff;
    bool m_busy = false;
    bool m_loaded = false;
    QString m_message;
    QString m_errorText;
    QString m_code;
    QString m_codeFor;
    QString m_codeExpiresText;
    QString m_codePayload;
    QString m_serverAddress;
};

} // namespace lykta::app
