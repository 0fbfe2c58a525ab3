// SqlStorage's writes to the log: pushes (committed in groups), retention runs and the staff
// directory, each inside Access::LogWrite (sqlstorage.h).
#include "sqlops.h"
#include "sqlstorage.h"

#include "sync/core/versionlist.h"

#include <map>

namespace lykta::server {

namespace {

constexpr std::size_t kMaxGroup = 64; // pushes committed together

// One push (or a retention run's, or the directory's writes), inside a transaction that holds
// the log's write lock. Where statements cost round trips, log rows, records and audit entries
// are kept here and written by flush() in a few many-row statements (one round trip); elsewhere
// each is written when it is made.
class SqlPushTransaction final : public PushTransaction
{
public:
    // `head` and `lastCounter` were read under the log lock, so nothing changes them until this
    // transaction ends.
    SqlPushTransaction(db::Session &s, sync::DeviceId device, std::uint64_t head,
                       std::uint64_t lastCounter)
        : m_s(s), m_device(device), m_head(head), m_startHead(head), m_storedCounter(lastCounter)
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
        const auto key = db::Params().add(static_cast<std::uint64_t>(id.device)).add(id.counter);
        {
            auto log = m_s.query("SELECT seq FROM log WHERE device = $1 AND counter = $2", key);
            if (log.next()) {
                out.acceptedSeq = log.count(0);
                return out;
            }
        }
        auto rej = m_s.query("SELECT reason, detail, entity, entity_id, field, current "
                             "FROM rejection WHERE device = $1 AND counter = $2",
                             key);
        if (!rej.next()) {
            // Neither logged nor refused: accepted and removed by compaction since, when the
            // device had come that far by the horizon.
            auto compacted = m_s.query("SELECT 1 FROM compacted_counter WHERE device = $1 AND "
                                       "counter >= $2",
                                       key);
            out.compacted = compacted.next();
            return out;
        }
        out.rejection = sync::Rejection{id, static_cast<sync::RejectReason>(rej.integer(0)),
                                        rej.string(1), std::nullopt};
        if (rej.isNull(2))
            return out;
        out.refused = RefusedField{rej.string(2), rej.string(3), rej.string(4)};
        if (!rej.isNull(5)) {
            out.rejection->current =
                decodeCurrent(rej.bytes(5), out.refused->entity, out.refused->id);
            if (!out.rejection->current)
                throw db::Damaged("damaged rejection");
        }
        return out;
    }

    void prefetchRecords(const std::vector<std::pair<std::string, std::string>> &keys) override
    {
        if (!m_s.dialect().roundTrips)
            return; // each load is as cheap
        const std::size_t perQuery = m_s.dialect().maxParams / 2;
        for (std::size_t from = 0; from < keys.size(); from += perQuery) {
            const std::size_t n = std::min(perQuery, keys.size() - from);
            db::Params params;
            for (std::size_t i = from; i < from + n; ++i) {
                params.add(keys[i].first).add(keys[i].second);
                m_prefetched.insert_or_assign(keys[i], std::nullopt);
            }
            auto row = m_s.queryOnce("SELECT entity, entity_id, unit_id, last_seq, state FROM "
                                     "record WHERE (entity, entity_id) IN (VALUES " +
                                         db::valuesList(n, 2) + ")",
                                     params);
            while (row.next()) {
                std::string entity = row.string(0), id = row.string(1);
                auto state = sqlops::decodeState(row.bytes(4), entity);
                m_prefetched.insert_or_assign(
                    {entity, id},
                    StoredRecord{entity, id, row.string(2), row.count(3), std::move(state)});
            }
        }
    }

