#pragma once

#include "domainerror.h"
#include "period.h"
#include "store/store.h"

#include <vector>

namespace lykta::followup {

// Managers' spot checks of the access log (stickprovskontroll), recorded in the log itself:
// an entry with action "review" on entity "audit_log" whose subject is what was checked —
// one person's extract ("child:<id>", "family:<id>") or a span of the whole unit's log
// ("period:<from>/<to>"). The log's append-only triggers make the record as permanent as
// the entries it vouches for, and it travels with the log. Only staff with the manager
// role may record one. What the manager found is not kept here: a finding is handled as
// its own case, not as text in the log.
class SpotCheck
{
public:
    explicit SpotCheck(store::Store &store) : m_store(store) {}

    // NotFound naming "actor" for someone not on this device's staff list, WrongState
    // naming "role" for someone not a manager; Empty / NotFound naming "subject" and
    // "entity" as AuditExtract::rows does for a person.
    domain::DomainResult<bool> recordSubject(const store::Actor &actor, const std::string &entity,
                                             const std::string &subjectId);
    domain::DomainResult<bool> recordPeriod(const store::Actor &actor, const Period &period);

    // Every recorded spot check, oldest first.
    domain::DomainResult<std::vector<store::AuditEntry>> all() const;

    static constexpr const char *kEntity = "audit_log";

private:
    domain::DomainResult<bool> requireManager(const store::Actor &actor) const;
    domain::DomainResult<bool> record(const store::Actor &actor, const std::string &subject);

    store::Store &m_store;
};

} // namespace lykta::followup
