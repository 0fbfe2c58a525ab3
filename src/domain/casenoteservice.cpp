#include "casenoteservice.h"

#include "detail.h"
#include "noteservice.h"

#include <algorithm>

namespace lykta::domain {

using namespace detail;

namespace {

const QString kCase = QStringLiteral("case");

bool isCaseNote(const store::Record &r)
{
    return qtext(r, fields::note::kind) == kCase;
}

} // namespace

const std::vector<QString> &CaseNoteService::kinds()
{
    static const std::vector<QString> keys{
        QStringLiteral("phone_call"),     QStringLiteral("home_visit"),
        QStringLiteral("school_meeting"), QStringLiteral("health_care_meeting"),
        QStringLiteral("other"),
    };
    return keys;
}

Note CaseNoteService::forGuardians(const Note &note)
{
    Note n = note;
    if (n.childWordsPrivate)
        n.body.clear();
    return n;
}

DomainResult<bool> CaseNoteService::validate(const Note &note) const
{
    if (note.caseKind.isEmpty())
        return domainError(DomainErrc::Empty, "case_kind");
    if (std::find(kinds().begin(), kinds().end(), note.caseKind) == kinds().end())
        return domainError(DomainErrc::OutOfRange, "case_kind");
    if (!note.eventDate.isValid() || note.eventDate > QDate::currentDate())
        return domainError(DomainErrc::InvalidDate, "event_date");
    if (note.body.trimmed().isEmpty())
        return domainError(DomainErrc::Empty, "body");
    return true;
}

DomainResult<store::Record> CaseNoteService::ownDraft(const store::Actor &actor,
                                                      const std::string &id) const
{
    auto current = getLive(m_store, "note", id, "note_id");
    if (!current)
        return current.error();
    if (!isCaseNote(*current))
        return domainError(DomainErrc::NotFound, "note_id");
    if (current->text(fields::note::status) == "signed")
        return domainError(DomainErrc::SignedImmutable, "status");
    if (current->text(fields::note::author) != actor.staffId)
        return domainError(DomainErrc::NotPermitted, "author");
    return current;
}

DomainResult<std::string> CaseNoteService::create(const store::Actor &actor, const Note &note)
{
    if (note.subjectEntity != "family" && note.subjectEntity != "child")
        return domainError(DomainErrc::NotFound, "subject_entity");
    if (auto ok = validate(note); !ok)
        return ok.error();
    Note n = note;
    n.kind = kCase;
    return NoteService(m_store).createDraft(actor, n);
}

DomainResult<bool> CaseNoteService::update(const store::Actor &actor, const Note &note)
{
    auto current = ownDraft(actor, note.id);
    if (!current)
        return current.error();
    if (auto ok = validate(note); !ok)
        return ok.error();
    store::Change c{store::ChangeKind::Update,
                    "note",
                    note.id,
                    {{fields::note::case_kind, text(note.caseKind)},
                     {fields::note::event_date, date(note.eventDate)},
                     {fields::note::body, text(note.body)},
                     {fields::note::child_words_private, flag(note.childWordsPrivate)}}};
    auto w = write(m_store, actor, std::span(&c, 1));
    if (!w)
        return w.error();
    return true;
}

DomainResult<bool> CaseNoteService::sign(const store::Actor &actor, const std::string &id)
{
    if (auto current = ownDraft(actor, id); !current)
        return current.error();
    return NoteService(m_store).sign(actor, id);
}

DomainResult<Note> CaseNoteService::note(const store::Actor &actor, const std::string &id)
{
    auto r = getLive(m_store, "note", id, "note_id");
    if (!r)
        return r.error();
    if (!isCaseNote(*r))
        return domainError(DomainErrc::NotFound, "note_id");
    return NoteService(m_store).note(actor, id);
}

DomainResult<bool> CaseNoteService::collect(const store::Actor &actor, const std::string &entity,
                                            const std::string &id, std::vector<Note> &out)
{
    auto notes = NoteService(m_store).notesAbout(actor, entity, id);
    if (!notes)
        return notes.error();
    std::copy_if(notes->begin(), notes->end(), std::back_inserter(out),
                 [](const Note &n) { return n.kind == kCase; });
    return true;
}

namespace {

void newestFirst(std::vector<Note> &notes)
{
    std::stable_sort(notes.begin(), notes.end(), [](const Note &a, const Note &b) {
        if (a.eventDate != b.eventDate)
            return a.eventDate > b.eventDate;
        return a.writtenAt > b.writtenAt;
    });
}

} // namespace

DomainResult<std::vector<Note>> CaseNoteService::ofFamily(const store::Actor &actor,
                                                          const std::string &familyId)
{
    if (auto family = getLive(m_store, "family", familyId, "family_id"); !family)
        return family.error();
    std::vector<Note> out;
    if (auto ok = collect(actor, "family", familyId, out); !ok)
        return ok.error();
    auto children = listLive(m_store, "child", {{fields::child::family_id, familyId}});
    if (!children)
        return children.error();
    for (const auto &child : *children) {
        if (auto ok = collect(actor, "child", child.id, out); !ok)
            return ok.error();
    }
    newestFirst(out);
    return out;
}

DomainResult<std::vector<Note>> CaseNoteService::ofChild(const store::Actor &actor,
                                                         const std::string &childId)
{
    if (auto child = getLive(m_store, "child", childId, "child_id"); !child)
        return child.error();
    std::vector<Note> out;
    if (auto ok = collect(actor, "child", childId, out); !ok)
        return ok.error();
    newestFirst(out);
    return out;
}

} // namespace lykta::domain