    std::optional<StoredRecord> loadRecord(const std::string &entity,
                                           const std::string &id) override
    {
        if (auto it = m_records.find({entity, id}); it != m_records.end())
            return it->second;
        if (auto it = m_prefetched.find({entity, id}); it != m_prefetched.end())
            return it->second;
        auto row = m_s.query("SELECT unit_id, last_seq, state FROM record "
                             "WHERE entity = $1 AND entity_id = $2",
                             db::Params().add(entity).add(id));
        if (!row.next())
            return std::nullopt;
        auto state = sqlops::decodeState(row.bytes(2), entity);
        return StoredRecord{entity, id, row.string(0), row.count(1), std::move(state)};
    }
    void saveRecord(const StoredRecord &record) override
    {
        if (!m_gather) {
            db::Params row;
            addRecord(row, record);
            insertRecords(row);
            return;
        }
        m_records.insert_or_assign({record.entity, record.id}, record);
    }

    std::uint64_t head() const { return m_head; }

    std::uint64_t appendLog(const sync::Delta &delta, const std::string &unitId) override
    {
        const std::uint64_t seq = ++m_head;
        m_appended.emplace(std::pair{delta.id.device, delta.id.counter}, seq);
        if (!m_gather) {
            db::Params row;
            row.reserve(16);
            addLogRow(row, seq, unitId, delta);
            insertLog(row);
            return seq;
        }
        m_log.push_back({seq, unitId, delta});
        return seq;
    }
    void recordRejection(const sync::Rejection &r, const sync::Delta &refused) override
    {
        db::Params params;
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
        m_s.execute("INSERT INTO rejection(device, counter, reason, detail, entity, entity_id, "
                    "field, current) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) "
                    "ON CONFLICT (device, counter) DO UPDATE SET reason = excluded.reason, "
                    "detail = excluded.detail, entity = excluded.entity, "
                    "entity_id = excluded.entity_id, field = excluded.field, "
                    "current = excluded.current",
                    params);
    }
    void appendAudit(const AuditEntry &entry) override
    {
        if (!m_gather)
            sqlops::insertAudit(m_s, {entry});
        else
            m_audit.push_back(entry);
    }
    std::optional<StaffRole> staffRole(const std::string &staffId) override
    {
        auto row = m_s.query("SELECT role FROM staff WHERE id = $1", db::Params().add(staffId));
        if (!row.next())
            return std::nullopt;
        return staffRoleFromString(row.text(0)).value_or(StaffRole::Staff);
    }

    // Everything this push wrote and has not written yet.
    void flush()
    {
        const db::Dialect &d = m_s.dialect();
        m_s.beginBatch();
        if (!m_log.empty()) {
            db::Params rows;
            for (const LogRow &row : m_log)
                addLogRow(rows, row.seq, row.unitId, row.delta);
            insertLog(rows);
        }
        if (m_head != m_startHead && !d.setLogHead.empty())
            m_s.execute(d.setLogHead, db::Params().add(m_head));
        if (!m_records.empty()) {
            db::Params rows;
            for (const auto &[key, record] : m_records)
                addRecord(rows, record);
            insertRecords(rows);
        }
        sqlops::insertAudit(m_s, m_audit);
        if (m_lastCounter && *m_lastCounter != m_storedCounter)
            m_s.execute("UPDATE device SET last_counter = $2 WHERE id = $1",
                        db::Params().add(static_cast<std::uint64_t>(m_device)).add(*m_lastCounter));
        m_s.sendBatch();
    }

private:
    struct LogRow
    {
        std::uint64_t seq;
        std::string unitId;
        sync::Delta delta;
    };

