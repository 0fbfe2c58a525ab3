#include "sqlstorage.h"

#include "sync/core/limits.h"

#include <algorithm>

namespace lykta::server {

namespace {

constexpr std::string_view kDeviceColumns =
    "id, kind, staff_id, unit_id, name, enrolled_ms, revoked_ms, last_counter";

// A row that starts with kDeviceColumns.
Device readDevice(const db::Rows &row)
{
    Device d;
    d.id = static_cast<sync::DeviceId>(row.integer(0));
    d.kind = deviceKindFromString(row.text(1));
    d.staffId = row.string(2);
    d.unitId = row.string(3);
    d.name = row.bytes(4);
    d.enrolledMs = row.integer(5);
    if (!row.isNull(6))
        d.revokedMs = row.integer(6);
    d.lastCounter = row.count(7);
    return d;
}

std::string selectDevices(std::string_view where)
{
    return "SELECT " + std::string(kDeviceColumns) + " FROM device " + std::string(where);
}

// Redeeming a code (ServerStorage::redeemCode) in the caller's write transaction. Where writers
// run in parallel, the code's and the device's row locks order two servers redeeming one code,
// or enrolling or revoking one device.
class SqlEnrollTransaction final : public EnrollTransaction
{
public:
    explicit SqlEnrollTransaction(db::Session &session) : m_session(session) {}

    std::optional<CodeState> releaseAttempt(const std::string &codeId) override
    {
        // Every redemption writes the row, so it holds the code's lock from here on.
        auto code = m_session.query("UPDATE enrollment_code SET failed_attempts = CASE WHEN "
                                    "failed_attempts > 0 THEN failed_attempts - 1 ELSE 0 END "
                                    "WHERE id = $1 RETURNING used_ms, expires_ms",
                                    db::Params().add(codeId));
        if (!code.next())
            return std::nullopt;
        return CodeState{!code.isNull(0), code.integer(1)};
    }

    std::optional<Device> device(sync::DeviceId id) override
    {
        auto known =
            m_session.query(selectDevices("WHERE id = $1") + std::string(m_session.lockRows()),
                            db::Params().add(static_cast<std::uint64_t>(id)));
        if (!known.next())
            return std::nullopt;
        return readDevice(known);
    }

    void insertDevice(const Device &device, const std::string &tokenHash) override
    {
        m_session.execute("INSERT INTO device(id, token_hash, kind, staff_id, unit_id, name, "
                          "enrolled_ms) VALUES ($1, $2, $3, $4, $5, $6, $7)",
                          db::Params()
                              .add(static_cast<std::uint64_t>(device.id))
                              .addBytes(tokenHash)
                              .add(toString(device.kind))
                              .addOptional(device.staffId)
                              .addOptional(device.unitId)
                              .addBytes(device.name)
                              .add(device.enrolledMs));
    }

    void reenrollDevice(const Device &device, const std::string &tokenHash) override
    {
        m_session.execute("UPDATE device SET token_hash = $2, name = $3, enrolled_ms = $4, "
                          "revoked_ms = NULL WHERE id = $1",
                          db::Params()
                              .add(static_cast<std::uint64_t>(device.id))
                              .addBytes(tokenHash)
                              .addBytes(device.name)
                              .add(device.enrolledMs));
    }

