#include "pgstorage.h"

#include "pg.h"
#include "pgschema.h"
#include "pgsession.h"
#include "pulledrecords.h"
#include "sync/core/limits.h"
#include "sync/core/versionlist.h"

#include <map>

namespace lykta::server {

namespace {

// A push's log rows, records and audit entries go to the database in multi-row statements of
// at most this many rows (PostgreSQL allows 65,535 parameters per statement).
constexpr std::size_t kRowsPerInsert = 2000;
constexpr int kMaxAttempts = 5;       // serialization failures and deadlocks in a row
constexpr std::size_t kMaxGroup = 64; // pushes committed together

StorageError toStorageError(const pg::Error &e)
{
    StorageError::Code code = StorageError::Code::Internal;
    if (e.connectionLost() || e.retryable() || e.state == "55P03" || e.state == "57014")
        code = StorageError::Code::Busy;
    else if (e.state == "23503")
        code = StorageError::Code::NotFound;
    else if (e.state == "23505")
        code = StorageError::Code::Conflict;
    else if (e.state == "XX001" || e.state == "XX002" || e.state == "LYKTA")
        code = StorageError::Code::Corrupt;
    return {code, e.what()};
}

// value_kind, value_int, value_real, value_bytes
void addValue(pg::Params &p, const sync::Value &v)
{
    switch (v.index()) {
    case 1:
        p.add(1).add(std::get<std::int64_t>(v)).addNull().addNull();
        break;
    case 2:
        p.add(2).addNull().add(std::get<double>(v)).addNull();
        break;
    case 3:
        p.add(3).addNull().addNull().addBytes(std::get<std::string>(v));
        break;
    case 4: {
        const auto &blob = std::get<sync::Blob>(v);
        p.add(4).addNull().addNull().addBytes(
            std::string_view(reinterpret_cast<const char *>(blob.data()), blob.size()));
        break;
    }
    default:
        p.add(0).addNull().addNull().addNull();
    }
}

sync::Value readValue(const pg::Rows &rows, int r, int kindColumn)
{
    switch (rows.integer(r, kindColumn)) {
    case 1:
        return rows.integer(r, kindColumn + 1);
    case 2:
        return rows.real(r, kindColumn + 2);
    case 3:
        return rows.bytes(r, kindColumn + 3);
    case 4: {
        const std::string bytes = rows.bytes(r, kindColumn + 3);
        return sync::Blob(bytes.begin(), bytes.end());
    }
    default:
        return std::monostate{};
    }
}

// "($1, $2, $3), ($4, $5, $6)" for `rows` rows of `columns` parameters from $first.
std::string valuesList(std::size_t rows, std::size_t columns, int first = 1)
{
    std::string out;
    int n = first;
    for (std::size_t r = 0; r < rows; ++r) {
        out += r ? ", (" : "(";
        for (std::size_t c = 0; c < columns; ++c)
            out += (c ? ", $" : "$") + std::to_string(n++);
        out += ')';
    }
    return out;
}

// Several INSERTs and UPDATEs sent as one statement (data-modifying WITH parts), so a push's
// writes cost one round trip while it holds the log lock; split when parameters run out.
class Writes
{
public:
    explicit Writes(pg::Conn &conn) : m_conn(conn) {}
    // `fill` adds `count` parameters; `sql` gets the number of the first and returns the part.
    template <class Fill, class Sql>
    void add(int count, Fill &&fill, Sql &&sql)
    {
        if (m_params.size() + count > kMaxParams)
            run();
        const int first = m_params.size() + 1;
        fill(m_params);
        m_sql +=
            (m_parts ? ", w" : "WITH w") + std::to_string(m_parts) + " AS (" + sql(first) + ")";
        ++m_parts;
    }
    void run()
    {
        if (m_parts)
            m_conn.queryOnce(m_sql + " SELECT 1", m_params);
        m_sql.clear();
        m_params = {};
        m_parts = 0;
    }

private:
    static constexpr int kMaxParams = 60'000;
    pg::Conn &m_conn;
    std::string m_sql;
    pg::Params m_params;
    int m_parts = 0;
};

void addAudit(Writes &writes, const std::vector<AuditEntry> &entries)
{
    for (std::size_t from = 0; from < entries.size(); from += kRowsPerInsert) {
        const std::size_t n = std::min(kRowsPerInsert, entries.size() - from);
        writes.add(
            static_cast<int>(n * 11),
            [&](pg::Params &p) {
                for (std::size_t i = from; i < from + n; ++i) {
                    const AuditEntry &e = entries[i];
                    p.add(e.atMs)
                        .add(e.requestId)
                        .add(static_cast<std::uint64_t>(e.device))
                        .addOptional(e.staffId)
                        .addOptional(e.unitId)
                        .add(e.action)
                        .add(e.entity)
                        .add(e.subject);
                    if (e.records.empty())
                        p.addNull();
                    else
                        p.addBytes(e.records);
                    if (e.deviceSeq)
                        p.add(e.deviceMs).add(e.deviceSeq);
                    else
                        p.addNull().addNull();
                }
            },
            [&](int first) {
                // A tablet's entry stored before (audit_device_entry) is not stored again.
                return "INSERT INTO audit(at_ms, request_id, device, staff_id, unit_id, action, "
                       "entity, subject, records, device_ms, device_seq) VALUES " +
                       valuesList(n, 11, first) + " ON CONFLICT DO NOTHING";
            });
    }
}

struct LogRow
{
    std::uint64_t seq;
    std::string unitId;
    sync::Delta delta;
};

// One push, inside a transaction that holds the log_head row lock. Log rows, records and audit
// entries are kept here and written by flush() in a few multi-row statements.
class PgPushTransaction : public PushTransaction
{
public:
    // `head` and `lastCounter` were read under the log lock, so nothing changes them until this
    // transaction ends.
    PgPushTransaction(pg::Conn &conn, sync::DeviceId device, std::uint64_t head,
                      std::uint64_t lastCounter)
        : m_conn(conn), m_device(device), m_head(head), m_startHead(head),
          m_storedCounter(lastCounter)
    {}

