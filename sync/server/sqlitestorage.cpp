#include "sqlitestorage.h"

#include "pulledrecords.h"
#include "sqlite.h"
#include "sqlite_migrations_sql.h"
#include "sqlitefile.h"
#include "sqliteschema.h"
#include "sqlitesession.h"
#include "sync/core/codec.h"
#include "sync/core/limits.h"
#include "sync/core/versionlist.h"
#include "sync/crypto/vault.h"
#include "sync/sqlite/migrations.h"

#include <algorithm>
#include <optional>
#include <stdexcept>
#include <unistd.h>

namespace lykta::server {

namespace {

// The server's own schema (not the client's), numbered SQL files in sql/sqlite.
static_assert(std::size(sql::kAll) == static_cast<std::size_t>(SqliteSchema::Current));
const sqlitedb::Migrations kMigrations(sql::kAll);

StorageError migrationError(const std::string &path, const sqlitedb::MigrationError &error)
{
    using Code = sqlitedb::MigrationError::Code;
    switch (error.code) {
    case Code::TooNew:
        return {StorageError::Code::TooNew,
                path + ": written by a newer lykta-server (" + error.detail +
                    "); nothing was changed. Run that version, or restore a backup."};
    case Code::TooOld:
    case Code::Corrupt:
        return {StorageError::Code::Corrupt, path + ": " + error.detail};
    case Code::BackupFailed:
    case Code::Failed:
        break;
    }
    return {StorageError::Code::Internal, path + ": " + error.detail + "; nothing was changed"};
}

StorageError toStorageError(const sqlite::Error &e)
{
    const int primary = e.code & 0xff;
    StorageError::Code code = StorageError::Code::Internal;
    if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED)
        code = StorageError::Code::Busy;
    else if (primary == SQLITE_CONSTRAINT)
        code = e.code == SQLITE_CONSTRAINT_FOREIGNKEY ? StorageError::Code::NotFound
                                                      : StorageError::Code::Conflict;
    else if (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB)
        code = StorageError::Code::Corrupt;
    return {code, e.what()};
}

std::string placeholders(std::size_t n, int first)
{
    std::string out;
    for (std::size_t i = 0; i < n; ++i)
        out += (i ? ", ?" : "?") + std::to_string(first + static_cast<int>(i));
    return out;
}

class SqlitePushTransaction : public PushTransaction
{
public:
    SqlitePushTransaction(sqlite::Db &db, sync::DeviceId device) : m_db(db), m_device(device) {}

