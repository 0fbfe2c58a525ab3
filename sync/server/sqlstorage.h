#pragma once

#include "serverstorage.h"
#include "sqlsession.h"

#include <functional>
#include <optional>
#include <type_traits>

namespace lykta::server {

// The server's storage written once, in SQL both backends run, over a db::Session. A backend
// (SqliteStorage, PgStorage) opens its database, runs an operation's statements through run()
// (its connection, lock or pool, its transactions, its errors) and keeps what it does
// differently (the push path with its log lock, pages of the log, retention).
class SqlStorage : public ServerStorage
{
public:
    StorageResult<bool> createUnit(const Unit &unit) override;
    StorageResult<bool> createStaff(const Staff &staff) override;
    StorageResult<std::vector<Unit>> units() override;
    StorageResult<std::vector<Staff>> staff() override;
    StorageResult<bool> setStaffRole(const std::string &staffId, StaffRole role) override;
    StorageResult<bool> createCode(const EnrollmentCodeRecord &code) override;
    StorageResult<std::vector<Device>> devices() override;
    StorageResult<bool> revokeDevice(sync::DeviceId id, std::int64_t nowMs) override;

    StorageResult<std::optional<EnrollmentCodeRecord>> findCode(const std::string &id) override;
    StorageResult<bool> reserveAttempt(const std::string &id) override;
    StorageResult<bool> enrollment(const std::function<void(EnrollTransaction &)> &work) override;

    StorageResult<std::optional<Principal>> principal(const std::string &tokenHash) override;
    StorageResult<bool> appendAudit(const std::vector<AuditEntry> &entries) override;
    StorageResult<std::int64_t> takeFullPull(sync::DeviceId device, std::int64_t nowMs,
                                             const FullPullRate &rate) override;

    StorageResult<std::vector<RetentionRule>> retentionRules() override;
    StorageResult<bool> setRetentionRule(const RetentionRule &rule) override;

protected:
    enum class Access : std::uint8_t
    {
        Statement, // one statement, in a transaction of its own
        Snapshot,  // reads that see one state of the database
        Write,     // reads and writes, committed together when the work returns
    };
    // Runs `work` on a session with `access`; what the backend's database reported, if it
    // failed. A failed Write leaves nothing written; a backend may run `work` again after a
    // failure it knows to be transient (a PostgreSQL serialization failure).
    virtual std::optional<StorageError> run(Access access,
                                            const std::function<void(db::Session &)> &work) = 0;

    template <class F>
    auto in(Access access, F &&work) -> StorageResult<std::invoke_result_t<F &, db::Session &>>
    {
        std::optional<std::invoke_result_t<F &, db::Session &>> out;
        if (auto error = run(access, [&](db::Session &session) { out.emplace(work(session)); }))
            return *error;
        return std::move(*out);
    }
};

// Reads the backends share with the transactions they keep to themselves.
namespace sqlops {
std::vector<Staff> staff(db::Session &session);
std::vector<Unit> units(db::Session &session);
// The highest counter in the log of deltas written as `device`.
std::uint64_t lastLogCounter(db::Session &session, sync::DeviceId device);
// Audit rows; a tablet's entry stored before (audit_device_entry) is not stored again.
void insertAudit(db::Session &session, const std::vector<AuditEntry> &entries);
} // namespace sqlops

} // namespace lykta::server