    std::uint64_t lastCounter() override { return m_storedCounter; }
    void setLastCounter(std::uint64_t counter) override { m_lastCounter = counter; }

    PastOutcome pastOutcome(const sync::DeltaId &id) override
    {
        PastOutcome out;
        if (auto it = m_appended.find({id.device, id.counter}); it != m_appended.end()) {
            out.acceptedSeq = it->second;
            return out;
        }
        pg::Params key;
        key.add(static_cast<std::uint64_t>(id.device)).add(id.counter);
        auto log = m_conn.query("SELECT seq FROM log WHERE device = $1 AND counter = $2", key);
        if (!log.empty()) {
            out.acceptedSeq = static_cast<std::uint64_t>(log.integer(0, 0));
            return out;
        }
        auto rej = m_conn.query("SELECT reason, detail, entity, entity_id, field, current "
                                "FROM rejection WHERE device = $1 AND counter = $2",
                                key);
        if (rej.empty())
            return out;
        out.rejection = sync::Rejection{id, static_cast<sync::RejectReason>(rej.integer(0, 0)),
                                        std::string(rej.text(0, 1)), std::nullopt};
        if (rej.isNull(0, 2))
            return out;
        out.refused = RefusedField{std::string(rej.text(0, 2)), std::string(rej.text(0, 3)),
                                   std::string(rej.text(0, 4))};
        if (!rej.isNull(0, 5)) {
            out.rejection->current =
                decodeCurrent(rej.bytes(0, 5), out.refused->entity, out.refused->id);
            if (!out.rejection->current)
                throw pg::Error("XX001", "damaged rejection");
        }
        return out;
    }

    void prefetchRecords(const std::vector<std::pair<std::string, std::string>> &keys) override
    {
        if (keys.empty())
            return;
        std::vector<std::string> entities, ids;
        for (const auto &[entity, id] : keys) {
            entities.push_back(entity);
            ids.push_back(id);
            m_prefetched.insert_or_assign({entity, id}, std::nullopt);
        }
        auto rows = m_conn.query("SELECT r.entity, r.entity_id, r.unit_id, r.last_seq, r.state "
                                 "FROM unnest($1::text[], $2::text[]) AS k(entity, entity_id) "
                                 "JOIN record r USING (entity, entity_id)",
                                 pg::Params().addTextArray(entities).addTextArray(ids));
        for (int r = 0; r < rows.size(); ++r) {
            auto state = RecordState::decode(rows.bytes(r, 4));
            if (!state)
                throw pg::Error("XX001", "damaged record state");
            std::string entity(rows.text(r, 0)), id(rows.text(r, 1));
            m_prefetched.insert_or_assign(
                {entity, id},
                StoredRecord{entity, id, std::string(rows.text(r, 2)),
                             static_cast<std::uint64_t>(rows.integer(r, 3)), std::move(*state)});
        }
    }

