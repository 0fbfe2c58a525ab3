#pragma once

#include "domainerror.h"
#include "note.h"
#include "store/store.h"

#include <vector>

namespace lykta::domain {

// Case notes outside a conversation series: a phone call, a home visit, a meeting with the
// school or with health care, or something else, written on a family or on a child. They are
// notes of kind "case" and follow the note rules (NoteService): a draft until signed, never
// changed after, corrected with an amendment (AmendmentService). Only the author edits or
// signs a draft — a case note is one person's record of what they did. The app lists them on
// the family and child pages; every read is logged.
class CaseNoteService
{
public:
    // The kinds of contact, as stored keys (the app puts them into words).
    static const std::vector<QString> &kinds();

    explicit CaseNoteService(store::Store &store) : m_store(store) {}

    // `note`: subjectEntity "family" or "child", subjectId, caseKind, eventDate (not after
    // today), body (not empty), childWordsPrivate. Refused: Empty/OutOfRange "case_kind",
    // InvalidDate "event_date", Empty "body", NotFound "subject_id".
    DomainResult<std::string> create(const store::Actor &actor, const Note &note);
    // Changes kind, date, text and flag of the author's own draft. SignedImmutable once
    // signed; NotPermitted "author" for someone else's draft.
    DomainResult<bool> update(const store::Actor &actor, const Note &note);
    // The author signs their draft; after that it never changes.
    DomainResult<bool> sign(const store::Actor &actor, const std::string &id);
    // One case note (the read is logged); NotFound for a note that is not a case note.
    DomainResult<Note> note(const store::Actor &actor, const std::string &id);
    // The family's case notes and its children's, newest first.
    DomainResult<std::vector<Note>> ofFamily(const store::Actor &actor,
                                             const std::string &familyId);
    // The child's case notes, newest first.
    DomainResult<std::vector<Note>> ofChild(const store::Actor &actor, const std::string &childId);

    // What may be shown or exported to guardians: a note flagged "the child's own words —
    // not for guardians" is shown without its text.
    static Note forGuardians(const Note &note);

private:
    DomainResult<bool> validate(const Note &note) const;
    DomainResult<store::Record> ownDraft(const store::Actor &actor, const std::string &id) const;
    DomainResult<bool> collect(const store::Actor &actor, const std::string &entity,
                               const std::string &id, std::vector<Note> &out);

    store::Store &m_store;
};

} // namespace lykta::domain