    std::uint64_t lastCounter() override
    {
        auto &st = m_db.cached("SELECT last_counter FROM device WHERE id = ?1");
        st.bind(1, static_cast<std::int64_t>(m_device));
        return st.next() ? static_cast<std::uint64_t>(st.integer(0)) : 0;
    }
    void setLastCounter(std::uint64_t counter) override
    {
        auto &st = m_db.cached("UPDATE device SET last_counter = ?2 WHERE id = ?1");
        st.bind(1, static_cast<std::int64_t>(m_device)).bind(2, static_cast<std::int64_t>(counter));
        st.next();
    }
    PastOutcome pastOutcome(const sync::DeltaId &id) override
    {
        PastOutcome out;
        auto &log = m_db.cached("SELECT seq FROM log WHERE device = ?1 AND counter = ?2");
        log.bind(1, static_cast<std::int64_t>(id.device))
            .bind(2, static_cast<std::int64_t>(id.counter));
        if (log.next()) {
            out.acceptedSeq = static_cast<std::uint64_t>(log.integer(0));
            return out;
        }
        auto &rej = m_db.cached("SELECT reason, detail, entity, entity_id, field, current "
                                "FROM rejection WHERE device = ?1 AND counter = ?2");
        rej.bind(1, static_cast<std::int64_t>(id.device))
            .bind(2, static_cast<std::int64_t>(id.counter));
        if (!rej.next())
            return out;
        out.rejection = sync::Rejection{id, static_cast<sync::RejectReason>(rej.integer(0)),
                                        std::string(rej.text(1)), std::nullopt};
        if (rej.isNull(2))
            return out;
        out.refused = RefusedField{std::string(rej.text(2)), std::string(rej.text(3)),
                                   std::string(rej.text(4))};
        if (!rej.isNull(5)) {
            out.rejection->current =
                decodeCurrent(rej.blob(5), out.refused->entity, out.refused->id);
            if (!out.rejection->current)
                throw sqlite::Error(SQLITE_CORRUPT, "damaged rejection");
        }
        return out;
    }
    std::optional<StoredRecord> loadRecord(const std::string &entity,
                                           const std::string &id) override
    {
        auto &st = m_db.cached("SELECT unit_id, last_seq, state FROM record "
                               "WHERE entity = ?1 AND entity_id = ?2");
        st.bind(1, std::string_view(entity)).bind(2, std::string_view(id));
        if (!st.next())
            return std::nullopt;
        auto state = RecordState::decode(st.blob(2));
        if (!state)
            throw sqlite::Error(SQLITE_CORRUPT, "damaged record state: " + entity);
        return StoredRecord{entity, id, std::string(st.text(0)),
                            static_cast<std::uint64_t>(st.integer(1)), std::move(*state)};
    }
    void saveRecord(const StoredRecord &r) override
    {
        auto &st = m_db.cached("INSERT OR REPLACE INTO record(entity, entity_id, unit_id, "
                               "last_seq, state) VALUES (?1, ?2, ?3, ?4, ?5)");
        st.bind(1, std::string_view(r.entity))
            .bind(2, std::string_view(r.id))
            .bind(3, std::string_view(r.unitId))
            .bind(4, static_cast<std::int64_t>(r.lastSeq))
            .bindBlob(5, r.state.encode());
        st.next();
    }
    std::uint64_t appendLog(const sync::Delta &d, const std::string &unitId) override
    {
        auto &st = m_db.cached("INSERT INTO log(unit_id, device, counter, entity, entity_id, "
                               "field, value, hlc, author, base_hlc, base_device, seen) VALUES "
                               "(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)");
        st.bind(1, std::string_view(unitId))
            .bind(2, static_cast<std::int64_t>(d.id.device))
            .bind(3, static_cast<std::int64_t>(d.id.counter))
            .bind(4, std::string_view(d.entity))
            .bind(5, std::string_view(d.entityId))
            .bind(6, std::string_view(d.field))
            .bind(7, d.value)
            .bind(8, d.hlc.packedTime())
            .bind(9, std::string_view(d.author))
            .bind(10, d.base.packedTime())
            .bind(11, static_cast<std::int64_t>(d.base.device));
        if (d.seen.empty())
            st.bindNull(12);
        else
            st.bindBlob(12, sync::encodeVersions(d.seen));
        st.next();
        return static_cast<std::uint64_t>(sqlite3_last_insert_rowid(m_db.handle()));
    }
    void recordRejection(const sync::Rejection &r, const sync::Delta &refused) override
    {
        auto &st = m_db.cached("INSERT OR REPLACE INTO rejection(device, counter, reason, detail, "
                               "entity, entity_id, field, current) VALUES (?1, ?2, ?3, ?4, ?5, "
                               "?6, ?7, ?8)");
        st.bind(1, static_cast<std::int64_t>(r.id.device))
            .bind(2, static_cast<std::int64_t>(r.id.counter))
            .bind(3, static_cast<std::int64_t>(r.reason))
            .bind(4, std::string_view(r.detail))
            .bind(5, std::string_view(refused.entity))
            .bind(6, std::string_view(refused.entityId))
            .bind(7, std::string_view(refused.field));
        if (r.current)
            st.bindBlob(8, encodeCurrent(*r.current));
        else
            st.bindNull(8);
        st.next();
    }
    void appendAudit(const AuditEntry &entry) override
    {
        SqliteSession session(m_db);
        sqlops::insertAudit(session, {entry});
    }
    std::optional<StaffRole> staffRole(const std::string &staffId) override
    {
        auto &st = m_db.cached("SELECT role FROM staff WHERE id = ?1");
        st.bind(1, std::string_view(staffId));
        std::optional<StaffRole> role;
        if (st.next())
            role = staffRoleFromString(st.text(0)).value_or(StaffRole::Staff);
        st.reset();
        return role;
    }

private:
    sqlite::Db &m_db;
    sync::DeviceId m_device;
};

class SqliteDirectoryTransaction : public DirectoryTransaction
{
public:
    explicit SqliteDirectoryTransaction(sqlite::Db &db) : m_db(db), m_push(db, 0) {}

