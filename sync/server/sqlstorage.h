#pragma once

#include "serverstorage.h"
#include "sqlsession.h"

#include <condition_variable>
#include <deque>
#include <exception>
#include <functional>
#include <mutex>
#include <optional>
#include <type_traits>

namespace lykta::server {

// The server's storage, written once in SQL that both backends run, over a db::Session. A
// backend (SqliteStorage, PgStorage) only opens its database and runs an operation's
// statements through run(): its connection, lock or pool, its transactions and its errors.
//
// Log positions are the pull cursors. Every write to the log (a push, a retention run, the
// staff directory) runs with Access::LogWrite, which holds the log's write lock from its first
// statement to its commit, and takes its positions from the head after the lock: positions
// commit in order, and a reader that has seen position N never later finds a new row at or
// below N (docs/architecture.md, "Pull cursors").
class SqlStorage : public ServerStorage
{
public:
    using Access = db::Access;

    StorageResult<StorageStatus> status() override;
    StorageResult<StorageStatistics> statistics() override;
    StorageResult<bool> createUnit(const Unit &unit) override;
    StorageResult<bool> createStaff(const Staff &staff) override;
    StorageResult<std::vector<Unit>> units() override;
    StorageResult<std::vector<Staff>> staff() override;
    StorageResult<bool> setStaffRole(const std::string &staffId, StaffRole role) override;
    StorageResult<bool> createCode(const EnrollmentCodeRecord &code) override;
    StorageResult<std::vector<Device>> devices() override;
    StorageResult<std::string> epoch() override;
    StorageResult<std::string> renewEpoch() override;
    StorageResult<bool> revokeDevice(sync::DeviceId id, std::int64_t nowMs, bool erase) override;
    StorageResult<std::optional<StaffDeactivation>>
    setStaffActive(const std::string &staffId, bool active, std::int64_t nowMs) override;
    StorageResult<bool> noteContact(sync::DeviceId id, std::int64_t nowMs,
                                    std::string_view appVersion,
                                    std::optional<std::uint64_t> pulledFrom) override;
    StorageResult<std::optional<Device>> eraseOrdered(const std::string &tokenHash) override;
    StorageResult<bool> markErased(sync::DeviceId id, std::int64_t nowMs) override;
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
    StorageResult<RecordPage> changedRecords(const std::vector<std::string> &units,
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
    StorageResult<std::uint64_t> safeHorizon(std::int64_t seenSinceMs) override;
    StorageResult<CompactionReport> compactLog(std::uint64_t horizon, std::int64_t nowMs,
                                               std::uint32_t batch) override;

protected:
    // Runs `work` on a session of the backend's (its connection, lock or pool); what the
    // database reported, if it failed. A failed write leaves nothing written. A backend may run
    // `work` again after a failure it knows to be transient (a serialization failure).
    virtual std::optional<StorageError> connect(const std::function<void(db::Session &)> &work) = 0;
    // Runs `work` with `access`: connect(), in a transaction unless Statement.
    std::optional<StorageError> run(Access access, const std::function<void(db::Session &)> &work);
    // The StorageError that the backend's own exception (a SQLite or a libpq error) stands for;
    // nullopt for any other exception.
    virtual std::optional<StorageError> databaseError(const std::exception &e) const = 0;
    // Whether `e` ended the whole transaction (the connection is gone, a serialization failure),
    // so that a push in a group cannot be rolled back alone: the group fails (or runs again).
    virtual bool endsTransaction(const std::exception &e) const
    {
        (void)e;
        return false;
    }
    // After a retention run committed: makes what it deleted unreadable in the database's files
    // where the backend can.
    virtual std::optional<StorageError> afterRetention() { return std::nullopt; }
    // After a compaction run: the same for the log rows it removed.
    virtual std::optional<StorageError> afterCompaction() { return afterRetention(); }

    template <class F>
    auto in(Access access, F &&work) -> StorageResult<std::invoke_result_t<F &, db::Session &>>
    {
        std::optional<std::invoke_result_t<F &, db::Session &>> out;
        if (auto error = run(access, [&](db::Session &session) { out.emplace(work(session)); }))
            return *error;
        return std::move(*out);
    }

private:
    // What `e` tells the caller: databaseError(), damaged data as Corrupt, else Internal.
    StorageError failure(const std::exception &e) const;

    struct PendingPush
    {
        sync::DeviceId device;
        const std::function<void(PushTransaction &)> *work;
        std::optional<StorageError> error;
        bool done;
    };
    void runGroup(const std::vector<PendingPush *> &group);

    std::mutex m_pushMutex; // group commit (see push())
    std::condition_variable m_pushDone;
    std::deque<PendingPush *> m_pushQueue;
    bool m_leading = false;
};

} // namespace lykta::server