    std::optional<StoredRecord> loadRecord(const std::string &entity,
                                           const std::string &id) override
    {
        if (auto it = m_records.find({entity, id}); it != m_records.end())
            return it->second;
        if (auto it = m_prefetched.find({entity, id}); it != m_prefetched.end())
            return it->second;
        auto rows = m_conn.query("SELECT unit_id, last_seq, state FROM record "
                                 "WHERE entity = $1 AND entity_id = $2",
                                 pg::Params().add(entity).add(id));
        if (rows.empty())
            return std::nullopt;
        auto state = RecordState::decode(rows.bytes(0, 2));
        if (!state)
            throw pg::Error("XX001", "damaged record state: " + entity);
        return StoredRecord{entity, id, std::string(rows.text(0, 0)),
                            static_cast<std::uint64_t>(rows.integer(0, 1)), std::move(*state)};
    }
    void saveRecord(const StoredRecord &record) override
    {
        m_records.insert_or_assign({record.entity, record.id}, record);
    }

    std::uint64_t head() const { return m_head; }

    std::uint64_t appendLog(const sync::Delta &delta, const std::string &unitId) override
    {
        const std::uint64_t seq = ++m_head;
        m_appended.emplace(std::pair{delta.id.device, delta.id.counter}, seq);
        m_log.push_back({seq, unitId, delta});
        return seq;
    }
    void recordRejection(const sync::Rejection &r, const sync::Delta &refused) override
    {
        pg::Params params;
        params.add(static_cast<std::uint64_t>(r.id.device))
            .add(r.id.counter)
            .add(static_cast<std::int64_t>(r.reason))
            .add(r.detail)
            .add(refused.entity)
            .add(refused.entityId)
            .add(refused.field);
        if (r.current)
            params.addBytes(encodeCurrent(*r.current));
        else
            params.addNull();
        m_conn.query("INSERT INTO rejection(device, counter, reason, detail, entity, entity_id, "
                     "field, current) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) "
                     "ON CONFLICT (device, counter) DO UPDATE SET reason = EXCLUDED.reason, "
                     "detail = EXCLUDED.detail, entity = EXCLUDED.entity, "
                     "entity_id = EXCLUDED.entity_id, field = EXCLUDED.field, "
                     "current = EXCLUDED.current",
                     params);
    }
    void appendAudit(const AuditEntry &entry) override { m_audit.push_back(entry); }
    std::optional<StaffRole> staffRole(const std::string &staffId) override
    {
        auto rows = m_conn.query("SELECT role FROM staff WHERE id = $1", pg::Params().add(staffId));
        if (rows.empty())
            return std::nullopt;
        return staffRoleFromString(rows.text(0, 0)).value_or(StaffRole::Staff);
    }

