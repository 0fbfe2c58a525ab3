#pragma once

#include "conversation.h"
#include "domainerror.h"
#include "note.h"
#include "store/store.h"

#include <QCoreApplication>

namespace lykta::followup {

// A copy of one conversation or case note to hand to the child's guardians, as a PDF. What
// the child said in its own words is left out when the record is marked "the child's own
// words — not for guardians" (ConversationService / CaseNoteService::forGuardians); the copy
// says that something was left out, never what. Each export is a read of the record and a
// Print entry in its access log.
class GuardianCopyPdf
{
    Q_DECLARE_TR_FUNCTIONS(GuardianCopyPdf)

public:
    // `about` names whom the copy is about (the child's or family's name), `what` the kind
    // of conversation or note in words; both are the caller's, who knows the labels.
    static QByteArray renderConversation(const domain::Conversation &conversation,
                                         const QString &about, const QString &what);
    static QByteArray renderNote(const domain::Note &note, const QString &about,
                                 const QString &what);

    static domain::DomainResult<QByteArray> conversation(store::Store &store,
                                                         const store::Actor &actor,
                                                         const std::string &conversationId,
                                                         const QString &about, const QString &what);
    static domain::DomainResult<QByteArray> note(store::Store &store, const store::Actor &actor,
                                                 const std::string &noteId, const QString &about,
                                                 const QString &what);
};

} // namespace lykta::followup