    void addLogRow(db::Params &p, std::uint64_t seq, const std::string &unitId,
                   const sync::Delta &delta) const
    {
        p.add(seq)
            .add(unitId)
            .add(static_cast<std::uint64_t>(delta.id.device))
            .add(delta.id.counter)
            .add(delta.entity)
            .add(delta.entityId)
            .add(delta.field);
        addValue(p, delta.value, m_s.dialect().logValueTyped);
        p.add(delta.hlc.packedTime())
            .add(delta.author)
            .add(delta.base.packedTime())
            .add(static_cast<std::uint64_t>(delta.base.device));
        if (delta.seen.empty())
            p.addNull();
        else
            p.addBytes(sync::encodeVersions(delta.seen));
    }
    void insertLog(const db::Params &rows)
    {
        if (m_logInsert.empty()) {
            const db::Dialect &d = m_s.dialect();
            m_logInsert =
                "INSERT INTO log(seq, unit_id, device, counter, entity, entity_id, field, " +
                std::string(d.logValueColumns) +
                ", hlc, author, base_hlc, base_device, seen) VALUES ";
            const int valueParams = d.logValueTyped ? 1 : 4;
            m_logColumns = 12 + valueParams;
            m_logRow = db::valuesList(1, m_logColumns);
            m_logOne = m_logInsert + m_logRow;
        }
        // One row at a time where statements cost no round trip: the statement is kept.
        if (rows.size() == static_cast<std::size_t>(m_logColumns))
            m_s.execute(m_logOne, rows);
        else
            m_s.insertRows(m_logInsert, m_logRow, m_logColumns, "", rows);
    }
    static void addRecord(db::Params &p, const StoredRecord &r)
    {
        p.add(r.entity).add(r.id).add(r.unitId).add(r.lastSeq).addBytes(r.state.encode());
    }
    void insertRecords(const db::Params &rows)
    {
        m_s.insertRows("INSERT INTO record(entity, entity_id, unit_id, last_seq, state) VALUES ",
                       db::valuesList(1, 5), 5,
                       " ON CONFLICT (entity, entity_id) DO UPDATE SET unit_id = "
                       "excluded.unit_id, last_seq = excluded.last_seq, state = excluded.state",
                       rows);
    }

    // The value's parameters (Dialect::logValueTyped): one of the value's own type, or four:
    // kind, integer, real, bytes.
    static void addValue(db::Params &p, const sync::Value &v, bool typed)
    {
        if (typed) {
            std::visit(
                [&p](const auto &x) {
                    using T = std::decay_t<decltype(x)>;
                    if constexpr (std::is_same_v<T, std::monostate>)
                        p.addNull();
                    else if constexpr (std::is_same_v<T, sync::Blob>)
                        p.addBytes(
                            std::string_view(reinterpret_cast<const char *>(x.data()), x.size()));
                    else
                        p.add(x);
                },
                v);
            return;
        }
        p.add(static_cast<int>(v.index()));
        switch (v.index()) {
        case 1:
            p.add(std::get<std::int64_t>(v)).addNull().addNull();
            break;
        case 2:
            p.addNull().add(std::get<double>(v)).addNull();
            break;
        case 3:
            p.addNull().addNull().addBytes(std::get<std::string>(v));
            break;
        case 4: {
            const auto &blob = std::get<sync::Blob>(v);
            p.addNull().addNull().addBytes(
                std::string_view(reinterpret_cast<const char *>(blob.data()), blob.size()));
            break;
        }
        default:
            p.addNull().addNull().addNull();
        }
    }

    db::Session &m_s;
    // Writes are gathered for flush() where statements cost round trips, else made at once.
    const bool m_gather = m_s.dialect().roundTrips;
    sync::DeviceId m_device;
    std::uint64_t m_head;
    const std::uint64_t m_startHead;
    const std::uint64_t m_storedCounter;
    std::optional<std::uint64_t> m_lastCounter;
    std::map<std::pair<sync::DeviceId, std::uint64_t>, std::uint64_t> m_appended;
    std::vector<LogRow> m_log;
    std::string m_logInsert, m_logRow, m_logOne; // the log's INSERT, made on first use
    int m_logColumns = 0;
    std::map<std::pair<std::string, std::string>, StoredRecord> m_records; // saved here
    // Read by prefetchRecords(): nullopt where no such record exists.
    std::map<std::pair<std::string, std::string>, std::optional<StoredRecord>> m_prefetched;
    std::vector<AuditEntry> m_audit;
};

// A retention run: its tombstones get positions after every committed push.
class SqlRetentionTransaction final : public RetentionTransaction
{
public:
    explicit SqlRetentionTransaction(db::Session &s) : m_s(s), m_writes(s, 0, sqlops::logHead(s), 0)
    {}

