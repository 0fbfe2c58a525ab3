#pragma once

#include "domainerror.h"
#include "note.h"
#include "store/store.h"

#include <vector>

namespace lykta::domain {

// Documentation notes on a session, a group member, a child or a family. A note is a draft
// until signed; after that it never changes (the store refuses it too) and corrections are
// amendments (AmendmentService). Opening a note is logged. A note about an anonymous group,
// one of its sessions or one of its children may hold nothing that looks like a personal
// number (DOMAIN.md: such groups know children by a code or a first name only).
class NoteService
{
public:
    explicit NoteService(store::Store &store) : m_store(store) {}

    DomainResult<std::string> createDraft(const store::Actor &actor, const Note &note);
    DomainResult<bool> updateDraft(const store::Actor &actor, const std::string &id,
                                   const QString &body);
    DomainResult<bool> sign(const store::Actor &actor, const std::string &id);
    DomainResult<Note> note(const store::Actor &actor, const std::string &id);
    DomainResult<std::vector<Note>> notesAbout(const store::Actor &actor,
                                               const std::string &subjectEntity,
                                               const std::string &subjectId);

    // Whether `body` may be written about the subject: AnonymousGroup ("body") when the
    // subject belongs to an anonymous group and the text looks identifying. AmendmentService
    // asks the same of a correction.
    DomainResult<bool> checkBody(const std::string &subjectEntity, const std::string &subjectId,
                                 const QString &body) const;

private:
    store::Store &m_store;
};

Note toNote(const store::Record &r);

} // namespace lykta::domain