    // Everything this push wrote, in one round trip for a push of ordinary size.
    void flush()
    {
        Writes writes(m_conn);
        for (std::size_t from = 0; from < m_log.size(); from += kRowsPerInsert) {
            const std::size_t n = std::min(kRowsPerInsert, m_log.size() - from);
            writes.add(
                static_cast<int>(n * 16),
                [&](pg::Params &p) {
                    for (std::size_t i = from; i < from + n; ++i) {
                        const LogRow &row = m_log[i];
                        const sync::Delta &d = row.delta;
                        p.add(row.seq)
                            .add(row.unitId)
                            .add(static_cast<std::uint64_t>(d.id.device))
                            .add(d.id.counter)
                            .add(d.entity)
                            .add(d.entityId)
                            .add(d.field);
                        addValue(p, d.value);
                        p.add(d.hlc.packedTime())
                            .add(d.author)
                            .add(d.base.packedTime())
                            .add(static_cast<std::uint64_t>(d.base.device));
                        if (d.seen.empty())
                            p.addNull();
                        else
                            p.addBytes(sync::encodeVersions(d.seen));
                    }
                },
                [&](int first) {
                    return "INSERT INTO log(seq, unit_id, device, counter, entity, entity_id, "
                           "field, value_kind, value_int, value_real, value_bytes, hlc, author, "
                           "base_hlc, base_device, seen) VALUES " +
                           valuesList(n, 16, first);
                });
        }
        if (m_head != m_startHead)
            writes.add(
                1, [&](pg::Params &p) { p.add(m_head); },
                [](int first) {
                    return "UPDATE log_head SET seq = $" + std::to_string(first) + " WHERE id = 1";
                });
        std::vector<const StoredRecord *> records;
        for (const auto &[key, record] : m_records)
            records.push_back(&record);
        for (std::size_t from = 0; from < records.size(); from += kRowsPerInsert) {
            const std::size_t n = std::min(kRowsPerInsert, records.size() - from);
            writes.add(
                static_cast<int>(n * 5),
                [&](pg::Params &p) {
                    for (std::size_t i = from; i < from + n; ++i) {
                        const StoredRecord &r = *records[i];
                        p.add(r.entity).add(r.id).add(r.unitId).add(r.lastSeq).addBytes(
                            r.state.encode());
                    }
                },
                [&](int first) {
                    return "INSERT INTO record(entity, entity_id, unit_id, last_seq, state) "
                           "VALUES " +
                           valuesList(n, 5, first) +
                           " ON CONFLICT (entity, entity_id) DO UPDATE SET unit_id = "
                           "EXCLUDED.unit_id, last_seq = EXCLUDED.last_seq, state = "
                           "EXCLUDED.state";
                });
        }
        addAudit(writes, m_audit);
        if (m_lastCounter && *m_lastCounter != m_storedCounter)
            writes.add(
                2,
                [&](pg::Params &p) {
                    p.add(static_cast<std::uint64_t>(m_device)).add(*m_lastCounter);
                },
                [](int first) {
                    return "UPDATE device SET last_counter = $" + std::to_string(first + 1) +
                           " WHERE id = $" + std::to_string(first);
                });
        writes.run();
    }

private:
    pg::Conn &m_conn;
    sync::DeviceId m_device;
    std::uint64_t m_head;
    const std::uint64_t m_startHead;
    const std::uint64_t m_storedCounter;
    std::optional<std::uint64_t> m_lastCounter;
    std::map<std::pair<sync::DeviceId, std::uint64_t>, std::uint64_t> m_appended;
    std::vector<LogRow> m_log;
    std::map<std::pair<std::string, std::string>, StoredRecord> m_records; // saved here
    // Read by prefetchRecords(): nullopt where no such record exists.
    std::map<std::pair<std::string, std::string>, std::optional<StoredRecord>> m_prefetched;
    std::vector<AuditEntry> m_audit;
};

// A retention run, inside a transaction that holds the log_head row lock like a push: its
// tombstones get positions after every committed push, so pull cursors stay safe.
class PgRetentionTransaction : public RetentionTransaction
{
public:
    PgRetentionTransaction(pg::Conn &conn, std::uint64_t head)
        : m_conn(conn), m_writes(conn, 0, head, 0)
    {}

    void forEachRecord(const std::function<void(StoredRecord &&)> &visit) override
    {
        constexpr int kPage = 1000; // records in memory at a time
        std::string entity, id;
        for (;;) {
            auto rows = m_conn.query(
                "SELECT entity, entity_id, unit_id, last_seq, state FROM record "
                "WHERE (entity, entity_id) > ($1, $2) ORDER BY entity, entity_id LIMIT $3",
                pg::Params().add(entity).add(id).add(kPage));
            for (int r = 0; r < rows.size(); ++r) {
                auto state = RecordState::decode(rows.bytes(r, 4));
                if (!state)
                    throw pg::Error("XX001", "damaged record state");
                entity = std::string(rows.text(r, 0));
                id = std::string(rows.text(r, 1));
                visit(StoredRecord{entity, id, std::string(rows.text(r, 2)),
                                   static_cast<std::uint64_t>(rows.integer(r, 3)),
                                   std::move(*state)});
            }
            if (rows.size() < kPage)
                return;
        }
    }
    std::uint64_t lastLogCounter(sync::DeviceId device) override
    {
        PgSession session(m_conn);
        return sqlops::lastLogCounter(session, device);
    }
    std::uint64_t
    removeLog(const std::vector<std::pair<std::string, std::string>> &records) override
    {
        if (records.empty())
            return 0;
        std::vector<std::string> entities, ids;
        for (const auto &[entity, id] : records) {
            entities.push_back(entity);
            ids.push_back(id);
        }
        return m_conn
            .query("DELETE FROM log USING unnest($1::text[], $2::text[]) AS k(entity, entity_id) "
                   "WHERE log.entity = k.entity AND log.entity_id = k.entity_id",
                   pg::Params().addTextArray(entities).addTextArray(ids))
            .affected();
    }
    std::uint64_t auditBefore(std::int64_t cutoffMs, std::int64_t nowMs, bool remove) override
    {
        if (!remove)
            return static_cast<std::uint64_t>(
                m_conn
                    .query("SELECT count(*) FROM audit WHERE at_ms < $1",
                           pg::Params().add(cutoffMs))
                    .integer(0, 0));
        m_conn.query("INSERT INTO audit_cutoff(cutoff_ms, set_ms) VALUES ($1, $2)",
                     pg::Params().add(cutoffMs).add(nowMs));
        return m_conn.query("DELETE FROM audit WHERE at_ms < $1", pg::Params().add(cutoffMs))
            .affected();
    }
    std::uint64_t appendLog(const sync::Delta &delta, const std::string &unitId) override
    {
        return m_writes.appendLog(delta, unitId);
    }
    void saveRecord(const StoredRecord &record) override { m_writes.saveRecord(record); }
    void appendAudit(const AuditEntry &entry) override { m_writes.appendAudit(entry); }
    void flush() { m_writes.flush(); }

private:
    pg::Conn &m_conn;
    PgPushTransaction m_writes; // buffers the log rows, records and audit rows, as for a push
};

// The staff directory's writes, inside a transaction that holds the log_head row lock like a
// push: its rows get positions after every committed push, so pull cursors stay safe.
class PgDirectoryTransaction : public DirectoryTransaction
{
public:
    PgDirectoryTransaction(pg::Conn &conn, std::uint64_t head)
        : m_conn(conn), m_writes(conn, 0, head, 0)
    {}

