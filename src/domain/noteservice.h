#pragma once

#include "domainerror.h"
#include "note.h"
#include "store/store.h"

#include <vector>

namespace lykta::domain {

// Documentation notes on a session, a group member, a child or a family. A note is a draft
// until signed; after that it never changes (the store refuses it too) and corrections are
// amendments (AmendmentService). Opening a note is logged.
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

private:
    store::Store &m_store;
};

Note toNote(const store::Record &r);

} // namespace lykta::domain