    std::vector<Staff> staff() override
    {
        SqliteSession session(m_db);
        return sqlops::staff(session);
    }
    std::vector<Unit> units() override
    {
        SqliteSession session(m_db);
        return sqlops::units(session);
    }
    std::uint64_t lastLogCounter(sync::DeviceId device) override
    {
        SqliteSession session(m_db);
        return sqlops::lastLogCounter(session, device);
    }
    PushTransaction &records() override { return m_push; }

private:
    sqlite::Db &m_db;
    SqlitePushTransaction m_push; // its log and record writes
};

class SqliteRetentionTransaction : public RetentionTransaction
{
public:
    explicit SqliteRetentionTransaction(sqlite::Db &db) : m_db(db), m_push(db, 0) {}

    void forEachRecord(const std::function<void(StoredRecord &&)> &visit) override
    {
        auto &st = m_db.cached("SELECT entity, entity_id, unit_id, last_seq, state FROM record");
        while (st.next()) {
            auto state = RecordState::decode(st.blob(4));
            if (!state)
                throw sqlite::Error(SQLITE_CORRUPT,
                                    "damaged record state: " + std::string(st.text(0)));
            visit(StoredRecord{std::string(st.text(0)), std::string(st.text(1)),
                               std::string(st.text(2)), static_cast<std::uint64_t>(st.integer(3)),
                               std::move(*state)});
        }
        st.reset();
    }
    std::uint64_t lastLogCounter(sync::DeviceId device) override
    {
        SqliteSession session(m_db);
        return sqlops::lastLogCounter(session, device);
    }
    std::uint64_t
    removeLog(const std::vector<std::pair<std::string, std::string>> &records) override
    {
        // One pass over the log for the whole set, not one per record.
        m_db.exec("CREATE TEMP TABLE IF NOT EXISTS retention_key (entity TEXT, entity_id TEXT, "
                  "PRIMARY KEY (entity, entity_id)) WITHOUT ROWID");
        m_db.exec("DELETE FROM temp.retention_key");
        auto &key = m_db.cached(
            "INSERT OR IGNORE INTO temp.retention_key(entity, entity_id) VALUES (?1, ?2)");
        for (const auto &[entity, id] : records) {
            key.bind(1, std::string_view(entity)).bind(2, std::string_view(id));
            key.next();
            key.reset();
        }
        m_db.exec("DELETE FROM log WHERE EXISTS (SELECT 1 FROM temp.retention_key k "
                  "WHERE k.entity = log.entity AND k.entity_id = log.entity_id)");
        const auto removed = static_cast<std::uint64_t>(sqlite3_changes(m_db.handle()));
        m_db.exec("DELETE FROM temp.retention_key");
        return removed;
    }
    std::uint64_t auditBefore(std::int64_t cutoffMs, std::int64_t nowMs, bool remove) override
    {
        if (!remove) {
            auto &count = m_db.cached("SELECT count(*) FROM audit WHERE at_ms < ?1");
            count.bind(1, cutoffMs);
            count.next();
            const auto n = static_cast<std::uint64_t>(count.integer(0));
            count.reset();
            return n;
        }
        auto &cut = m_db.cached("INSERT INTO audit_cutoff(cutoff_ms, set_ms) VALUES (?1, ?2)");
        cut.bind(1, cutoffMs).bind(2, nowMs);
        cut.next();
        auto &del = m_db.cached("DELETE FROM audit WHERE at_ms < ?1");
        del.bind(1, cutoffMs);
        del.next();
        return static_cast<std::uint64_t>(sqlite3_changes(m_db.handle()));
    }
    std::uint64_t appendLog(const sync::Delta &delta, const std::string &unitId) override
    {
        return m_push.appendLog(delta, unitId);
    }
    void saveRecord(const StoredRecord &record) override { m_push.saveRecord(record); }
    void appendAudit(const AuditEntry &entry) override
    {
        SqliteSession session(m_db);
        sqlops::insertAudit(session, {entry});
    }

private:
    sqlite::Db &m_db;
    SqlitePushTransaction m_push; // its log and record writes
};

} // namespace