    void markCodeUsed(const std::string &codeId, sync::DeviceId device, std::int64_t nowMs) override
    {
        m_session.execute(
            "UPDATE enrollment_code SET used_ms = $2, device = $3 WHERE id = $1",
            db::Params().add(codeId).add(nowMs).add(static_cast<std::uint64_t>(device)));
    }

private:
    db::Session &m_session;
};

} // namespace

namespace sqlops {

std::vector<Staff> staff(db::Session &session)
{
    std::vector<Staff> out;
    auto row = session.query("SELECT s.id, s.name, s.role, su.unit_id FROM staff s "
                             "LEFT JOIN staff_unit su ON su.staff_id = s.id "
                             "ORDER BY s.name, s.id, su.unit_id");
    while (row.next()) {
        if (out.empty() || out.back().id != row.text(0))
            out.push_back({row.string(0),
                           row.string(1),
                           {},
                           staffRoleFromString(row.text(2)).value_or(StaffRole::Staff)});
        if (!row.isNull(3))
            out.back().units.push_back(row.string(3));
    }
    return out;
}

std::vector<Unit> units(db::Session &session)
{
    std::vector<Unit> out;
    auto row = session.query("SELECT id, name FROM unit ORDER BY name, id");
    while (row.next())
        out.push_back({row.string(0), row.string(1)});
    return out;
}

std::uint64_t lastLogCounter(db::Session &session, sync::DeviceId device)
{
    auto row = session.query("SELECT coalesce(max(counter), 0) FROM log WHERE device = $1",
                             db::Params().add(static_cast<std::uint64_t>(device)));
    return row.next() ? row.count(0) : 0;
}

void insertAudit(db::Session &session, const std::vector<AuditEntry> &entries)
{
    if (entries.empty())
        return;
    db::Params params;
    for (const AuditEntry &e : entries) {
        params.add(e.atMs)
            .add(e.requestId)
            .add(static_cast<std::uint64_t>(e.device))
            .addOptional(e.staffId)
            .addOptional(e.unitId)
            .add(e.action)
            .add(e.entity)
            .add(e.subject);
        if (e.records.empty())
            params.addNull();
        else
            params.addBytes(e.records);
        if (e.deviceSeq)
            params.add(e.deviceMs).add(e.deviceSeq);
        else
            params.addNull().addNull();
    }
    session.insertRows("INSERT INTO audit(at_ms, request_id, device, staff_id, unit_id, action, "
                       "entity, subject, records, device_ms, device_seq) VALUES ",
                       11, " ON CONFLICT DO NOTHING", params);
}

} // namespace sqlops

StorageResult<bool> SqlStorage::createUnit(const Unit &unit)
{
    return in(Access::Statement, [&](db::Session &s) {
        s.execute("INSERT INTO unit(id, name) VALUES ($1, $2)",
                  db::Params().add(unit.id).add(unit.name));
        return true;
    });
}

StorageResult<bool> SqlStorage::createStaff(const Staff &staff)
{
    return in(Access::Write, [&](db::Session &s) {
        s.execute("INSERT INTO staff(id, name, role) VALUES ($1, $2, $3)",
                  db::Params().add(staff.id).add(staff.name).add(toString(staff.role)));
        for (const auto &unit : staff.units)
            s.execute("INSERT INTO staff_unit(staff_id, unit_id) VALUES ($1, $2)",
                      db::Params().add(staff.id).add(unit));
        return true;
    });
}

StorageResult<std::vector<Unit>> SqlStorage::units()
{
    return in(Access::Statement, [](db::Session &s) { return sqlops::units(s); });
}

StorageResult<std::vector<Staff>> SqlStorage::staff()
{
    return in(Access::Statement, [](db::Session &s) { return sqlops::staff(s); });
}

StorageResult<bool> SqlStorage::setStaffRole(const std::string &staffId, StaffRole role)
{
    return in(Access::Statement, [&](db::Session &s) {
        return s.execute("UPDATE staff SET role = $2 WHERE id = $1",
                         db::Params().add(staffId).add(toString(role))) > 0;
    });
}

StorageResult<bool> SqlStorage::createCode(const EnrollmentCodeRecord &code)
{
    return in(Access::Statement, [&](db::Session &s) {
        s.execute("INSERT INTO enrollment_code(id, secret_hash, kind, staff_id, unit_id, "
                  "created_ms, expires_ms) VALUES ($1, $2, $3, $4, $5, $6, $7)",
                  db::Params()
                      .add(code.id)
                      .add(code.secretHash)
                      .add(toString(code.kind))
                      .addOptional(code.staffId)
                      .addOptional(code.unitId)
                      .add(code.createdMs)
                      .add(code.expiresMs));
        return true;
    });
}

StorageResult<std::vector<Device>> SqlStorage::devices()
{
    return in(Access::Statement, [](db::Session &s) {
        std::vector<Device> out;
        auto row = s.query(selectDevices("ORDER BY enrolled_ms, id"));
        while (row.next())
            out.push_back(readDevice(row));
        return out;
    });
}

StorageResult<bool> SqlStorage::revokeDevice(sync::DeviceId id, std::int64_t nowMs)
{
    return in(Access::Statement, [&](db::Session &s) {
        return s.execute("UPDATE device SET revoked_ms = $2 WHERE id = $1 AND revoked_ms IS NULL",
                         db::Params().add(static_cast<std::uint64_t>(id)).add(nowMs)) > 0;
    });
}

StorageResult<std::optional<EnrollmentCodeRecord>> SqlStorage::findCode(const std::string &id)
{
    return in(Access::Statement, [&](db::Session &s) {
        auto row = s.query("SELECT secret_hash, kind, staff_id, unit_id, created_ms, expires_ms, "
                           "used_ms, failed_attempts FROM enrollment_code WHERE id = $1",
                           db::Params().add(id));
        if (!row.next())
            return std::optional<EnrollmentCodeRecord>();
        EnrollmentCodeRecord code;
        code.id = id;
        code.secretHash = row.string(0);
        code.kind = deviceKindFromString(row.text(1));
        code.staffId = row.string(2);
        code.unitId = row.string(3);
        code.createdMs = row.integer(4);
        code.expiresMs = row.integer(5);
        if (!row.isNull(6))
            code.usedMs = row.integer(6);
        code.failedAttempts = static_cast<int>(row.integer(7));
        return std::optional<EnrollmentCodeRecord>(std::move(code));
    });
}

StorageResult<bool> SqlStorage::reserveAttempt(const std::string &id)
{
    return in(Access::Statement, [&](db::Session &s) {
        // The row lock orders parallel guesses; each sees the count the one before it left.
        return s.execute("UPDATE enrollment_code SET failed_attempts = failed_attempts + 1 "
                         "WHERE id = $1 AND failed_attempts < $2",
                         db::Params().add(id).add(std::int64_t{sync::limits::kMaxCodeAttempts})) >
               0;
    });
}

StorageResult<bool> SqlStorage::enrollment(const std::function<void(EnrollTransaction &)> &work)
{
    return in(Access::Write, [&](db::Session &s) {
        SqlEnrollTransaction enroll(s);
        work(enroll);
        return true;
    });
}

StorageResult<std::optional<Principal>> SqlStorage::principal(const std::string &tokenHash)
{
    return in(Access::Statement, [&](db::Session &s) {
        // One statement (one snapshot, one round trip): a row per unit of the staff member.
        auto row = s.query("SELECT d.id, d.kind, d.staff_id, d.unit_id, d.name, d.enrolled_ms, "
                           "d.revoked_ms, d.last_counter, s.name, su.unit_id, s.role FROM device d "
                           "LEFT JOIN staff s ON d.kind = 'staff' AND s.id = d.staff_id "
                           "LEFT JOIN staff_unit su ON d.kind = 'staff' AND su.staff_id = "
                           "d.staff_id WHERE d.token_hash = $1 AND d.revoked_ms IS NULL "
                           "ORDER BY su.unit_id",
                           db::Params().addBytes(tokenHash));
        if (!row.next())
            return std::optional<Principal>();
        Device device = readDevice(row);
        std::string name = row.string(8);
        std::string role = row.string(10);
        std::vector<std::string> staffUnits;
        do {
            if (!row.isNull(9))
                staffUnits.push_back(row.string(9));
        } while (row.next());
        return std::optional<Principal>(
            principalOf(std::move(device), std::move(name), role, std::move(staffUnits)));
    });
}

StorageResult<bool> SqlStorage::appendAudit(const std::vector<AuditEntry> &entries)
{
    return in(Access::Write, [&](db::Session &s) {
        sqlops::insertAudit(s, entries);
        return true;
    });
}

StorageResult<std::int64_t> SqlStorage::takeFullPull(sync::DeviceId device, std::int64_t nowMs,
                                                     const FullPullRate &rate)
{
    return in(Access::Write, [&](db::Session &s) {
        // One statement: where servers share the database, ON CONFLICT's row lock makes it
        // atomic between them.
        const std::string next =
            s.greatest("full_pull.due_ms", "CAST($2 AS BIGINT)") + " + CAST($3 AS BIGINT)";
        auto taken = s.query("INSERT INTO full_pull(device, due_ms) VALUES ($1, CAST($2 AS "
                             "BIGINT) + CAST($3 AS BIGINT)) ON CONFLICT (device) DO UPDATE SET "
                             "due_ms = " +
                                 next + " WHERE " + next +
                                 " - CAST($2 AS BIGINT) <= CAST($4 AS BIGINT) RETURNING due_ms",
                             db::Params()
                                 .add(static_cast<std::uint64_t>(device))
                                 .add(nowMs)
                                 .add(rate.intervalMs)
                                 .add(rate.intervalMs * rate.burst));
        if (taken.next())
            return std::int64_t{0};
        auto due = s.query("SELECT due_ms FROM full_pull WHERE device = $1",
                           db::Params().add(static_cast<std::uint64_t>(device)));
        const std::int64_t dueMs = due.next() ? due.integer(0) : nowMs;
        return std::max<std::int64_t>(1, dueMs + rate.intervalMs - rate.intervalMs * rate.burst -
                                             nowMs);
    });
}

StorageResult<std::vector<RetentionRule>> SqlStorage::retentionRules()
{
    return in(Access::Statement, [](db::Session &s) {
        std::vector<RetentionRule> out;
        auto row = s.query("SELECT type, years, set_ms FROM retention_rule ORDER BY type");
        while (row.next()) {
            RetentionRule rule{row.string(0), std::nullopt, row.integer(2)};
            if (!row.isNull(1))
                rule.years = static_cast<int>(row.integer(1));
            out.push_back(std::move(rule));
        }
        return out;
    });
}

StorageResult<bool> SqlStorage::setRetentionRule(const RetentionRule &rule)
{
    return in(Access::Statement, [&](db::Session &s) {
        db::Params p;
        p.add(rule.type);
        if (rule.years)
            p.add(*rule.years);
        else
            p.addNull();
        p.add(rule.setMs);
        s.execute("INSERT INTO retention_rule(type, years, set_ms) VALUES ($1, $2, $3) "
                  "ON CONFLICT (type) DO UPDATE SET years = excluded.years, "
                  "set_ms = excluded.set_ms",
                  p);
        return true;
    });
}

} // namespace lykta::server
