#pragma once

#include "serverstorage.h"

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <vector>

namespace lykta::server {

namespace pg {
class Conn;
}

// The backend for deployments that outgrow one file: PostgreSQL (libpq), shared by any
// number of lykta-server processes. Each process keeps a small pool of connections, one per
// request thread at most.
//
// Pull cursors: a push takes the row lock on `log_head` as its first statement and keeps it
// until it commits, and hands out log positions from it (pushes arriving together in one
// process share one transaction and one commit: group commit). So pushes commit one after another
// in position order, and a reader's snapshot always holds every position up to the head it
// sees: a cursor never passes a position that could still appear. Reads take no locks. The
// reasoning and its test are in docs/architecture.md ("Pull cursors on PostgreSQL").
class PgStorage : public ServerStorage
{
public:
    // Connects (a libpq URL, postgresql://user@host:port/db), migrates the schema, and keeps
    // up to `poolSize` connections.
    static StorageResult<std::unique_ptr<PgStorage>> open(const std::string &url, int poolSize = 8);
    ~PgStorage() override;

    StorageResult<bool> createUnit(const Unit &unit) override;
    StorageResult<bool> createStaff(const Staff &staff) override;
    StorageResult<std::vector<Unit>> units() override;
    StorageResult<std::vector<Staff>> staff() override;
    StorageResult<bool> setStaffRole(const std::string &staffId, StaffRole role) override;
    StorageResult<bool> createCode(const EnrollmentCodeRecord &code) override;
    StorageResult<std::vector<Device>> devices() override;
    StorageResult<bool> revokeDevice(sync::DeviceId id, std::int64_t nowMs) override;
    StorageResult<std::vector<AuditEntry>>
    auditFor(const std::vector<std::string> &subjects) override;
    StorageResult<std::vector<std::string>> recordsAbout(const std::string &subject,
                                                         const std::string &unit) override;

    StorageResult<std::optional<EnrollmentCodeRecord>> findCode(const std::string &id) override;
    StorageResult<bool> reserveAttempt(const std::string &id) override;
    StorageResult<bool> enrollment(const std::function<void(EnrollTransaction &)> &work) override;

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
    struct PendingPush
    {
        sync::DeviceId device;
        const std::function<void(PushTransaction &)> *work;
        std::optional<StorageError> error;
        bool done;
    };

    PgStorage(std::string url, int poolSize, std::unique_ptr<pg::Conn> first);
    void runGroup(const std::vector<PendingPush *> &group);
    // Runs `f` on a pooled connection; a serialization failure or deadlock runs it again.
    template <class F>
    auto withConnection(F &&f) -> StorageResult<decltype(f(std::declval<pg::Conn &>()))>;
    std::unique_ptr<pg::Conn> acquire();
    void release(std::unique_ptr<pg::Conn> conn);

    std::string m_url;
    int m_poolSize;
    std::mutex m_mutex;
    std::condition_variable m_available;
    std::vector<std::unique_ptr<pg::Conn>> m_idle;
    int m_open = 0; // connections handed out or idle

    std::mutex m_pushMutex; // group commit (see push())
    std::condition_variable m_pushDone;
    std::deque<PendingPush *> m_pushQueue;
    bool m_leading = false;
};

} // namespace lykta::server
