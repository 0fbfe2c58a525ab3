#pragma once

#include "enrollment.h"
#include "store/store.h"
#include "sync/client/localreplica.h"

namespace lykta::syncctl {

// The tablet's Store as the sync session's LocalReplica: the outbox is what is pending,
// pulled pages go in through Store::applyRemote with their cursor, push answers through
// Store::acknowledge, the access log's unsent entries through Store::unsentAudit and
// Store::markAuditSent. Errors become the store's error code and detail (no personal data).
class StoreReplica : public sync::client::LocalReplica
{
public:
    explicit StoreReplica(store::Store &store) : m_store(store) {}

    sync::DeviceId deviceId() const override { return m_store.deviceId(); }
    Result<std::vector<sync::Delta>, std::string> pending(std::size_t limit) override;
    Result<bool, std::string> acknowledge(const sync::PushResponse &response) override;
    Result<std::uint64_t, std::string> pullCursor() override;
    Result<bool, std::string> applyPage(const sync::Batch &page) override;
    Result<std::vector<sync::AuditRecord>, std::string> pendingAudit(std::size_t limit) override;
    Result<bool, std::string> acknowledgeAudit(std::uint64_t through) override;

private:
    store::Store &m_store;
};

} // namespace lykta::syncctl
