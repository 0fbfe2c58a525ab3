#include "spotcheck.h"

#include "detail.h"
#include "sync/core/staffrole.h"

namespace lykta::followup {

using domain::DomainErrc;
using domain::domainError;
using domain::detail::fromStore;

domain::DomainResult<bool> SpotCheck::requireManager(const store::Actor &actor) const
{
    if (actor.staffId.empty())
        return domainError(DomainErrc::Empty, "actor");
    auto staff = m_store.get("staff", actor.staffId);
    if (!staff)
        return fromStore(staff.error());
    if (!*staff || (*staff)->deleted())
        return domainError(DomainErrc::NotFound, "actor");
    if (sync::staffRoleFromString((*staff)->text("role")) != sync::StaffRole::Manager)
        return domainError(DomainErrc::WrongState, "role");
    return true;
}

domain::DomainResult<bool> SpotCheck::record(const store::Actor &actor, const std::string &subject)
{
    if (auto r = m_store.audit(actor, store::AuditAction::Review, kEntity, subject); !r)
        return fromStore(r.error());
    return true;
}

domain::DomainResult<bool> SpotCheck::recordSubject(const store::Actor &actor,
                                                    const std::string &entity,
                                                    const std::string &subjectId)
{
    if (auto r = requireManager(actor); !r)
        return r;
    if (entity != "child" && entity != "family")
        return domainError(DomainErrc::NotFound, "entity");
    if (subjectId.empty())
        return domainError(DomainErrc::Empty, "subject");
    auto subject = m_store.get(entity, subjectId);
    if (!subject)
        return fromStore(subject.error());
    if (!*subject)
        return domainError(DomainErrc::NotFound, "subject");
    return record(actor, entity + ':' + subjectId);
}

domain::DomainResult<bool> SpotCheck::recordPeriod(const store::Actor &actor, const Period &period)
{
    if (auto r = requireManager(actor); !r)
        return r;
    if (auto r = validatePeriod(period); !r)
        return r;
    return record(actor, "period:" + period.text().toStdString());
}

domain::DomainResult<std::vector<store::AuditEntry>> SpotCheck::all() const
{
    auto log = m_store.auditLog();
    if (!log)
        return fromStore(log.error());
    std::vector<store::AuditEntry> out;
    for (auto &e : *log) {
        if (e.action == store::toString(store::AuditAction::Review) && e.entity == kEntity)
            out.push_back(std::move(e));
    }
    return out;
}

} // namespace lykta::followup
