#include "sqlstorage.h"

#include "pulledrecords.h"
#include "sqlops.h"
#include "staffdirectory.h"
#include "sync/core/codec.h"
#include "sync/core/limits.h"
#include "sync/core/uuid.h"
#include "sync/core/versionlist.h"

#include <algorithm>

namespace lykta::server {

namespace {

constexpr std::string_view kDeviceColumns =
    "d.id, d.kind, d.staff_id, d.unit_id, d.name, d.enrolled_ms, d.revoked_ms, d.last_counter, "
    "d.last_seen_ms, d.app_version, d.erase_ordered_ms, d.erased_ms";
constexpr int kDeviceColumnCount = 12;

std::optional<std::int64_t> optionalInteger(const db::Rows &row, int column)
{
    return row.isNull(column) ? std::nullopt : std::optional<std::int64_t>(row.integer(column));
}

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
    d.lastSeenMs = optionalInteger(row, 8);
    d.appVersion = row.string(9);
    d.eraseOrderedMs = optionalInteger(row, 10);
    d.erasedMs = optionalInteger(row, 11);
    return d;
}

// The four columns of Dialect::logValueSelect from `first`: kind, integer, real, bytes.
sync::Value readValue(const db::Rows &row, int first)
{
    switch (row.integer(first)) {
    case 1:
        return row.integer(first + 1);
    case 2:
        return row.real(first + 2);
    case 3:
        return row.bytes(first + 3);
    case 4: {
        const std::string bytes = row.bytes(first + 3);
        return sync::Blob(bytes.begin(), bytes.end());
    }
    default:
        return std::monostate{};
    }
}

std::string selectDevices(std::string_view where)
{
    return "SELECT " + std::string(kDeviceColumns) + " FROM device d " + std::string(where);
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
        auto known = m_session.query(selectDevices("WHERE d.id = $1") +
                                         std::string(m_session.dialect().lockRows),
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

    bool staffActive(const std::string &staffId) override
    {
        auto row = m_session.query("SELECT deactivated_ms FROM staff WHERE id = $1" +
                                       std::string(m_session.dialect().lockRows),
                                   db::Params().add(staffId));
        return row.next() && row.isNull(0);
    }

private:
    db::Session &m_session;
};

} // namespace

namespace sqlops {

std::vector<Staff> staff(db::Session &session)
{
    std::vector<Staff> out;
    auto row = session.query("SELECT s.id, s.name, s.role, s.deactivated_ms, su.unit_id FROM "
                             "staff s LEFT JOIN staff_unit su ON su.staff_id = s.id "
                             "ORDER BY s.name, s.id, su.unit_id");
    while (row.next()) {
        if (out.empty() || out.back().id != row.text(0))
            out.push_back({row.string(0),
                           row.string(1),
                           {},
                           staffRoleFromString(row.text(2)).value_or(StaffRole::Staff),
                           optionalInteger(row, 3)});
        if (!row.isNull(4))
            out.back().units.push_back(row.string(4));
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
                       db::valuesList(1, 11), 11, " ON CONFLICT DO NOTHING", params);
}

std::uint64_t logHead(db::Session &session)
{
    auto row = session.query(session.dialect().logHead);
    return row.next() ? row.count(0) : 0;
}

std::uint64_t compactionHorizon(db::Session &session)
{
    auto row = session.query("SELECT horizon FROM compaction WHERE id = 1");
    return row.next() ? row.count(0) : 0;
}

std::string parameters(std::size_t n, int first)
{
    std::string out;
    for (std::size_t i = 0; i < n; ++i)
        out += (i ? ", $" : "$") + std::to_string(first + static_cast<int>(i));
    return out;
}

RecordState decodeState(std::string_view bytes, std::string_view entity)
{
    auto state = RecordState::decode(bytes);
    if (!state)
        throw db::Damaged("damaged record state: " + std::string(entity));
    return std::move(*state);
}

} // namespace sqlops

std::optional<StorageError> SqlStorage::run(Access access,
                                            const std::function<void(db::Session &)> &work)
{
    return connect([&](db::Session &s) {
        if (access == Access::Statement)
            return work(s);
        s.begin(access);
        work(s);
        s.commit();
    });
}

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

StorageResult<StorageStatus> SqlStorage::status()
{
    return in(Access::Statement, [](db::Session &s) {
        auto row = s.query(s.dialect().schemaVersion);
        return StorageStatus{std::string(s.dialect().name),
                             row.next() ? static_cast<int>(row.integer(0)) : 0};
    });
}

StorageResult<StorageStatistics> SqlStorage::statistics()
{
    return in(Access::Snapshot, [](db::Session &s) {
        StorageStatistics out;
        if (auto size = s.query(s.dialect().databaseBytes); size.next())
            out.databaseBytes = size.count(0);
        if (auto audit = s.query("SELECT count(*) FROM audit"); audit.next())
            out.auditRows = audit.count(0);
        return out;
    });
}

StorageResult<std::string> SqlStorage::epoch()
{
    return in(Access::Statement, [](db::Session &s) {
        auto row = s.query("SELECT epoch FROM server_epoch");
        if (!row.next())
            throw db::Damaged("server_epoch is empty");
        return row.string(0);
    });
}

StorageResult<std::string> SqlStorage::renewEpoch()
{
    return in(Access::Write, [](db::Session &s) {
        std::string epoch = sync::newUuidV7();
        epoch.erase(std::remove(epoch.begin(), epoch.end(), '-'), epoch.end());
        s.execute("DELETE FROM server_epoch");
        s.execute("INSERT INTO server_epoch(epoch) VALUES ($1)", db::Params().add(epoch));
        return epoch;
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
        auto row = s.query(selectDevices("ORDER BY d.enrolled_ms, d.id"));
        while (row.next())
            out.push_back(readDevice(row));
        return out;
    });
}

StorageResult<bool> SqlStorage::revokeDevice(sync::DeviceId id, std::int64_t nowMs, bool erase)
{
    return in(Access::Statement, [&](db::Session &s) {
        if (!erase)
            return s.execute(
                       "UPDATE device SET revoked_ms = $2 WHERE id = $1 AND revoked_ms IS NULL",
                       db::Params().add(static_cast<std::uint64_t>(id)).add(nowMs)) > 0;
        return s.execute("UPDATE device SET revoked_ms = coalesce(revoked_ms, $2), "
                         "erase_ordered_ms = $2 WHERE id = $1 AND erase_ordered_ms IS NULL",
                         db::Params().add(static_cast<std::uint64_t>(id)).add(nowMs)) > 0;
    });
}

StorageResult<std::optional<StaffDeactivation>>
SqlStorage::setStaffActive(const std::string &staffId, bool active, std::int64_t nowMs)
{
    return in(Access::Write, [&](db::Session &s) {
        std::optional<StaffDeactivation> out;
        if (active) {
            if (s.execute("UPDATE staff SET deactivated_ms = NULL WHERE id = $1",
                          db::Params().add(staffId)) > 0)
                out.emplace();
            return out;
        }
        if (s.execute("UPDATE staff SET deactivated_ms = coalesce(deactivated_ms, $2) "
                      "WHERE id = $1",
                      db::Params().add(staffId).add(nowMs)) == 0)
            return out;
        out.emplace();
        auto revoked = s.query("UPDATE device SET revoked_ms = $2 WHERE kind = 'staff' AND "
                               "staff_id = $1 AND revoked_ms IS NULL RETURNING id",
                               db::Params().add(staffId).add(nowMs));
        while (revoked.next())
            out->revoked.push_back(static_cast<sync::DeviceId>(revoked.integer(0)));
        std::sort(out->revoked.begin(), out->revoked.end());
        out->codesExpired =
            static_cast<std::uint64_t>(s.execute("UPDATE enrollment_code SET expires_ms = $2 "
                                                 "WHERE staff_id = $1 AND used_ms IS NULL AND "
                                                 "expires_ms > $2",
                                                 db::Params().add(staffId).add(nowMs)));
        return out;
    });
}

StorageResult<bool> SqlStorage::noteContact(sync::DeviceId id, std::int64_t nowMs,
                                            std::string_view appVersion,
                                            std::optional<std::uint64_t> pulledFrom)
{
    return in(Access::Statement, [&](db::Session &s) {
        db::Params params;
        params.add(static_cast<std::uint64_t>(id))
            .add(nowMs)
            .add(std::string(appVersion))
            .add(nowMs - kContactNoteMs);
        std::string cursor;
        if (pulledFrom) {
            cursor = ", pull_cursor = " + std::string(s.dialect().greatest) +
                     "(pull_cursor, CAST($5 AS BIGINT))";
            params.add(*pulledFrom);
        }
        return s.execute("UPDATE device SET last_seen_ms = $2, app_version = $3" + cursor +
                             " WHERE id = $1 AND (last_seen_ms IS NULL OR last_seen_ms <= $4 OR "
                             "app_version <> $3)",
                         params) > 0;
    });
}

StorageResult<std::optional<Device>> SqlStorage::eraseOrdered(const std::string &tokenHash)
{
    return in(Access::Statement, [&](db::Session &s) {
        auto row = s.query(selectDevices("WHERE d.token_hash = $1 AND d.erase_ordered_ms IS NOT "
                                         "NULL"),
                           db::Params().addBytes(tokenHash));
        return row.next() ? std::optional<Device>(readDevice(row)) : std::nullopt;
    });
}

StorageResult<bool> SqlStorage::markErased(sync::DeviceId id, std::int64_t nowMs)
{
    return in(Access::Statement, [&](db::Session &s) {
        return s.execute("UPDATE device SET erased_ms = $2 WHERE id = $1 AND erase_ordered_ms IS "
                         "NOT NULL AND erased_ms IS NULL",
                         db::Params().add(static_cast<std::uint64_t>(id)).add(nowMs)) > 0;
    });
}

StorageResult<std::vector<AuditEntry>>
SqlStorage::auditFor(const std::vector<std::string> &subjects)
{
    return in(Access::Snapshot, [&](db::Session &s) {
        const PulledRecords::Subjects wanted(subjects.begin(), subjects.end());
        std::vector<AuditEntry> out;
        if (wanted.empty())
            return out;
        constexpr std::string_view kColumns =
            "SELECT seq, at_ms, request_id, device, staff_id, unit_id, action, entity, subject, "
            "device_ms, device_seq, records FROM audit ";
        const auto read = [](const db::Rows &row) {
            return AuditEntry{row.integer(0),
                              row.integer(1),
                              row.string(2),
                              static_cast<sync::DeviceId>(row.integer(3)),
                              row.string(4),
                              row.string(5),
                              row.string(6),
                              row.string(7),
                              row.string(8),
                              row.isNull(9) ? 0 : row.integer(9),
                              row.isNull(10) ? 0 : row.count(10)};
        };
        // Each subject's own rows (by index), then one scan of the pull rows for those whose
        // packed records hold the bytes of one of the subjects (PulledRecords::searchKey),
        // decoded and matched exactly by PulledRecords::expand.
        for (const std::string &subject : wanted) {
            auto own = s.query(std::string(kColumns) + "WHERE subject = $1 AND records IS NULL",
                               db::Params().add(subject));
            while (own.next())
                out.push_back(read(own));
        }
        db::Params keys;
        std::string anyKey;
        for (const std::string &subject : wanted) {
            keys.addBytes(PulledRecords::searchKey(subject));
            anyKey += (anyKey.empty() ? "" : " OR ") +
                      s.dialect().containsBytes("records", "$" + std::to_string(keys.size()));
        }
        auto pulls = s.queryOnce(
            std::string(kColumns) + "WHERE records IS NOT NULL AND (" + anyKey + ")", keys);
        while (pulls.next())
            if (!PulledRecords::expand(read(pulls), pulls.bytes(11), wanted, out))
                throw db::Damaged("a pull's audit row is damaged");
        std::stable_sort(out.begin(), out.end(),
                         [](const AuditEntry &a, const AuditEntry &b) { return a.seq < b.seq; });
        return out;
    });
}

StorageResult<std::vector<std::string>> SqlStorage::recordsAbout(const std::string &subject,
                                                                 const std::string &unit)
{
    return in(Access::Statement, [&](db::Session &s) {
        // The terms of the join are log_reference's, so the recursion reads that index.
        auto row = s.query("WITH RECURSIVE about(id) AS (SELECT CAST($1 AS TEXT) UNION SELECT "
                           "l.entity_id FROM about JOIN log l ON " +
                               s.dialect().referenceTo("about.id") +
                               " AND l.unit_id = $2) SELECT id FROM about",
                           db::Params().add(subject).add(unit));
        std::vector<std::string> ids;
        while (row.next())
            ids.push_back(row.string(0));
        return ids;
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
        auto row = s.query("SELECT " + std::string(kDeviceColumns) +
                               ", s.name, su.unit_id, s.role FROM device d "
                               "LEFT JOIN staff s ON d.kind = 'staff' AND s.id = d.staff_id "
                               "LEFT JOIN staff_unit su ON d.kind = 'staff' AND su.staff_id = "
                               "d.staff_id WHERE d.token_hash = $1 AND d.revoked_ms IS NULL "
                               "ORDER BY su.unit_id",
                           db::Params().addBytes(tokenHash));
        if (!row.next())
            return std::optional<Principal>();
        Device device = readDevice(row);
        constexpr int kName = kDeviceColumnCount, kUnit = kName + 1, kRole = kName + 2;
        std::string name = row.string(kName);
        std::string role = row.string(kRole);
        std::vector<std::string> staffUnits;
        do {
            if (!row.isNull(kUnit))
                staffUnits.push_back(row.string(kUnit));
        } while (row.next());
        return std::optional<Principal>(
            principalOf(std::move(device), std::move(name), role, std::move(staffUnits)));
    });
}

namespace {

using sqlops::parameters;

// A page of `scan`'s rows (in `order`), each with its size in bytes as `bytes`, that leaves out
// the rows after the first whose bytes before it are over the budget ($budget): every row a
// PageBudget takes, and the row after them that ends the page. libpq takes a whole result at
// once, so the budget is applied in the query.
std::string budgeted(const std::string &scan, std::string_view order, int budget)
{
    return "SELECT * FROM (SELECT *, coalesce(sum(bytes) OVER (ORDER BY " + std::string(order) +
           " ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS before FROM (" + scan +
           ") scan) page WHERE before <= CAST($" + std::to_string(budget) +
           " AS BIGINT) ORDER BY " + std::string(order);
}

} // namespace

StorageResult<LogPage> SqlStorage::pullLog(const std::vector<std::string> &units,
                                           sync::DeviceId exclude, std::uint64_t since,
                                           std::uint32_t limit, std::uint64_t maxBytes)
{
    return in(Access::Snapshot, [&](db::Session &s) {
        const db::Dialect &d = s.dialect();
        LogPage page;
        PageBudget budget(limit, maxBytes);
        // One snapshot: the rows, the head and the horizon agree. It holds every position up to
        // that head, and every row compaction left.
        const auto highWater = sqlops::logHead(s);
        page.horizon = sqlops::compactionHorizon(s);
        if (!units.empty() && since < highWater) {
            std::string scan = "SELECT l.seq, l.device, l.counter, l.entity, l.entity_id, "
                               "l.field, " +
                               std::string(d.logValueSelect) +
                               ", l.hlc, l.author, l.base_hlc, l.base_device, l.unit_id, l.seen";
            // Where the budget is applied in the query, it needs each row's size: `bytes`, an
            // upper bound of sync::encodedBytes (a null value counts 8, the seen list 18 a
            // version). Rows read one at a time are measured exactly as they are read.
            if (d.roundTrips)
                scan += ", 109 + " + d.octets("l.entity") + " + " + d.octets("l.entity_id") +
                        " + " + d.octets("l.field") + " + " + d.octets("l.author") +
                        " + coalesce(" + std::string(d.logValueOctets) + ", 0) + coalesce(" +
                        d.octets("l.seen") + ", 0) / 16 * 18 AS bytes";
            scan += " FROM log l WHERE l.seq > $1 AND l.device <> $2 AND l.unit_id IN (" +
                    parameters(units.size(), 5) + ") ORDER BY l.seq LIMIT $3";
            db::Params params;
            params.add(since)
                .add(static_cast<std::uint64_t>(exclude))
                .add(static_cast<std::int64_t>(limit) + 1)
                .add(maxBytes);
            for (const auto &unit : units)
                params.add(unit);
            auto row = s.query(d.roundTrips ? budgeted(scan, "seq", 4) : scan, params);
            while (row.next()) {
                const auto device = static_cast<sync::DeviceId>(row.integer(1));
                LogEntry entry{row.count(0),
                               row.string(14),
                               {{device, row.count(2)},
                                row.string(3),
                                row.string(4),
                                row.string(5),
                                readValue(row, 6),
                                sync::Hlc::fromPacked(row.integer(10), device),
                                row.string(11),
                                sync::Hlc::fromPacked(row.integer(12), static_cast<sync::DeviceId>(
                                                                           row.integer(13)))}};
                if (!row.isNull(15)) {
                    auto seen = sync::decodeVersions(row.bytes(15));
                    if (!seen)
                        throw db::Damaged("a log row's seen list is damaged");
                    entry.delta.seen = std::move(*seen);
                }
                if (!budget.take(d.roundTrips ? row.count(16) : sync::encodedBytes(entry.delta)))
                    break;
                page.entries.push_back(std::move(entry));
            }
        }
        // One row over the budget alone: the query left out what follows it, if anything.
        finishLogPage(page, budget.full() || budget.overBudget(), highWater, since);
        return page;
    });
}

StorageResult<RecordPage> SqlStorage::changedRecords(const std::vector<std::string> &units,
                                                     const std::vector<std::string> &entities,
                                                     std::uint64_t since, std::uint32_t limit,
                                                     std::uint64_t maxBytes)
{
    return in(Access::Snapshot, [&](db::Session &s) {
        RecordPage page;
        page.highWater = sqlops::logHead(s);
        if (units.empty())
            return page;
        const std::string columns = "SELECT entity, entity_id, last_seq, state, unit_id, " +
                                    s.dialect().octets("state") + " AS bytes FROM record ";
        const std::string inUnits = parameters(units.size(), 4);
        std::string scan = columns + "WHERE last_seq > $1 AND unit_id IN (" + inUnits + ")";
        if (!entities.empty()) {
            scan += " AND entity IN (" +
                    parameters(entities.size(), 4 + static_cast<int>(units.size())) + ")";
        } else {
            // Every entity: a staff member's record too when they work in one of the units (the
            // staff directory logs it once per unit of theirs, staffdirectory.cpp; its record
            // keeps the first). The two arms are disjoint, so UNION ALL: each arm then comes in
            // the order of its index and the two are merged, where UNION would sort and
            // deduplicate the whole rest of the scope, states and all, for every page.
            scan += " UNION ALL " + columns + "WHERE entity = '" +
                    std::string(staffdirectory::kStaffEntity) +
                    "' AND last_seq > $1 AND entity_id IN (SELECT staff_id FROM staff_unit WHERE "
                    "unit_id IN (" +
                    inUnits + ")) AND unit_id NOT IN (" + inUnits + ")";
        }
        scan += " ORDER BY last_seq LIMIT $2";
        db::Params params;
        params.add(since).add(static_cast<std::int64_t>(limit) + 1).add(maxBytes);
        for (const auto &unit : units)
            params.add(unit);
        for (const auto &entity : entities)
            params.add(entity);
        auto row = s.query(s.dialect().roundTrips ? budgeted(scan, "last_seq", 3) : scan, params);
        PageBudget budget(limit, maxBytes);
        while (row.next()) {
            if (!budget.take(row.count(5)))
                break;
            std::string entity = row.string(0);
            auto state = sqlops::decodeState(row.bytes(3), entity);
            page.records.push_back(
                {std::move(entity), row.string(1), row.string(4), row.count(2), std::move(state)});
        }
        page.hasMore = budget.full() || budget.overBudget();
        return page;
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
        const std::string next = std::string(s.dialect().greatest) +
                                 "(full_pull.due_ms, CAST($2 AS BIGINT)) + CAST($3 AS BIGINT)";
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