    void forEachRecord(const std::function<void(StoredRecord &&)> &visit) override
    {
        constexpr int kPage = 1000; // records in memory at a time
        std::string entity, id;
        for (;;) {
            // A page is read whole before it is visited: the visit may write records.
            std::vector<StoredRecord> page;
            {
                auto row = m_s.query(
                    "SELECT entity, entity_id, unit_id, last_seq, state FROM record "
                    "WHERE (entity, entity_id) > ($1, $2) ORDER BY entity, entity_id LIMIT $3",
                    db::Params().add(entity).add(id).add(kPage));
                while (row.next()) {
                    entity = row.string(0);
                    id = row.string(1);
                    page.push_back(StoredRecord{entity, id, row.string(2), row.count(3),
                                                sqlops::decodeState(row.bytes(4), entity)});
                }
            }
            const bool last = page.size() < static_cast<std::size_t>(kPage);
            for (auto &record : page)
                visit(std::move(record));
            if (last)
                return;
        }
    }
    std::uint64_t lastLogCounter(sync::DeviceId device) override
    {
        return sqlops::lastLogCounter(m_s, device);
    }
    std::uint64_t
    removeLog(const std::vector<std::pair<std::string, std::string>> &records) override
    {
        // The keys go into a keyed temporary table, and the log is read once against it. (A
        // long `IN (VALUES …)` list costs SQLite 15 times as much: it scans the list per row.)
        if (records.empty())
            return 0;
        m_s.execute("CREATE TEMP TABLE IF NOT EXISTS retention_key (entity TEXT NOT NULL, "
                    "entity_id TEXT NOT NULL, PRIMARY KEY (entity, entity_id))");
        m_s.execute("DELETE FROM retention_key");
        db::Params keys;
        for (const auto &[entity, id] : records)
            keys.add(entity).add(id);
        m_s.insertRows("INSERT INTO retention_key(entity, entity_id) VALUES ", "($1, $2)", 2,
                       " ON CONFLICT DO NOTHING", keys);
        const std::uint64_t removed =
            m_s.execute("DELETE FROM log WHERE EXISTS (SELECT 1 FROM retention_key k "
                        "WHERE k.entity = log.entity AND k.entity_id = log.entity_id)");
        m_s.execute("DELETE FROM retention_key");
        return removed;
    }
    std::uint64_t auditBefore(std::int64_t cutoffMs, std::int64_t nowMs, bool remove) override
    {
        if (!remove) {
            auto row = m_s.query("SELECT count(*) FROM audit WHERE at_ms < $1",
                                 db::Params().add(cutoffMs));
            return row.next() ? row.count(0) : 0;
        }
        m_s.execute("INSERT INTO audit_cutoff(cutoff_ms, set_ms) VALUES ($1, $2)",
                    db::Params().add(cutoffMs).add(nowMs));
        return m_s.execute("DELETE FROM audit WHERE at_ms < $1", db::Params().add(cutoffMs));
    }
    std::uint64_t appendLog(const sync::Delta &delta, const std::string &unitId) override
    {
        return m_writes.appendLog(delta, unitId);
    }
    void saveRecord(const StoredRecord &record) override { m_writes.saveRecord(record); }
    void appendAudit(const AuditEntry &entry) override { m_writes.appendAudit(entry); }
    void flush() { m_writes.flush(); }

private:
    db::Session &m_s;
    SqlPushTransaction m_writes; // buffers the log rows, records and audit rows, as for a push
};

// The staff directory's writes: its rows get positions after every committed push.
class SqlDirectoryTransaction final : public DirectoryTransaction
{
public:
    explicit SqlDirectoryTransaction(db::Session &s) : m_s(s), m_writes(s, 0, sqlops::logHead(s), 0)
    {}