SqliteStorage::SqliteStorage(std::unique_ptr<crypto::Vault> vault, std::unique_ptr<sqlite::Db> db)
    : m_vault(std::move(vault)), m_db(std::move(db))
{}
SqliteStorage::~SqliteStorage() = default;

template <class F>
auto SqliteStorage::guarded(F &&f) -> StorageResult<decltype(f())>
{
    std::lock_guard lock(m_mutex);
    struct ResetAll
    {
        sqlite::Db &db;
        ~ResetAll() { db.resetAll(); }
    } resetAll{*m_db};
    try {
        return f();
    } catch (const sqlite::Error &e) {
        return toStorageError(e);
    } catch (const db::Damaged &e) {
        return StorageError{StorageError::Code::Corrupt, e.what()};
    }
}

std::optional<StorageError> SqliteStorage::run(Access access,
                                               const std::function<void(db::Session &)> &work)
{
    auto done = guarded([&] {
        SqliteSession session(*m_db);
        if (access == Access::Statement) {
            work(session);
            return true;
        }
        sqlite::Transaction tx(*m_db, access == Access::Write);
        work(session);
        tx.commit();
        return true;
    });
    if (!done)
        return done.error();
    return std::nullopt;
}

namespace {

// The page size the encrypting VFS seals (docs/encryption.md); SQLite's default, set anyway.
constexpr int kPageSize = 4096;

StorageError keyError(const std::string &path, const std::string &why)
{
    return {StorageError::Code::Internal, path + ": " + why + "; nothing was changed"};
}

// Refuses a file the key (or its absence) does not fit before a read-write connection opens it:
// one that cannot read the WAL's frames would checkpoint none of them and delete the WAL.
std::optional<StorageError> refuseMismatch(const std::string &path, const crypto::Vault *vault)
{
    const auto format = sqlitefile::format(path);
    if (format == sqlitefile::Format::Plain && vault)
        return keyError(path, "a plaintext database, so it takes no --db-key-file (lykta-server "
                              "admin encrypt writes an encrypted copy)");
    if (format == sqlitefile::Format::Other && !vault)
        return keyError(path, "not a plaintext SQLite database: an encrypted one opens only "
                              "with its --db-key-file");
    if (format == sqlitefile::Format::Other && vault) {
        try {
            // A WAL frame that does not open during recovery reads as a torn write: with the
            // wrong key a database held only in its WAL looks empty, never as our schema.
            sqlite::Db probe(path, SQLITE_OPEN_READONLY, vault->vfsName());
            sqlite::Stmt tables(probe.handle(), "SELECT count(*) FROM sqlite_schema");
            if (!tables.next() || tables.integer(0) == 0)
                throw sqlite::Error(SQLITE_NOTADB, "no schema");
        } catch (const sqlite::Error &) {
            return keyError(path, "cannot be decrypted with this key (it was written with "
                                  "another key, or the file is damaged)");
        }
    }
    return std::nullopt;
}

} // namespace

StorageResult<std::unique_ptr<SqliteStorage>> SqliteStorage::open(const std::string &path)
{
    return open(path, nullptr);
}

