#include "noteservice.h"

#include "detail.h"
#include "groupservice.h"
#include "sync/core/uuid.h"

namespace lykta::domain {

using namespace detail;

namespace {

// The entities a note may be about.
bool knownSubject(const std::string &entity)
{
    for (const char *e : {"group_session", "group_member", "child", "family", "support_group",
                          "conversation_series"}) {
        if (entity == e)
            return true;
    }
    return false;
}

// The support group a subject belongs to, if any.
std::string groupOf(const std::string &entity, const store::Record &subject)
{
    if (entity == "support_group")
        return subject.id;
    if (entity == "group_session" || entity == "group_member")
        return subject.text("group_id");
    return {};
}

} // namespace

DomainResult<bool> NoteService::checkBody(const std::string &subjectEntity,
                                          const std::string &subjectId, const QString &body) const
{
    if (!GroupService::looksIdentifying(body))
        return true;
    auto subject = getLive(m_store, subjectEntity, subjectId, "subject_id");
    if (!subject)
        return subject.error();
    const std::string groupId = groupOf(subjectEntity, *subject);
    if (groupId.empty())
        return true;
    auto group = getLive(m_store, "support_group", groupId, "group_id");
    if (!group)
        return group.error();
    if (group->text(fields::support_group::mode) != "identified")
        return domainError(DomainErrc::AnonymousGroup, "body");
    return true;
}

Note toNote(const store::Record &r)
{
    Note n;
    n.id = r.id;
    n.unitId = r.text(fields::note::unit_id);
    n.subjectEntity = r.text(fields::note::subject_entity);
    n.subjectId = r.text(fields::note::subject_id);
    n.kind = qtext(r, fields::note::kind);
    n.caseKind = qtext(r, fields::note::case_kind);
    n.author = r.text(fields::note::author);
    n.eventDate = qdate(r, fields::note::event_date);
    n.writtenAt = qtext(r, fields::note::written_at);
    n.body = qtext(r, fields::note::body);
    n.childWordsPrivate = r.integer(fields::note::child_words_private) != 0;
    n.status = qtext(r, fields::note::status) == QLatin1String("signed") ? Note::Status::Signed
                                                                         : Note::Status::Draft;
    n.signedBy = r.text(fields::note::signed_by);
    n.signedAt = qtext(r, fields::note::signed_at);
    return n;
}

DomainResult<std::string> NoteService::createDraft(const store::Actor &actor, const Note &note)
{
    if (!knownSubject(note.subjectEntity))
        return domainError(DomainErrc::NotFound, "subject_entity");
    auto subject = getLive(m_store, note.subjectEntity, note.subjectId, "subject_id");
    if (!subject)
        return subject.error();
    if (!note.eventDate.isValid())
        return domainError(DomainErrc::InvalidDate, "event_date");
    if (actor.staffId.empty())
        return domainError(DomainErrc::Empty, "author");
    if (auto ok = checkBody(note.subjectEntity, note.subjectId, note.body); !ok)
        return ok.error();
    store::Change c{store::ChangeKind::Create,
                    "note",
                    sync::newUuidV7(),
                    {{fields::note::unit_id, subject->text(fields::any::unit_id)},
                     {fields::note::subject_entity, note.subjectEntity},
                     {fields::note::subject_id, note.subjectId},
                     {fields::note::kind, text(note.kind)},
                     {fields::note::author, actor.staffId},
                     {fields::note::event_date, date(note.eventDate)},
                     {fields::note::written_at, text(nowText())},
                     {fields::note::body, text(note.body)},
                     {fields::note::status, std::string("draft")}}};
    if (!note.caseKind.isEmpty())
        c.fields.push_back({fields::note::case_kind, text(note.caseKind)});
    if (note.childWordsPrivate)
        c.fields.push_back({fields::note::child_words_private, flag(true)});
    auto w = write(m_store, actor, std::span(&c, 1));
    if (!w)
        return w.error();
    return w->front();
}

DomainResult<bool> NoteService::updateDraft(const store::Actor &actor, const std::string &id,
                                            const QString &body)
{
    auto current = getLive(m_store, "note", id, "note_id");
    if (!current)
        return current.error();
    if (current->text(fields::note::status) == "signed")
        return domainError(DomainErrc::SignedImmutable, "body");
    if (auto ok = checkBody(current->text(fields::note::subject_entity),
                            current->text(fields::note::subject_id), body);
        !ok)
        return ok.error();
    store::Change c{store::ChangeKind::Update, "note", id, {{fields::note::body, text(body)}}};
    auto w = write(m_store, actor, std::span(&c, 1));
    if (!w)
        return w.error();
    return true;
}

DomainResult<bool> NoteService::sign(const store::Actor &actor, const std::string &id)
{
    auto current = getLive(m_store, "note", id, "note_id");
    if (!current)
        return current.error();
    if (current->text(fields::note::status) == "signed")
        return domainError(DomainErrc::SignedImmutable, "status");
    if (QString::fromStdString(current->text(fields::note::body)).trimmed().isEmpty())
        return domainError(DomainErrc::Empty, "body");
    return detail::sign(m_store, actor, "note", id);
}

DomainResult<Note> NoteService::note(const store::Actor &actor, const std::string &id)
{
    auto r = getLive(m_store, "note", id, "note_id");
    if (!r)
        return r.error();
    if (auto a = auditRead(m_store, actor, "note", id); !a)
        return a.error();
    return toNote(*r);
}

DomainResult<std::vector<Note>> NoteService::notesAbout(const store::Actor &actor,
                                                        const std::string &subjectEntity,
                                                        const std::string &subjectId)
{
    auto rows = listLive(
        m_store, "note",
        {{fields::note::subject_entity, subjectEntity}, {fields::note::subject_id, subjectId}},
        "event_date");
    if (!rows)
        return rows.error();
    std::vector<Note> out;
    for (const auto &r : *rows) {
        if (auto a = auditRead(m_store, actor, "note", r.id); !a)
            return a.error();
        out.push_back(toNote(r));
    }
    return out;
}

} // namespace lykta::domain
