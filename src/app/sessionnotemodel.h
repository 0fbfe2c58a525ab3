#pragma once

#include "rowlistmodel.h"

#include <QDate>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace lykta::app {

struct SessionNoteRow
{
    QString id, body;
    bool isSigned = false;
    QString author;  // who wrote it: name, title, unit
    QString written; // when it was written on the device
    QString signedText;
    QVariantList amendments; // {reason, body, author, written}, oldest first
};

// The notes of one group session: the leaders' note about the session (memberId empty), or
// the short note about one child at that session (memberId set; a note about the group
// member dated the session's day). Drafts are saved and changed; a signed note never
// changes and is corrected with an amendment. Who wrote what, and when, is on every row.
class SessionNoteModel : public RowListModel<SessionNoteRow>
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString sessionId READ sessionId WRITE setSessionId NOTIFY sessionIdChanged)
    Q_PROPERTY(QString memberId READ memberId WRITE setMemberId NOTIFY memberIdChanged)
    // The group is anonymous: nothing that identifies a child may be written.
    Q_PROPERTY(bool anonymous READ anonymous NOTIFY loaded)
    // Whether a draft is open; a new note is started only when none is.
    Q_PROPERTY(bool hasDraft READ hasDraft NOTIFY loaded)
    // The draft being written (the oldest, should a sync bring two) and its stored text. The
    // editor takes the text only when the id changes, so a reload never drops what is typed.
    Q_PROPERTY(QString draftId READ draftId NOTIFY loaded)
    Q_PROPERTY(QString draftBody READ draftBody NOTIFY loaded)

public:
    enum Role
    {
        NoteIdRole = Qt::UserRole + 1,
        BodyRole,
        SignedRole,
        AuthorRole,
        WrittenRole,
        SignedTextRole,
        AmendmentsRole,
    };
    Q_ENUM(Role)

    using RowListModel::RowListModel;

    QString sessionId() const { return m_sessionId; }
    void setSessionId(const QString &id);
    QString memberId() const { return m_memberId; }
    void setMemberId(const QString &id);
    bool anonymous() const { return m_anonymous; }
    bool hasDraft() const;
    QString draftId() const;
    QString draftBody() const;
    QHash<int, QByteArray> roleNames() const override;

    // Saves a draft: a new note when noteId is empty. Returns the note's id, or empty with
    // errorText saying why (nothing written).
    Q_INVOKABLE QString saveDraft(const QString &noteId, const QString &body);
    // Saves the draft's text, then signs it; after that it never changes.
    Q_INVOKABLE bool sign(const QString &noteId, const QString &body);
    // A correction of a signed note; the note itself stays as it was.
    Q_INVOKABLE bool amend(const QString &noteId, const QString &reason, const QString &body);

signals:
    void sessionIdChanged();
    void memberIdChanged();
    void loaded();

protected:
    void reload() override;
    QVariant roleData(const SessionNoteRow &row, int role) const override;

private:
    void readNotes();
    const SessionNoteRow *draft() const;
    std::string subjectEntity() const;
    std::string subjectId() const;

    QString m_sessionId, m_memberId;
    QDate m_sessionDate;
    bool m_anonymous = true;
};

} // namespace lykta::app