StorageResult<std::unique_ptr<SqliteStorage>>
SqliteStorage::open(const std::string &path, std::unique_ptr<crypto::Vault> vault)
{
    try {
        if (auto refused = refuseMismatch(path, vault.get()))
            return *refused;
        if (!sqlitefile::createPrivate(path))
            return StorageError{StorageError::Code::Internal, path + ": cannot create the file"};
        auto db = std::make_unique<sqlite::Db>(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                                               vault ? vault->vfsName() : std::string());
        sqlitefile::makePrivate(path);
        db->exec("PRAGMA page_size = " + std::to_string(kPageSize));
        // Deleted rows and replaced record states are overwritten with zeros, not left in free
        // pages where a copy of the file (or the key, for an encrypted one) would show them.
        db->exec("PRAGMA secure_delete = ON");
        db->exec("PRAGMA foreign_keys = ON");
        // Only reads until the file is known not to be too new: a refused file stays as it was.
        const auto version = kMigrations.check(db->handle());
        if (!version)
            return migrationError(path, version.error());
        {
            auto &check = db->cached("PRAGMA quick_check");
            if (!check.next() || check.text(0) != "ok")
                return StorageError{StorageError::Code::Corrupt, path + ": quick_check failed"};
            check.reset();
        }
        db->exec("PRAGMA journal_mode = WAL");
        db->exec("PRAGMA synchronous = FULL");
        // An older file is checked whole and copied beside itself (encrypted like it) first.
        const auto migrated =
            kMigrations.migrate(db->handle(), *version, sqlitedb::backupPathFor(path, *version),
                                vault ? vault->vfsName() : std::string());
        if (!migrated)
            return migrationError(path, migrated.error());
        return std::unique_ptr<SqliteStorage>(new SqliteStorage(std::move(vault), std::move(db)));
    } catch (const sqlite::Error &e) {
        return toStorageError(e);
    }
}

StorageResult<std::vector<AuditEntry>>
SqliteStorage::auditFor(const std::vector<std::string> &subjects)
{
    return guarded([&] {
        const PulledRecords::Subjects wanted(subjects.begin(), subjects.end());
        constexpr std::string_view kColumns =
            "SELECT seq, at_ms, request_id, device, staff_id, unit_id, action, entity, subject, "
            "device_ms, device_seq, records FROM audit ";
        const auto read = [](sqlite::Stmt &st) {
            return AuditEntry{st.integer(0),
                              st.integer(1),
                              std::string(st.text(2)),
                              static_cast<sync::DeviceId>(st.integer(3)),
                              std::string(st.text(4)),
                              std::string(st.text(5)),
                              std::string(st.text(6)),
                              std::string(st.text(7)),
                              std::string(st.text(8)),
                              st.isNull(9) ? 0 : st.integer(9),
                              st.isNull(10) ? 0 : static_cast<std::uint64_t>(st.integer(10))};
        };
        std::vector<AuditEntry> out;
        // Each subject's own rows (by index), then one scan of the pull rows: a pull is decoded
        // (and matched exactly by PulledRecords::expand) only when its packed records hold the
        // bytes of one of the subjects.
        auto &own = m_db->cached(std::string(kColumns) + "WHERE subject = ?1 AND records IS NULL");
        for (const std::string &subject : wanted) {
            own.bind(1, std::string_view(subject));
            while (own.next())
                out.push_back(read(own));
            own.reset();
        }
        auto &pulls = m_db->cached(std::string(kColumns) + "WHERE records IS NOT NULL");
        while (pulls.next()) {
            const auto records = pulls.blob(11);
            if (!PulledRecords::mayHold(records, wanted))
                continue;
            if (!PulledRecords::expand(read(pulls), records, wanted, out))
                throw sqlite::Error(SQLITE_CORRUPT, "a pull's audit row is damaged");
        }
        std::stable_sort(out.begin(), out.end(),
                         [](const AuditEntry &a, const AuditEntry &b) { return a.seq < b.seq; });
        return out;
    });
}

StorageResult<std::vector<std::string>> SqliteStorage::recordsAbout(const std::string &subject,
                                                                    const std::string &unit)
{
    return guarded([&] {
        // The terms on `field` are log_reference's, so the recursion reads that index.
        auto &st = m_db->cached(
            "WITH RECURSIVE about(id) AS (SELECT ?1 UNION SELECT l.entity_id FROM about "
            "JOIN log l ON l.value = about.id WHERE l.field GLOB '*_id' AND l.field <> 'unit_id' "
            "AND l.unit_id = ?2) SELECT id FROM about");
        st.bind(1, std::string_view(subject)).bind(2, std::string_view(unit));
        std::vector<std::string> ids;
        while (st.next())
            ids.push_back(std::string(st.text(0)));
        st.reset();
        return ids;
    });
}