    std::vector<Staff> staff() override
    {
        PgSession session(m_conn);
        return sqlops::staff(session);
    }
    std::vector<Unit> units() override
    {
        PgSession session(m_conn);
        return sqlops::units(session);
    }
    std::uint64_t lastLogCounter(sync::DeviceId device) override
    {
        PgSession session(m_conn);
        return sqlops::lastLogCounter(session, device);
    }
    PushTransaction &records() override { return m_writes; }
    void flush() { m_writes.flush(); }

private:
    pg::Conn &m_conn;
    PgPushTransaction m_writes; // buffers the log rows and records, as for a push
};

} // namespace

PgStorage::PgStorage(std::string url, int poolSize, std::unique_ptr<pg::Conn> first)
    : m_url(std::move(url)), m_poolSize(std::max(1, poolSize))
{
    m_idle.push_back(std::move(first));
    m_open = 1;
}

PgStorage::~PgStorage() = default;

StorageResult<std::unique_ptr<PgStorage>> PgStorage::open(const std::string &url, int poolSize)
{
    try {
        auto conn = std::make_unique<pg::Conn>(url);
        pg::migrate(*conn);
        return std::unique_ptr<PgStorage>(new PgStorage(url, poolSize, std::move(conn)));
    } catch (const pg::Error &e) {
        return toStorageError(e);
    }
}

std::unique_ptr<pg::Conn> PgStorage::acquire()
{
    std::unique_lock lock(m_mutex);
    m_available.wait(lock, [&] { return !m_idle.empty() || m_open < m_poolSize; });
    if (!m_idle.empty()) {
        auto conn = std::move(m_idle.back());
        m_idle.pop_back();
        return conn;
    }
    ++m_open;
    lock.unlock();
    try {
        auto conn = std::make_unique<pg::Conn>(m_url);
        // A server process that dies mid-transaction leaves nothing held for long.
        conn->exec("SET idle_in_transaction_session_timeout = '60s'");
        return conn;
    } catch (...) {
        release(nullptr);
        throw;
    }
}

void PgStorage::release(std::unique_ptr<pg::Conn> conn)
{
    {
        std::lock_guard lock(m_mutex);
        if (conn && conn->ok())
            m_idle.push_back(std::move(conn));
        else
            --m_open; // a broken connection is dropped; the next acquire opens a new one
    }
    m_available.notify_one();
}

template <class F>
auto PgStorage::withConnection(F &&f) -> StorageResult<decltype(f(std::declval<pg::Conn &>()))>
{
    for (int attempt = 1;; ++attempt) {
        std::unique_ptr<pg::Conn> conn;
        try {
            conn = acquire();
        } catch (const pg::Error &e) {
            return toStorageError(e);
        }
        try {
            auto result = f(*conn);
            release(std::move(conn));
            return result;
        } catch (const pg::Error &e) {
            release(e.connectionLost() ? nullptr : std::move(conn));
            if (e.retryable() && attempt < kMaxAttempts)
                continue;
            return toStorageError(e);
        } catch (const db::Damaged &e) {
            release(std::move(conn));
            return StorageError{StorageError::Code::Corrupt, e.what()};
        } catch (...) {
            release(nullptr);
            throw;
        }
    }
}

StorageResult<std::vector<AuditEntry>> PgStorage::auditFor(const std::vector<std::string> &subjects)
{
    return withConnection([&](pg::Conn &c) {
        const PulledRecords::Subjects wanted(subjects.begin(), subjects.end());
        std::vector<std::string> keys; // each subject's PulledRecords::searchKey, in hex
        for (const std::string &subject : wanted) {
            static constexpr char kHex[] = "0123456789abcdef";
            std::string hex;
            for (const char byte : PulledRecords::searchKey(subject)) {
                hex.push_back(kHex[static_cast<unsigned char>(byte) >> 4]);
                hex.push_back(kHex[static_cast<unsigned char>(byte) & 0xf]);
            }
            keys.push_back(std::move(hex));
        }
        std::vector<AuditEntry> out;
        // The subjects' own rows, and the pulls whose packed records hold the bytes of one of
        // them (decoded and matched exactly by PulledRecords::expand). A scan of the pull rows.
        auto rows = c.query(
            "SELECT seq, at_ms, request_id, device, staff_id, unit_id, action, entity, subject, "
            "device_ms, device_seq, records FROM audit WHERE (subject = ANY($1::text[]) AND "
            "records IS NULL) OR (records IS NOT NULL AND EXISTS (SELECT 1 FROM "
            "unnest($2::text[]) AS k(key) WHERE position(decode(k.key, 'hex') in records) > 0)) "
            "ORDER BY seq",
            pg::Params()
                .addTextArray(std::vector<std::string>(wanted.begin(), wanted.end()))
                .addTextArray(keys));
        for (int r = 0; r < rows.size(); ++r) {
            AuditEntry e{rows.integer(r, 0),
                         rows.integer(r, 1),
                         std::string(rows.text(r, 2)),
                         static_cast<sync::DeviceId>(rows.integer(r, 3)),
                         std::string(rows.text(r, 4)),
                         std::string(rows.text(r, 5)),
                         std::string(rows.text(r, 6)),
                         std::string(rows.text(r, 7)),
                         std::string(rows.text(r, 8)),
                         rows.isNull(r, 9) ? 0 : rows.integer(r, 9),
                         rows.isNull(r, 10) ? 0 : static_cast<std::uint64_t>(rows.integer(r, 10))};
            if (rows.isNull(r, 11)) {
                out.push_back(std::move(e));
                continue;
            }
            if (!PulledRecords::expand(e, rows.bytes(r, 11), wanted, out))
                throw pg::Error("XX001", "a pull's audit row is damaged");
        }
        return out;
    });
}

StorageResult<std::vector<std::string>> PgStorage::recordsAbout(const std::string &subject,
                                                                const std::string &unit)
{
    return withConnection([&](pg::Conn &c) {
        // The terms on value_kind and field are log_reference's, so the recursion reads that
        // index.
        auto rows = c.query(
            "WITH RECURSIVE about(id) AS (SELECT $1::text UNION SELECT l.entity_id FROM about "
            "JOIN log l ON l.value_bytes = convert_to(about.id, 'UTF8') WHERE l.value_kind = 3 "
            "AND right(l.field, 3) = '_id' AND l.field <> 'unit_id' AND l.unit_id = $2) "
            "SELECT id FROM about",
            pg::Params().add(subject).add(unit));
        std::vector<std::string> ids;
        for (int r = 0; r < rows.size(); ++r)
            ids.emplace_back(rows.text(r, 0));
        return ids;
    });
}

std::optional<StorageError> PgStorage::run(Access access,
                                           const std::function<void(db::Session &)> &work)
{
    auto done = withConnection([&](pg::Conn &c) {
        PgSession session(c);
        if (access == Access::Statement) {
            work(session);
            return true;
        }
        pg::Transaction tx(c, access == Access::Snapshot
                                  ? "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"
                                  : "BEGIN");
        work(session);
        tx.commit();
        return true;
    });
    if (!done)
        return done.error();
    return std::nullopt;
}

// Group commit. A push holds the log lock until its COMMIT is flushed to disk, so one push at a
// time would cost one disk flush each. Instead, pushes that arrive while a group is being written
// wait and then go together: the first of them leads, runs every waiting push (up to
// kMaxGroup) in one transaction, each in its own savepoint, and commits once.
StorageResult<bool> PgStorage::push(sync::DeviceId device,
                                    const std::function<void(PushTransaction &)> &work)
{
    PendingPush me{device, &work, {}, false};
    std::unique_lock lock(m_pushMutex);
    m_pushQueue.push_back(&me);
    while (!me.done) {
        if (m_leading) {
            m_pushDone.wait(lock);
            continue;
        }
        m_leading = true;
        const auto n = std::min(m_pushQueue.size(), kMaxGroup);
        std::vector<PendingPush *> group(m_pushQueue.begin(),
                                         m_pushQueue.begin() + static_cast<long>(n));
        m_pushQueue.erase(m_pushQueue.begin(), m_pushQueue.begin() + static_cast<long>(n));
        lock.unlock();
        try {
            runGroup(group);
        } catch (const std::exception &e) { // e.g. out of memory: fail the group, keep serving
            for (auto *p : group)
                p->error = StorageError{StorageError::Code::Internal, e.what()};
        }
        lock.lock();
        for (auto *p : group)
            p->done = true;
        m_leading = false;
        m_pushDone.notify_all();
    }
    if (me.error)
        return *me.error;
    return true;
}

void PgStorage::runGroup(const std::vector<PendingPush *> &group)
{
    auto done = withConnection([&](pg::Conn &c) {
        // First, before reading anything: the log's write lock, held until COMMIT; then the head
        // in a statement of its own, whose snapshot is taken after the lock was granted (a
        // statement that waited for a row lock sees that row anew, but nothing else anew).
        pg::Transaction tx(c, "BEGIN; SELECT seq FROM log_head WHERE id = 1 FOR UPDATE; "
                              "SELECT seq FROM log_head WHERE id = 1");
        auto head = static_cast<std::uint64_t>(tx.first().integer(0, 0));
        for (std::size_t i = 0; i < group.size(); ++i) {
            PendingPush &p = *group[i];
            p.error.reset();
            // The device id is a number, safe to write into the text; one round trip.
            auto counter = c.exec(std::string(i ? "RELEASE SAVEPOINT push; " : "") +
                                  "SAVEPOINT push; SELECT coalesce((SELECT last_counter FROM "
                                  "device WHERE id = " +
                                  std::to_string(static_cast<std::uint64_t>(p.device)) + "), 0)");
            PgPushTransaction push(c, p.device, head,
                                   static_cast<std::uint64_t>(counter.integer(0, 0)));
            try {
                (*p.work)(push);
                push.flush();
                head = push.head();
            } catch (const pg::Error &e) {
                if (e.connectionLost() || e.retryable())
                    throw;
                c.exec("ROLLBACK TO SAVEPOINT push");
                p.error = toStorageError(e);
            } catch (const std::exception &e) {
                c.exec("ROLLBACK TO SAVEPOINT push");
                p.error = StorageError{StorageError::Code::Internal, e.what()};
            }
        }
        tx.commit();
        return true;
    });
    if (!done)
        for (auto *p : group)
            p->error = done.error();
}

StorageResult<LogPage> PgStorage::pullLog(const std::vector<std::string> &units,
                                          sync::DeviceId exclude, std::uint64_t since,
                                          std::uint32_t limit, std::uint64_t maxBytes)
{
    return withConnection([&](pg::Conn &c) {
        LogPage page;
        PageBudget budget(limit, maxBytes);
        // One snapshot: the rows and the head agree. It holds every position up to that head.
        pg::Transaction tx(c, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
        const auto highWater = static_cast<std::uint64_t>(
            c.query("SELECT seq FROM log_head WHERE id = 1").integer(0, 0));
        if (!units.empty() && since < highWater) {
            // libpq takes a whole result at once, so the byte budget is applied in the query:
            // `bytes` is an upper bound of sync::encodedBytes (a null value counts 8, the seen
            // list 18 a version), and only rows with at most the budget before them come back.
            // That is every row the loop below takes, and the row after them that ends the page.
            auto rows = c.query(
                "SELECT seq, device, counter, entity, entity_id, field, value_kind, value_int, "
                "value_real, value_bytes, hlc, author, base_hlc, base_device, unit_id, seen, "
                "bytes FROM (SELECT *, coalesce(sum(bytes) OVER (ORDER BY seq ROWS BETWEEN "
                "UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS before FROM (SELECT *, 109 + "
                "octet_length(entity) + octet_length(entity_id) + octet_length(field) + "
                "octet_length(author) + coalesce(octet_length(value_bytes), 0) + "
                "coalesce(octet_length(seen), 0) / 16 * 18 AS bytes FROM log "
                "WHERE seq > $1 AND device <> $2 AND unit_id = ANY($3::text[]) "
                "ORDER BY seq LIMIT $4) scan) page WHERE before <= $5::bigint ORDER BY seq",
                pg::Params()
                    .add(since)
                    .add(static_cast<std::uint64_t>(exclude))
                    .addTextArray(units)
                    .add(static_cast<std::int64_t>(limit) + 1)
                    .add(maxBytes));
            for (int r = 0; r < rows.size(); ++r) {
                if (!budget.take(static_cast<std::uint64_t>(rows.integer(r, 16))))
                    break;
                const auto dev = static_cast<sync::DeviceId>(rows.integer(r, 1));
                page.entries.push_back(
                    {static_cast<std::uint64_t>(rows.integer(r, 0)),
                     std::string(rows.text(r, 14)),
                     {{dev, static_cast<std::uint64_t>(rows.integer(r, 2))},
                      std::string(rows.text(r, 3)),
                      std::string(rows.text(r, 4)),
                      std::string(rows.text(r, 5)),
                      readValue(rows, r, 6),
                      sync::Hlc::fromPacked(rows.integer(r, 10), dev),
                      std::string(rows.text(r, 11)),
                      sync::Hlc::fromPacked(rows.integer(r, 12),
                                            static_cast<sync::DeviceId>(rows.integer(r, 13)))}});
                if (!rows.isNull(r, 15)) {
                    auto seen = sync::decodeVersions(rows.bytes(r, 15));
                    if (!seen)
                        throw pg::Error("XX001", "a log row's seen list is damaged");
                    page.entries.back().delta.seen = std::move(*seen);
                }
            }
        }
        // One row over the budget alone: the query left out what follows it, if anything.
        finishLogPage(page, budget.full() || budget.overBudget(), highWater, since);
        tx.commit();
        return page;
    });
}

StorageResult<RecordPage> PgStorage::changedRecords(const std::string &unit,
                                                    const std::vector<std::string> &entities,
                                                    std::uint64_t since, std::uint32_t limit,
                                                    std::uint64_t maxBytes)
{
    return withConnection([&](pg::Conn &c) {
        RecordPage page;
        pg::Transaction tx(c, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
        page.highWater = static_cast<std::uint64_t>(
            c.query("SELECT seq FROM log_head WHERE id = 1").integer(0, 0));
        // The byte budget in the query, as in pullLog: the rows the loop takes and the one after.
        auto rows = c.query(
            "SELECT entity, entity_id, last_seq, state, bytes FROM (SELECT *, "
            "coalesce(sum(bytes) OVER (ORDER BY last_seq ROWS BETWEEN UNBOUNDED PRECEDING AND 1 "
            "PRECEDING), 0) AS before FROM (SELECT entity, entity_id, last_seq, state, "
            "octet_length(state) AS bytes FROM record "
            "WHERE unit_id = $1 AND last_seq > $2 AND entity = ANY($3::text[]) "
            "ORDER BY last_seq LIMIT $4) scan) page WHERE before <= $5::bigint ORDER BY last_seq",
            pg::Params()
                .add(unit)
                .add(since)
                .addTextArray(entities)
                .add(static_cast<std::int64_t>(limit) + 1)
                .add(maxBytes));
        PageBudget budget(limit, maxBytes);
        for (int r = 0; r < rows.size(); ++r) {
            if (!budget.take(static_cast<std::uint64_t>(rows.integer(r, 4))))
                break;
            auto state = RecordState::decode(rows.bytes(r, 3));
            if (!state)
                throw pg::Error("XX001", "damaged record state");
            page.records.push_back({std::string(rows.text(r, 0)), std::string(rows.text(r, 1)),
                                    unit, static_cast<std::uint64_t>(rows.integer(r, 2)),
                                    std::move(*state)});
        }
        page.hasMore = budget.full() || budget.overBudget();
        tx.commit();
        return page;
    });
}

// The dead row versions that the deletes leave stay in PostgreSQL's files until VACUUM reuses
// their space (docs/architecture.md, "Retention").
StorageResult<bool> PgStorage::retention(const std::function<void(RetentionTransaction &)> &work)
{
    return withConnection([&](pg::Conn &c) {
        pg::Transaction tx(c, "BEGIN; SELECT seq FROM log_head WHERE id = 1 FOR UPDATE; "
                              "SELECT seq FROM log_head WHERE id = 1");
        PgRetentionTransaction retention(c, static_cast<std::uint64_t>(tx.first().integer(0, 0)));
        work(retention);
        retention.flush();
        tx.commit();
        return true;
    });
}

StorageResult<bool> PgStorage::directory(const std::function<void(DirectoryTransaction &)> &work)
{
    return withConnection([&](pg::Conn &c) {
        pg::Transaction tx(c, "BEGIN; SELECT seq FROM log_head WHERE id = 1 FOR UPDATE; "
                              "SELECT seq FROM log_head WHERE id = 1");
        PgDirectoryTransaction directory(c, static_cast<std::uint64_t>(tx.first().integer(0, 0)));
        work(directory);
        directory.flush();
        tx.commit();
        return true;
    });
}

} // namespace lykta::server
