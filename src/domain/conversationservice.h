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
    DomainResult<bool> completeSeries(const store::Actor &actor, const std::string &seriesId,
                                      ConversationSeries::Outcome outcome);
    // The child or family declined the offer.
    DomainResult<bool> declineSeries(const store::Actor &actor, const std::string &seriesId);

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
    DomainResult<bool> validate(const Conversation &c, const store::Record &series) const;
    DomainResult<bool> setSeriesStatus(const store::Actor &actor, const std::string &seriesId,
                                       ConversationSeries::Status status,
                                       ConversationSeries::Outcome outcome);

    store::Store &m_store;
};

} // namespace lykta::domain
