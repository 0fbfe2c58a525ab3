#include "sessionnotemodel.h"

#include "amendmentservice.h"
#include "authorship.h"
#include "noteservice.h"

namespace lykta::app {

void SessionNoteModel::setSessionId(const QString &id)
{
    if (assignAndRefresh(m_sessionId, id))
        emit sessionIdChanged();
}

void SessionNoteModel::setMemberId(const QString &id)
{
    if (assignAndRefresh(m_memberId, id))
        emit memberIdChanged();
}

std::string SessionNoteModel::subjectEntity() const
{
    return m_memberId.isEmpty() ? "group_session" : "group_member";
}

std::string SessionNoteModel::subjectId() const
{
    return (m_memberId.isEmpty() ? m_sessionId : m_memberId).toStdString();
}

void SessionNoteModel::reload()
{
    readNotes();
    emit loaded();
}

void SessionNoteModel::readNotes()
{
    m_rows.clear();
    m_sessionDate = {};
    m_anonymous = true;
    if (m_sessionId.isEmpty())
        return;
    auto &groups = workspace()->groups();
    auto session = groups.session(m_sessionId.toStdString());
    if (!session)
        return;
    m_sessionDate = session->date;
    if (auto group = groups.group(session->groupId))
        m_anonymous = group->mode == domain::Group::Mode::Anonymous;

    store::Store &store = workspace()->store();
    const auto &actor = workspace()->actor();
    auto notes = domain::NoteService(store).notesAbout(actor, subjectEntity(), subjectId());
    if (!notes)
        return;
    domain::AmendmentService amendments(store);
    for (const auto &n : *notes) {
        // A child's notes from other sessions belong to those sessions.
        if (!m_memberId.isEmpty() && n.eventDate != m_sessionDate)
            continue;
        SessionNoteRow row;
        row.id = QString::fromStdString(n.id);
        row.body = n.body;
        row.isSigned = n.status == domain::Note::Status::Signed;
        row.author = Authorship::who(store, n.author);
        row.written = Authorship::when(n.writtenAt);
        if (row.isSigned) {
            row.signedText =
                tr("Signerad %1 av %2")
                    .arg(Authorship::when(n.signedAt), Authorship::who(store, n.signedBy));
            if (auto list = amendments.amendments(actor, "note", n.id)) {
                for (const auto &a : *list) {
                    row.amendments.append(QVariantMap{
                        {QStringLiteral("reason"), a.reason},
                        {QStringLiteral("body"), a.body},
                        {QStringLiteral("author"), Authorship::who(store, a.author)},
                        {QStringLiteral("written"), Authorship::when(a.writtenAt)},
                    });
                }
            }
        }
        m_rows.push_back(std::move(row));
    }
}

const SessionNoteRow *SessionNoteModel::draft() const
{
    const auto it = std::find_if(m_rows.begin(), m_rows.end(),
                                 [](const SessionNoteRow &r) { return !r.isSigned; });
    return it == m_rows.end() ? nullptr : &*it;
}

bool SessionNoteModel::hasDraft() const
{
    return draft() != nullptr;
}

QString SessionNoteModel::draftId() const
{
    const auto *d = draft();
    return d ? d->id : QString();
}

QString SessionNoteModel::draftBody() const
{
    const auto *d = draft();
    return d ? d->body : QString();
}

QString SessionNoteModel::saveDraft(const QString &noteId, const QString &body)
{
    if (!workspace() || m_sessionId.isEmpty())
        return {};
    domain::NoteService notes(workspace()->store());
    const auto &actor = workspace()->actor();
    if (noteId.isEmpty()) {
        domain::Note n;
        n.subjectEntity = subjectEntity();
        n.subjectId = subjectId();
        n.kind = m_memberId.isEmpty() ? QStringLiteral("session") : QStringLiteral("member");
        n.eventDate = m_sessionDate;
        n.body = body;
        auto id = notes.createDraft(actor, n);
        if (!settle(id ? nullptr : &id.error()))
            return {};
        return QString::fromStdString(*id);
    }
    const auto row = std::find_if(m_rows.begin(), m_rows.end(),
                                  [&](const SessionNoteRow &r) { return r.id == noteId; });
    if (row != m_rows.end() && !row->isSigned && row->body == body)
        return noteId; // nothing changed: no write, no delta
    auto r = notes.updateDraft(actor, noteId.toStdString(), body);
    if (!settle(r ? nullptr : &r.error()))
        return {};
    return noteId;
}

bool SessionNoteModel::sign(const QString &noteId, const QString &body)
{
    const QString id = saveDraft(noteId, body);
    if (id.isEmpty())
        return false;
    auto r = domain::NoteService(workspace()->store()).sign(workspace()->actor(), id.toStdString());
    if (r)
        workspace()->notifySigned();
    return settle(r ? nullptr : &r.error());
}

bool SessionNoteModel::amend(const QString &noteId, const QString &reason, const QString &body)
{
    if (!workspace())
        return false;
    auto r = domain::AmendmentService(workspace()->store())
                 .amend(workspace()->actor(), "note", noteId.toStdString(), reason.trimmed(),
                        body.trimmed());
    if (r)
        workspace()->notifySigned();
    return settle(r ? nullptr : &r.error());
}

QVariant SessionNoteModel::roleData(const SessionNoteRow &row, int role) const
{
    switch (role) {
    case NoteIdRole:
        return row.id;
    case BodyRole:
        return row.body;
    case SignedRole:
        return row.isSigned;
    case AuthorRole:
        return row.author;
    case WrittenRole:
        return row.written;
    case SignedTextRole:
        return row.signedText;
    case AmendmentsRole:
        return row.amendments;
    default:
        return {};
    }
}

QHash<int, QByteArray> SessionNoteModel::roleNames() const
{
    return {{NoteIdRole, "noteId"},        {BodyRole, "noteBody"},
            {SignedRole, "noteSigned"},    {AuthorRole, "noteAuthor"},
            {WrittenRole, "noteWritten"},  {SignedTextRole, "noteSignedText"},
            {AmendmentsRole, "amendments"}};
}

} // namespace lykta::app
