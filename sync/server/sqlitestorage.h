#pragma once

#include "serverstorage.h"

#include <memory>
#include <mutex>

namespace lykta::server {

namespace sqlite {
class Db;
}

// The embedded backend: one SQLite file (WAL, synchronous=FULL), one connection behind a
// mutex. SQLite allows one writer at a time anyway, and a push is one short transaction.
class SqliteStorage : public ServerStorage
{
public:
    // Opens or creates the file and its schema; a file written by a newer server is refused.
    static StorageResult<std::unique_ptr<SqliteStorage>> open(const std::string &path);
    ~SqliteStorage() override;

    StorageResult<bool> createUnit(const Unit &unit) override;
    StorageResult<bool> createStaff(const Staff &staff) override;
    StorageResult<std::vector<Unit>> units() override;
    StorageResult<std::vector<Staff>> staff() override;
    StorageResult<bool> setStaffRole(const std::string &staffId, StaffRole role) override;
    StorageResult<bool> createCode(const EnrollmentCodeRecord &code) override;
    StorageResult<std::vector<Device>> devices() override;
    StorageResult<bool> revokeDevice(sync::DeviceId id, std::int64_t nowMs) override;
    StorageResult<std::vector<AuditEntry>> auditFor(const std::string &subject) override;

    StorageResult<std::optional<EnrollmentCodeRecord>> findCode(const std::string &id) override;
    StorageResult<bool> countFailedAttempt(const std::string &id) override;
    StorageResult<RedeemResult> redeemCode(const std::string &codeId, const Device &device,
                                           const std::string &tokenHash,
                                           std::int64_t nowMs) override;

    StorageResult<std::optional<Principal>> principal(const std::string &tokenHash) override;
    StorageResult<bool> push(sync::DeviceId device,
                             const std::function<void(PushTransaction &)> &work) override;
    StorageResult<LogPage> pullLog(const std::vector<std::string> &units, sync::DeviceId exclude,
                                   std::uint64_t since, std::uint32_t limit,
                                   std::uint64_t maxBytes) override;
    StorageResult<RecordPage> changedRecords(const std::string &unit,
                                             const std::vector<std::string> &entities,
                                             std::uint64_t since, std::uint32_t limit,
                                             std::uint64_t maxBytes) override;
    StorageResult<bool> appendAudit(const std::vector<AuditEntry> &entries) override;
    StorageResult<std::int64_t> takeFullPull(sync::DeviceId device, std::int64_t nowMs,
                                             const FullPullRate &rate) override;

    StorageResult<std::vector<RetentionRule>> retentionRules() override;
    StorageResult<bool> setRetentionRule(const RetentionRule &rule) override;
    StorageResult<bool> retention(const std::function<void(RetentionTransaction &)> &work) override;
    StorageResult<bool> directory(const std::function<void(DirectoryTransaction &)> &work) override;

private:
    explicit SqliteStorage(std::unique_ptr<sqlite::Db> db);
    template <class F>
    auto guarded(F &&f) -> StorageResult<decltype(f())>;

    std::mutex m_mutex;
    std::unique_ptr<sqlite::Db> m_db;
};

} // namespace lykta::server