StorageResult<bool> SqliteStorage::push(sync::DeviceId device,
                                        const std::function<void(PushTransaction &)> &work)
{
    return guarded([&] {
        sqlite::Transaction tx(*m_db);
        SqlitePushTransaction push(*m_db, device);
        work(push);
        tx.commit();
        return true;
    });
}

StorageResult<LogPage> SqliteStorage::pullLog(const std::vector<std::string> &units,
                                              sync::DeviceId exclude, std::uint64_t since,
                                              std::uint32_t limit, std::uint64_t maxBytes)
{
    return guarded([&] {
        LogPage page;
        PageBudget budget(limit, maxBytes);
        sqlite::Transaction tx(*m_db, false); // one snapshot: rows and high-water mark agree
        auto &hw = m_db->cached("SELECT coalesce(max(seq), 0) FROM log");
        hw.next();
        const auto highWater = static_cast<std::uint64_t>(hw.integer(0));
        hw.reset();
        if (!units.empty() && since < highWater) {
            auto &st = m_db->cached(
                "SELECT seq, device, counter, entity, entity_id, field, value, hlc, author, "
                "base_hlc, base_device, unit_id, seen FROM log WHERE seq > ?1 AND device != ?2 "
                "AND "
                "unit_id IN "
                "(" +
                placeholders(units.size(), 4) + ") ORDER BY seq LIMIT ?3");
            st.bind(1, static_cast<std::int64_t>(since))
                .bind(2, static_cast<std::int64_t>(exclude))
                .bind(3, static_cast<std::int64_t>(limit) + 1);
            for (std::size_t i = 0; i < units.size(); ++i)
                st.bind(4 + static_cast<int>(i), std::string_view(units[i]));
            while (st.next()) {
                const auto device = static_cast<sync::DeviceId>(st.integer(1));
                LogEntry entry{static_cast<std::uint64_t>(st.integer(0)),
                               std::string(st.text(11)),
                               {{device, static_cast<std::uint64_t>(st.integer(2))},
                                std::string(st.text(3)),
                                std::string(st.text(4)),
                                std::string(st.text(5)),
                                st.value(6),
                                sync::Hlc::fromPacked(st.integer(7), device),
                                std::string(st.text(8)),
                                sync::Hlc::fromPacked(
                                    st.integer(9), static_cast<sync::DeviceId>(st.integer(10)))}};
                if (!st.isNull(12)) {
                    auto seen = sync::decodeVersions(st.blob(12));
                    if (!seen)
                        throw sqlite::Error(SQLITE_CORRUPT, "a log row's seen list is damaged");
                    entry.delta.seen = std::move(*seen);
                }
                // Rows are read one at a time, so the page stops at the budget exactly.
                if (!budget.take(sync::encodedBytes(entry.delta)))
                    break;
                page.entries.push_back(std::move(entry));
            }
            st.reset();
        }
        finishLogPage(page, budget.full(), highWater, since);
        tx.commit();
        return page;
    });
}

StorageResult<RecordPage> SqliteStorage::changedRecords(const std::string &unit,
                                                        const std::vector<std::string> &entities,
                                                        std::uint64_t since, std::uint32_t limit,
                                                        std::uint64_t maxBytes)
{
    return guarded([&] {
        RecordPage page;
        sqlite::Transaction tx(*m_db, false);
        auto &hw = m_db->cached("SELECT coalesce(max(seq), 0) FROM log");
        hw.next();
        page.highWater = static_cast<std::uint64_t>(hw.integer(0));
        hw.reset();
        auto &st = m_db->cached("SELECT entity, entity_id, last_seq, state FROM record "
                                "WHERE unit_id = ?1 AND last_seq > ?2 AND entity IN (" +
                                placeholders(entities.size(), 4) + ") ORDER BY last_seq LIMIT ?3");
        st.bind(1, std::string_view(unit))
            .bind(2, static_cast<std::int64_t>(since))
            .bind(3, static_cast<std::int64_t>(limit) + 1);
        for (std::size_t i = 0; i < entities.size(); ++i)
            st.bind(4 + static_cast<int>(i), std::string_view(entities[i]));
        PageBudget budget(limit, maxBytes);
        while (st.next()) {
            const std::string_view blob = st.blob(3);
            if (!budget.take(blob.size()))
                break;
            auto state = RecordState::decode(blob);
            if (!state)
                throw sqlite::Error(SQLITE_CORRUPT, "damaged record state");
            page.records.push_back({std::string(st.text(0)), std::string(st.text(1)), unit,
                                    static_cast<std::uint64_t>(st.integer(2)), std::move(*state)});
        }
        st.reset();
        page.hasMore = budget.full();
        tx.commit();
        return page;
    });
}

