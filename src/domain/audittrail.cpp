#include "audittrail.h"

#include "detail.h"

namespace lykta::domain {

using namespace detail;

DomainResult<std::vector<AuditEntry>> AuditTrail::entriesFor(const std::string &subjectId) const
{
    if (subjectId.empty())
        return domainError(DomainErrc::Empty, "subject");
    auto log = m_store.auditLog(subjectId);
    if (!log)
        return fromStore(log.error());
    return std::move(*log);
}

DomainResult<std::vector<AuditEntry>> AuditTrail::entriesFor(const std::string &subjectId,
                                                             store::AuditAction action) const
{
    auto all = entriesFor(subjectId);
    if (!all)
        return all.error();
    std::vector<AuditEntry> out;
    for (auto &e : *all) {
        if (e.action == store::toString(action))
            out.push_back(std::move(e));
    }
    return out;
}

DomainResult<std::vector<AuditEntry>> AuditTrail::exportFor(const store::Actor &actor,
                                                            const std::string &entity,
                                                            const std::string &subjectId)
{
    auto entries = entriesFor(subjectId);
    if (!entries)
        return entries.error();
    if (auto r = m_store.audit(actor, store::AuditAction::Export, entity, subjectId); !r)
        return fromStore(r.error());
    return entries;
}

} // namespace lykta::domain
