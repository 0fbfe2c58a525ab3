#pragma once

#include "domainerror.h"
#include "pendingidentification.h"
#include "store/store.h"

#include <map>

namespace lykta::domain {

// Identifying a child or guardian by personnummer takes two steps, so a mistyped number
// cannot slip in unnoticed: prepareIdentification() checks the number and returns what it
// means (normalized number, birth date) without storing anything; only
// confirmIdentification() writes it, with who confirmed and when. Tokens are single-use
// and live in memory only: an app restart forgets unconfirmed numbers.
class IdentificationService
{
public:
    explicit IdentificationService(store::Store &store) : m_store(store) {}

    DomainResult<PendingIdentification>
    prepareIdentification(const store::Actor &actor, PendingIdentification::Subject subject,
                          const std::string &recordId, const QString &number);
    DomainResult<bool> confirmIdentification(const std::string &token, const store::Actor &actor);
    // Drops a pending identification (the person saw a mistake).
    void cancel(const std::string &token) { m_pending.erase(token); }

    std::size_t pendingCount() const { return m_pending.size(); }

private:
    store::Store &m_store;
    std::map<std::string, PendingIdentification> m_pending;
};

} // namespace lykta::domain