StorageResult<bool>
SqliteStorage::retention(const std::function<void(RetentionTransaction &)> &work)
{
    return guarded([&] {
        // secure_delete (always on) zeroes what is deleted; the checkpoint then moves the pages
        // out of the WAL and truncates it.
        {
            sqlite::Transaction tx(*m_db);
            SqliteRetentionTransaction retention(*m_db);
            work(retention);
            tx.commit();
        }
        m_db->resetAll();
        m_db->exec("PRAGMA wal_checkpoint(TRUNCATE)");
        return true;
    });
}

StorageResult<bool>
SqliteStorage::directory(const std::function<void(DirectoryTransaction &)> &work)
{
    return guarded([&] {
        sqlite::Transaction tx(*m_db);
        SqliteDirectoryTransaction directory(*m_db);
        work(directory);
        tx.commit();
        return true;
    });
}

StorageResult<bool> SqliteStorage::copyTo(const std::string &path, const crypto::Vault *vault)
{
    std::lock_guard lock(m_mutex);
    if (sqlitefile::format(path) != sqlitefile::Format::Missing)
        return StorageError{StorageError::Code::Conflict,
                            path + " already exists; the copy goes to a new file"};
    const auto discard = [&path] {
        for (const char *suffix : {"", "-wal", "-shm", "-journal"})
            ::unlink((path + suffix).c_str());
    };
    try {
        if (vault) {
            sqlite::Stmt size(m_db->handle(), "PRAGMA page_size");
            if (!size.next() || size.integer(0) != kPageSize)
                return StorageError{StorageError::Code::Internal,
                                    "the database's pages are not 4096 bytes, which encryption "
                                    "needs (run VACUUM after PRAGMA journal_mode = DELETE and "
                                    "PRAGMA page_size = 4096 first)"};
        }
        if (!sqlitefile::createPrivate(path))
            return StorageError{StorageError::Code::Internal, path + ": cannot create the file"};
        sqlite::Db copy(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                        vault ? vault->vfsName() : std::string());
        copy.exec("PRAGMA page_size = " + std::to_string(kPageSize));
        // One step copies a consistent snapshot; m_mutex keeps this process's writers out.
        sqlite3_backup *backup = sqlite3_backup_init(copy.handle(), "main", m_db->handle(), "main");
        if (!backup)
            throw sqlite::Error(sqlite3_errcode(copy.handle()), sqlite3_errmsg(copy.handle()));
        const int step = sqlite3_backup_step(backup, -1);
        const int finish = sqlite3_backup_finish(backup);
        if (step != SQLITE_DONE || finish != SQLITE_OK)
            throw sqlite::Error(finish != SQLITE_OK ? finish : step,
                                path + ": the copy failed: " + sqlite3_errmsg(copy.handle()));
        copy.exec("PRAGMA journal_mode = WAL");
        sqlite::Stmt check(copy.handle(), "PRAGMA integrity_check");
        if (!check.next() || check.text(0) != "ok") {
            discard();
            return StorageError{StorageError::Code::Corrupt,
                                path + ": the copy failed its integrity check; removed"};
        }
        return true;
    } catch (const sqlite::Error &e) {
        discard();
        return toStorageError(e);
    }
}

} // namespace lykta::server
