#pragma once

#include "enrollment.h"
#include "store/store.h"
#include "sync/client/localreplica.h"

namespace lykta::syncctl {

// The tablet's Store as the sync session's LocalReplica: the outbox is what is pending,
// pulled pages go in through Store::applyRemote (state pages Store::applyState) with their cursor,
// push answers through Store::acknowledge, the access log's unsent entries through
// Store::unsentAudit and Store::markAuditSent. Errors become the store's error code and detail (no
// personal data).
class StoreReplica : public sync::client::LocalReplica
{
public:
    // `staff`: the enrollment's staff member, who a device's work is sent again as when the
    // server turns out to be restored from a backup (empty for a kiosk, which writes nothing).
    explicit StoreReplica(store::Store &store, std::string staff = {})
        : m_store(store), m_staff(std::move(staff))
    {}

    sync::DeviceId deviceId() const override { return m_store.deviceId(); }
    Result<std::vector<sync::Delta>, std::string> pending(std::size_t limit) override;
    Result<bool, std::string> acknowledge(const sync::PushResponse &response) override;
    Result<std::uint64_t, std::string> pullCursor() override;
    Result<bool, std::string> applyPage(const sync::Batch &page) override;
    Result<bool, std::string> pullsState() override;
    Result<bool, std::string> applyState(const sync::StatePage &page) override;
    Result<bool, std::string> restartFromState() override;
    Result<std::vector<sync::AuditRecord>, std::string> pendingAudit(std::size_t limit) override;
    Result<bool, std::string> acknowledgeAudit(std::uint64_t through) override;
    Result<bool, std::string> noteServerEpoch(const std::string &epoch) override;
    Result<std::optional<std::string>, std::string> resumeEpoch() override;

private:
    store::Store &m_store;
    std::string m_staff;
};

} // namespace lykta::syncctl