    std::vector<Staff> staff() override { return sqlops::staff(m_s); }
    std::vector<Unit> units() override { return sqlops::units(m_s); }
    std::uint64_t lastLogCounter(sync::DeviceId device) override
    {
        return sqlops::lastLogCounter(m_s, device);
    }
    PushTransaction &records() override { return m_writes; }
    void flush() { m_writes.flush(); }

private:
    db::Session &m_s;
    SqlPushTransaction m_writes; // buffers the log rows and records, as for a push
};

} // namespace

// Group commit. A push holds the log lock until its COMMIT is flushed to disk, so one push at a
// time would cost one disk flush each. Instead, pushes that arrive while a group is being written
// wait and then go together: the first of them leads, runs every waiting push (up to
// kMaxGroup) in one transaction, each in its own savepoint, and commits once. A push alone takes
// no savepoint (it cost a small push a fifth of its time on SQLite): its failure rolls back the
// whole transaction, which holds nothing else.
StorageResult<bool> SqlStorage::push(sync::DeviceId device,
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

void SqlStorage::runGroup(const std::vector<PendingPush *> &group)
{
    // A push alone needs no savepoint: its failure rolls the transaction back whole.
    const bool alone = group.size() == 1;
    const auto failed = run(Access::LogWrite, [&](db::Session &s) {
        auto head = sqlops::logHead(s);
        for (std::size_t i = 0; i < group.size(); ++i) {
            PendingPush &p = *group[i];
            p.error.reset();
            const std::uint64_t lastCounter = [&] {
                if (alone) {
                    auto counter = s.query(
                        "SELECT coalesce((SELECT last_counter FROM device WHERE id = $1), 0)",
                        db::Params().add(static_cast<std::uint64_t>(p.device)));
                    return counter.next() ? counter.count(0) : 0;
                }
                // The device id is a number, safe to write into the text; one round trip.
                auto counter =
                    s.script(std::string(i ? "RELEASE SAVEPOINT push; " : "") +
                             "SAVEPOINT push; SELECT coalesce((SELECT last_counter "
                             "FROM device WHERE id = " +
                             std::to_string(static_cast<std::uint64_t>(p.device)) + "), 0)");
                return counter.next() ? counter.count(0) : 0;
            }();
            SqlPushTransaction push(s, p.device, head, lastCounter);
            try {
                (*p.work)(push);
                push.flush();
                head = push.head();
            } catch (const std::exception &e) {
                if (alone || endsTransaction(e))
                    throw;
                s.execute("ROLLBACK TO SAVEPOINT push");
                p.error = failure(e);
            }
        }
    });
    if (failed)
        for (auto *p : group)
            p->error = failed;
}

StorageError SqlStorage::failure(const std::exception &e) const
{
    if (auto error = databaseError(e))
        return *error;
    if (dynamic_cast<const db::Damaged *>(&e))
        return {StorageError::Code::Corrupt, e.what()};
    return {StorageError::Code::Internal, e.what()};
}

StorageResult<bool> SqlStorage::retention(const std::function<void(RetentionTransaction &)> &work)
{
    auto done = in(Access::LogWrite, [&](db::Session &s) {
        SqlRetentionTransaction retention(s);
        work(retention);
        retention.flush();
        return true;
    });
    if (!done)
        return done;
    if (auto failed = afterRetention())
        return *failed;
    return true;
}

StorageResult<bool> SqlStorage::directory(const std::function<void(DirectoryTransaction &)> &work)
{
    return in(Access::LogWrite, [&](db::Session &s) {
        SqlDirectoryTransaction directory(s);
        work(directory);
        directory.flush();
        return true;
    });
}

} // namespace lykta::server
