#include "storereplica.h"

namespace lykta::syncctl {

namespace {

std::string describe(const store::StoreError &e)
{
    return std::string(store::toString(e.code)) + ": " + e.detail;
}

} // namespace

Result<std::vector<sync::Delta>, std::string> StoreReplica::pending(std::size_t limit)
{
    auto r = m_store.outbox(limit);
    if (!r)
        return describe(r.error());
    return std::move(*r);
}

Result<bool, std::string> StoreReplica::acknowledge(const sync::PushResponse &response)
{
    auto r = m_store.acknowledge(response);
    if (!r)
        return describe(r.error());
    return true;
}

Result<std::uint64_t, std::string> StoreReplica::pullCursor()
{
    auto r = m_store.pullCursor();
    if (!r)
        return describe(r.error());
    return *r;
}

Result<bool, std::string> StoreReplica::applyPage(const sync::Batch &page)
{
    auto r = m_store.applyRemote(page.deltas, page.cursor);
    if (!r)
        return describe(r.error());
    return true;
}

Result<bool, std::string> StoreReplica::pullsState()
{
    auto r = m_store.pullsState();
    if (!r)
        return describe(r.error());
    return *r;
}

Result<bool, std::string> StoreReplica::applyState(const sync::StatePage &page)
{
    auto r = m_store.applyState(page);
    if (!r)
        return describe(r.error());
    return true;
}

Result<bool, std::string> StoreReplica::restartFromState()
{
    auto r = m_store.restartFromState();
    if (!r)
        return describe(r.error());
    return true;
}

Result<std::vector<sync::AuditRecord>, std::string> StoreReplica::pendingAudit(std::size_t limit)
{
    auto r = m_store.unsentAudit(limit);
    if (!r)
        return describe(r.error());
    return std::move(*r);
}

Result<bool, std::string> StoreReplica::acknowledgeAudit(std::uint64_t through)
{
    auto r = m_store.markAuditSent(through);
    if (!r)
        return describe(r.error());
    return true;
}

Result<bool, std::string> StoreReplica::noteServerEpoch(const std::string &epoch)
{
    auto r = m_store.noteServerEpoch(epoch, m_staff);
    if (!r)
        return describe(r.error());
    return r->restored;
}

Result<std::optional<std::string>, std::string> StoreReplica::resumeEpoch()
{
    auto r = m_store.resumeEpoch();
    if (!r)
        return describe(r.error());
    return std::move(*r);
}

} // namespace lykta::syncctl
