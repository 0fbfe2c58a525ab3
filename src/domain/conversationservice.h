#pragma once

#include "conversation.h"
#include "conversationseries.h"
#include "domainerror.h"
#include "seriesprogress.h"
#include "store/store.h"

#include <vector>

namespace lykta::domain {

// Conversation series and their conversations: start a series from a template, record
// conversations step by step, sign them, and close the series with an outcome. A
// conversation flagged "concern to report" creates a task for its staff member in the same
// write, so the flag can never be saved without the task.
class ConversationService
{
public:
    static constexpr int kMaxDurationMin = 8 * 60;

    explicit ConversationService(store::Store &store) : m_store(store) {}

    // The child's age on `started` must be within the template's age band.
    DomainResult<std::string> startSeries(const store::Actor &actor, const std::string &childId,
                                          const std::string &templateId, const QDate &started,
                                          const std::string &staffId = {});
    DomainResult<ConversationSeries> series(const store::Actor &actor, const std::string &id);
    DomainResult<std::vector<ConversationSeries>> seriesOfChild(const store::Actor &actor,
                                                                const std::string &childId);
    DomainResult<SeriesProgress> progress(const std::string &seriesId) const;
    // Closes an active series with its outcome on `closing.date` (from the start date up to
    // today). Declined names the step it happened at; a referral to a support group makes the
    // child a member of that group of the unit in the same write (an anonymous group gets the
    // child's first name as alias, never a link; a child already in an identified group stays
    // as it is), and is refused as the group would refuse the member (full, age, alias);
    // other support and another reason need their text.
    DomainResult<bool> closeSeries(const store::Actor &actor, const std::string &seriesId,
                                   const SeriesClosing &closing);
    // Back to active, with why (required): kept on the series with who and when, so the case
    // file shows it; the write's audit entry says who changed the series. The outcome is
    // cleared; a group membership made by a referral stays (the group's own decision).
    DomainResult<bool> reopenSeries(const store::Actor &actor, const std::string &seriesId,
                                    const QString &reason);

    DomainResult<std::string> recordConversation(const store::Actor &actor,
                                                 const Conversation &conversation);
    // Drafts only: a signed conversation is corrected with an amendment.
    DomainResult<bool> updateConversation(const store::Actor &actor,
                                          const Conversation &conversation);
    DomainResult<bool> signConversation(const store::Actor &actor, const std::string &id);
    DomainResult<Conversation> conversation(const store::Actor &actor, const std::string &id);
    DomainResult<std::vector<Conversation>> conversations(const store::Actor &actor,
                                                          const std::string &seriesId);

    // What may be shown or exported to guardians: the child's own view is left out when
    // the conversation is flagged "the child's own words — not for guardians".
    static Conversation forGuardians(const Conversation &conversation);

private:
    DomainResult<bool> referToGroup(const store::Actor &actor, const ConversationSeries &series,
                                    const std::string &groupId, store::Change closing);
    DomainResult<bool> validate(const Conversation &c, const store::Record &series) const;

    store::Store &m_store;
};

} // namespace lykta::domain
