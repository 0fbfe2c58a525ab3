#include "sqlitestorage.h"

#include "pulledrecords.h"
#include "sqlite.h"
#include "sqlitefile.h"
#include "sync/core/codec.h"
#include "sync/core/limits.h"
#include "sync/core/versionlist.h"
#include "sync/crypto/vault.h"

#include <algorithm>
#include <optional>
#include <stdexcept>
#include <unistd.h>

namespace lykta::server {

namespace {

// 1: units, staff, devices, codes, the log, records, audit. 2: staff roles. 3: retention.
// 4: log.seen, the versions a conflict resolution replaced (sync::encodeVersions; NULL: none).
// 5: the audit log's compact pull rows and the tablets' uploaded entries (kSchemaAudit).
// 6: the full-pull throttle's state per device (SyncService::pull), shared by every server on
//    this database.
// 7: what a refused delta named and the `current` answered, kept with the refusal.
// 8: the log's references indexed (kSchemaReferences), for recordsAbout.
constexpr int kSchemaVersion = 8;

// The server's own schema (not the client's): SQL stays in this backend.
constexpr std::string_view kSchema = R"sql(
CREATE TABLE unit (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL
);
CREATE TABLE staff (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL
);
CREATE TABLE staff_unit (
    staff_id TEXT NOT NULL REFERENCES staff,
    unit_id TEXT NOT NULL REFERENCES unit,
    PRIMARY KEY (staff_id, unit_id)
) WITHOUT ROWID;
CREATE TABLE enrollment_code (
    id TEXT PRIMARY KEY,
    secret_hash TEXT NOT NULL,                 -- Argon2id; the secret itself is never stored
    kind TEXT NOT NULL CHECK (kind IN ('staff', 'kiosk')),
    staff_id TEXT REFERENCES staff,
    unit_id TEXT REFERENCES unit,
    created_ms INTEGER NOT NULL,
    expires_ms INTEGER NOT NULL,
    used_ms INTEGER,
    failed_attempts INTEGER NOT NULL DEFAULT 0,
    device INTEGER
);
CREATE TABLE device (
    id INTEGER PRIMARY KEY,                    -- the tablet store's device id
    token_hash BLOB NOT NULL UNIQUE,           -- BLAKE2b-256 of the token; never the token
    kind TEXT NOT NULL CHECK (kind IN ('staff', 'kiosk')),
    staff_id TEXT REFERENCES staff,
    unit_id TEXT REFERENCES unit,
    name TEXT NOT NULL DEFAULT '',
    enrolled_ms INTEGER NOT NULL,
    revoked_ms INTEGER,
    last_counter INTEGER NOT NULL DEFAULT 0    -- highest delta counter processed
);
-- Every accepted delta in server order; seq is the pull cursor. hlc's device is `device`.
CREATE TABLE log (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    unit_id TEXT NOT NULL,
    device INTEGER NOT NULL,
    counter INTEGER NOT NULL,
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    field TEXT NOT NULL,
    value,
    hlc INTEGER NOT NULL,
    author TEXT NOT NULL,
    base_hlc INTEGER NOT NULL,
    base_device INTEGER NOT NULL,
    UNIQUE (device, counter)
);
CREATE INDEX log_scope ON log(unit_id, seq);
-- The merged state of each record, what pushes merge against.
CREATE TABLE record (
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    unit_id TEXT NOT NULL,
    last_seq INTEGER NOT NULL,
    state BLOB NOT NULL,
    PRIMARY KEY (entity, entity_id)
) WITHOUT ROWID;
CREATE INDEX record_scope ON record(unit_id, last_seq);
CREATE TABLE rejection (
    device INTEGER NOT NULL,
    counter INTEGER NOT NULL,
    reason INTEGER NOT NULL,
    detail TEXT NOT NULL,
    PRIMARY KEY (device, counter)
) WITHOUT ROWID;
CREATE TABLE audit (
    seq INTEGER PRIMARY KEY,
    at_ms INTEGER NOT NULL,
    request_id TEXT NOT NULL,
    device INTEGER NOT NULL,
    staff_id TEXT,
    unit_id TEXT,
    action TEXT NOT NULL,
    entity TEXT NOT NULL,
    subject TEXT NOT NULL
);
CREATE INDEX audit_subject ON audit(subject);
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
BEGIN SELECT RAISE(ABORT, 'lykta:audit-append-only'); END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
BEGIN SELECT RAISE(ABORT, 'lykta:audit-append-only'); END;
CREATE TRIGGER log_no_update BEFORE UPDATE ON log
BEGIN SELECT RAISE(ABORT, 'lykta:log-append-only'); END;
)sql";

// Version 2: a staff member's role (staff, manager, content); everyone is staff until told.
constexpr std::string_view kStaffRoleMigration = R"sql(
ALTER TABLE staff ADD COLUMN role TEXT NOT NULL DEFAULT 'staff'
    CHECK (role IN ('staff', 'manager', 'content'));
)sql";

// Schema 3: how long each retention type is kept, where an organisation has set it (types
// without a row keep retention.cpp's default), and the audit log's retention: its rows stay
// undeletable except those written before the latest cut-off the retention job recorded.
constexpr std::string_view kSchemaRetention = R"sql(
CREATE TABLE retention_rule (
    type TEXT PRIMARY KEY,
    years INTEGER CHECK (years IS NULL OR years > 0), -- NULL: kept permanently
    set_ms INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE audit_cutoff (
    cutoff_ms INTEGER NOT NULL, -- audit rows with at_ms below this may be deleted
    set_ms INTEGER NOT NULL
);
CREATE TRIGGER audit_cutoff_append_only BEFORE UPDATE ON audit_cutoff
BEGIN SELECT RAISE(ABORT, 'lykta:audit-append-only'); END;
CREATE TRIGGER audit_cutoff_no_delete BEFORE DELETE ON audit_cutoff
BEGIN SELECT RAISE(ABORT, 'lykta:audit-append-only'); END;
DROP TRIGGER audit_no_delete;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
WHEN OLD.at_ms >= (SELECT coalesce(max(cutoff_ms), 0) FROM audit_cutoff)
BEGIN SELECT RAISE(ABORT, 'lykta:audit-append-only'); END;
)sql";

// Schema 5: a pull writes one audit row naming every record it handed out (`records`,
// PulledRecords) instead of a row per record; an entry a tablet uploaded keeps its time on the
// device and its sequence number there, unique per device, so an upload repeated after a lost
// answer adds nothing. The append-only triggers and retention's cut-off cover these rows too.
constexpr std::string_view kSchemaAudit = R"sql(
ALTER TABLE audit ADD COLUMN records BLOB;
ALTER TABLE audit ADD COLUMN device_ms INTEGER;
ALTER TABLE audit ADD COLUMN device_seq INTEGER;
CREATE UNIQUE INDEX audit_device_entry ON audit(device, device_seq) WHERE device_seq IS NOT NULL;
)sql";

// Schema 7: the entity, id and field a refused delta named and the `current` delta answered
// (encodeCurrent; NULL: none), so a replay of its id is answered from them and a replay that
// names another record is refused. NULL entity: refused before this was kept.
constexpr std::string_view kSchemaRefusedField = R"sql(
ALTER TABLE rejection ADD COLUMN entity TEXT;
ALTER TABLE rejection ADD COLUMN entity_id TEXT;
ALTER TABLE rejection ADD COLUMN field TEXT;
ALTER TABLE rejection ADD COLUMN current BLOB;
)sql";

// Schema 8: the log's references (the values of fields named *_id, unit_id aside), indexed so
// the manager's extract finds the records about a child or family (recordsAbout) without
// scanning the log. recordsAbout repeats these terms: SQLite uses a partial index only then.
constexpr std::string_view kSchemaReferences = R"sql(
CREATE INDEX log_reference ON log(value, unit_id, entity_id)
    WHERE field GLOB '*_id' AND field <> 'unit_id';
)sql";

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

DeviceKind kindFromText(std::string_view text)
{
    return text == "kiosk" ? DeviceKind::Kiosk : DeviceKind::Staff;
}

void bindOptional(sqlite::Stmt &st, int index, const std::string &text)
{
    if (text.empty())
        st.bindNull(index);
    else
        st.bind(index, std::string_view(text));
}

Device readDevice(sqlite::Stmt &st)
{
    // id, kind, staff_id, unit_id, name, enrolled_ms, revoked_ms, last_counter
    Device d;
    d.id = static_cast<sync::DeviceId>(st.integer(0));
    d.kind = kindFromText(st.text(1));
    d.staffId = st.text(2);
    d.unitId = st.text(3);
    d.name = st.text(4);
    d.enrolledMs = st.integer(5);
    if (!st.isNull(6))
        d.revokedMs = st.integer(6);
    d.lastCounter = static_cast<std::uint64_t>(st.integer(7));
    return d;
}

constexpr std::string_view kDeviceColumns =
    "id, kind, staff_id, unit_id, name, enrolled_ms, revoked_ms, last_counter";

void insertAudit(sqlite::Db &db, const AuditEntry &e)
{
    // OR IGNORE: a tablet's entry stored before (audit_device_entry) is not stored again.
    auto &st = db.cached("INSERT OR IGNORE INTO audit(at_ms, request_id, device, staff_id, "
                         "unit_id, action, entity, subject, records, device_ms, device_seq) "
                         "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
    st.bind(1, e.atMs)
        .bind(2, std::string_view(e.requestId))
        .bind(3, static_cast<std::int64_t>(e.device));
    bindOptional(st, 4, e.staffId);
    bindOptional(st, 5, e.unitId);
    st.bind(6, std::string_view(e.action))
        .bind(7, std::string_view(e.entity))
        .bind(8, std::string_view(e.subject));
    if (e.records.empty())
        st.bindNull(9);
    else
        st.bindBlob(9, e.records);
    if (e.deviceSeq) {
        st.bind(10, e.deviceMs).bind(11, static_cast<std::int64_t>(e.deviceSeq));
    } else {
        st.bindNull(10);
        st.bindNull(11);
    }
    st.step();
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
        return st.step() ? static_cast<std::uint64_t>(st.integer(0)) : 0;
    }
    void setLastCounter(std::uint64_t counter) override
    {
        auto &st = m_db.cached("UPDATE device SET last_counter = ?2 WHERE id = ?1");
        st.bind(1, static_cast<std::int64_t>(m_device)).bind(2, static_cast<std::int64_t>(counter));
        st.step();
    }
    PastOutcome pastOutcome(const sync::DeltaId &id) override
    {
        PastOutcome out;
        auto &log = m_db.cached("SELECT seq FROM log WHERE device = ?1 AND counter = ?2");
        log.bind(1, static_cast<std::int64_t>(id.device))
            .bind(2, static_cast<std::int64_t>(id.counter));
        if (log.step()) {
            out.acceptedSeq = static_cast<std::uint64_t>(log.integer(0));
            return out;
        }
        auto &rej = m_db.cached("SELECT reason, detail, entity, entity_id, field, current "
                                "FROM rejection WHERE device = ?1 AND counter = ?2");
        rej.bind(1, static_cast<std::int64_t>(id.device))
            .bind(2, static_cast<std::int64_t>(id.counter));
        if (!rej.step())
            return out;
        out.rejection = sync::Rejection{id, static_cast<sync::RejectReason>(rej.integer(0)),
                                        rej.text(1), std::nullopt};
        if (rej.isNull(2))
            return out;
        out.refused = RefusedField{rej.text(2), rej.text(3), rej.text(4)};
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
        if (!st.step())
            return std::nullopt;
        auto state = RecordState::decode(st.blob(2));
        if (!state)
            throw sqlite::Error(SQLITE_CORRUPT, "damaged record state: " + entity);
        return StoredRecord{entity, id, st.text(0), static_cast<std::uint64_t>(st.integer(1)),
                            std::move(*state)};
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
        st.step();
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
        st.step();
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
        st.step();
    }
    void appendAudit(const AuditEntry &entry) override { insertAudit(m_db, entry); }
    std::optional<StaffRole> staffRole(const std::string &staffId) override
    {
        auto &st = m_db.cached("SELECT role FROM staff WHERE id = ?1");
        st.bind(1, std::string_view(staffId));
        std::optional<StaffRole> role;
        if (st.step())
            role = staffRoleFromString(st.text(0)).value_or(StaffRole::Staff);
        st.reset();
        return role;
    }

private:
    sqlite::Db &m_db;
    sync::DeviceId m_device;
};

std::vector<Staff> readStaff(sqlite::Db &db)
{
    std::vector<Staff> out;
    auto &st = db.cached("SELECT s.id, s.name, s.role, su.unit_id FROM staff s "
                         "LEFT JOIN staff_unit su ON su.staff_id = s.id "
                         "ORDER BY s.name, s.id, su.unit_id");
    while (st.step()) {
        if (out.empty() || out.back().id != st.text(0))
            out.push_back({st.text(0),
                           st.text(1),
                           {},
                           staffRoleFromString(st.text(2)).value_or(StaffRole::Staff)});
        if (!st.isNull(3))
            out.back().units.push_back(st.text(3));
    }
    st.reset();
    return out;
}

std::vector<Unit> readUnits(sqlite::Db &db)
{
    std::vector<Unit> out;
    auto &st = db.cached("SELECT id, name FROM unit ORDER BY name, id");
    while (st.step())
        out.push_back({st.text(0), st.text(1)});
    st.reset();
    return out;
}

std::uint64_t lastCounterOf(sqlite::Db &db, sync::DeviceId device)
{
    auto &st = db.cached("SELECT coalesce(max(counter), 0) FROM log WHERE device = ?1");
    st.bind(1, static_cast<std::int64_t>(device));
    st.step();
    const auto counter = static_cast<std::uint64_t>(st.integer(0));
    st.reset();
    return counter;
}

class SqliteDirectoryTransaction : public DirectoryTransaction
{
public:
    explicit SqliteDirectoryTransaction(sqlite::Db &db) : m_db(db), m_push(db, 0) {}

    std::vector<Staff> staff() override { return readStaff(m_db); }
    std::vector<Unit> units() override { return readUnits(m_db); }
    std::optional<StoredRecord> loadRecord(const std::string &entity,
                                           const std::string &id) override
    {
        return m_push.loadRecord(entity, id);
    }
    std::uint64_t lastLogCounter(sync::DeviceId device) override
    {
        return lastCounterOf(m_db, device);
    }
    std::uint64_t appendLog(const sync::Delta &delta, const std::string &unitId) override
    {
        return m_push.appendLog(delta, unitId);
    }
    void saveRecord(const StoredRecord &record) override { m_push.saveRecord(record); }

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
        while (st.step()) {
            auto state = RecordState::decode(st.blob(4));
            if (!state)
                throw sqlite::Error(SQLITE_CORRUPT, "damaged record state: " + st.text(0));
            visit(StoredRecord{st.text(0), st.text(1), st.text(2),
                               static_cast<std::uint64_t>(st.integer(3)), std::move(*state)});
        }
        st.reset();
    }
    std::uint64_t lastLogCounter(sync::DeviceId device) override
    {
        return lastCounterOf(m_db, device);
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
            key.step();
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
            count.step();
            const auto n = static_cast<std::uint64_t>(count.integer(0));
            count.reset();
            return n;
        }
        auto &cut = m_db.cached("INSERT INTO audit_cutoff(cutoff_ms, set_ms) VALUES (?1, ?2)");
        cut.bind(1, cutoffMs).bind(2, nowMs);
        cut.step();
        auto &del = m_db.cached("DELETE FROM audit WHERE at_ms < ?1");
        del.bind(1, cutoffMs);
        del.step();
        return static_cast<std::uint64_t>(sqlite3_changes(m_db.handle()));
    }
    std::uint64_t appendLog(const sync::Delta &delta, const std::string &unitId) override
    {
        return m_push.appendLog(delta, unitId);
    }
    void saveRecord(const StoredRecord &record) override { m_push.saveRecord(record); }
    void appendAudit(const AuditEntry &entry) override { insertAudit(m_db, entry); }

private:
    sqlite::Db &m_db;
    SqlitePushTransaction m_push; // its log and record writes
};

} // namespace

const char *toString(DeviceKind kind)
{
    return kind == DeviceKind::Kiosk ? "kiosk" : "staff";
}

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
    }
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
            if (!tables.step() || tables.integer(0) == 0)
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
        auto &version = db->cached("PRAGMA user_version");
        version.step();
        const auto v = version.integer(0);
        version.reset();
        if (v > kSchemaVersion)
            return StorageError{StorageError::Code::Corrupt,
                                path + ": written by a newer lykta-server (schema " +
                                    std::to_string(v) + ")"};
        {
            auto &check = db->cached("PRAGMA quick_check");
            if (!check.step() || check.text(0) != "ok")
                return StorageError{StorageError::Code::Corrupt, path + ": quick_check failed"};
            check.reset();
        }
        db->exec("PRAGMA journal_mode = WAL");
        db->exec("PRAGMA synchronous = FULL");
        if (v < kSchemaVersion) {
            sqlite::Transaction tx(*db);
            if (v < 1)
                db->exec(kSchema);
            if (v < 2)
                db->exec(kStaffRoleMigration);
            if (v < 3)
                db->exec(kSchemaRetention);
            if (v < 4)
                db->exec("ALTER TABLE log ADD COLUMN seen BLOB");
            if (v < 5)
                db->exec(kSchemaAudit);
            if (v < 6)
                db->exec("CREATE TABLE full_pull (device INTEGER PRIMARY KEY, due_ms INTEGER NOT "
                         "NULL)");
            if (v < 7)
                db->exec(kSchemaRefusedField);
            if (v < 8)
                db->exec(kSchemaReferences);
            db->exec("PRAGMA user_version = " + std::to_string(kSchemaVersion));
            tx.commit();
        }
        return std::unique_ptr<SqliteStorage>(new SqliteStorage(std::move(vault), std::move(db)));
    } catch (const sqlite::Error &e) {
        return toStorageError(e);
    }
}

StorageResult<bool> SqliteStorage::createUnit(const Unit &unit)
{
    return guarded([&] {
        auto &st = m_db->cached("INSERT INTO unit(id, name) VALUES (?1, ?2)");
        st.bind(1, std::string_view(unit.id)).bind(2, std::string_view(unit.name));
        st.step();
        return true;
    });
}

StorageResult<bool> SqliteStorage::createStaff(const Staff &staff)
{
    return guarded([&] {
        sqlite::Transaction tx(*m_db);
        auto &st = m_db->cached("INSERT INTO staff(id, name, role) VALUES (?1, ?2, ?3)");
        st.bind(1, std::string_view(staff.id))
            .bind(2, std::string_view(staff.name))
            .bind(3, std::string_view(toString(staff.role)));
        st.step();
        for (const auto &unit : staff.units) {
            auto &su = m_db->cached("INSERT INTO staff_unit(staff_id, unit_id) VALUES (?1, ?2)");
            su.bind(1, std::string_view(staff.id)).bind(2, std::string_view(unit));
            su.step();
        }
        tx.commit();
        return true;
    });
}

StorageResult<std::vector<Unit>> SqliteStorage::units()
{
    return guarded([&] { return readUnits(*m_db); });
}

StorageResult<std::vector<Staff>> SqliteStorage::staff()
{
    return guarded([&] { return readStaff(*m_db); });
}

StorageResult<bool> SqliteStorage::setStaffRole(const std::string &staffId, StaffRole role)
{
    return guarded([&] {
        auto &st = m_db->cached("UPDATE staff SET role = ?2 WHERE id = ?1");
        st.bind(1, std::string_view(staffId)).bind(2, std::string_view(toString(role)));
        st.step();
        return sqlite3_changes(m_db->handle()) > 0;
    });
}

StorageResult<bool> SqliteStorage::createCode(const EnrollmentCodeRecord &code)
{
    return guarded([&] {
        auto &st = m_db->cached(
            "INSERT INTO enrollment_code(id, secret_hash, kind, staff_id, unit_id, created_ms, "
            "expires_ms) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
        st.bind(1, std::string_view(code.id))
            .bind(2, std::string_view(code.secretHash))
            .bind(3, std::string_view(toString(code.kind)));
        bindOptional(st, 4, code.staffId);
        bindOptional(st, 5, code.unitId);
        st.bind(6, code.createdMs).bind(7, code.expiresMs);
        st.step();
        return true;
    });
}

StorageResult<std::vector<Device>> SqliteStorage::devices()
{
    return guarded([&] {
        std::vector<Device> out;
        auto &st = m_db->cached("SELECT " + std::string(kDeviceColumns) +
                                " FROM device ORDER BY enrolled_ms, id");
        while (st.step())
            out.push_back(readDevice(st));
        return out;
    });
}

StorageResult<bool> SqliteStorage::revokeDevice(sync::DeviceId id, std::int64_t nowMs)
{
    return guarded([&] {
        auto &st =
            m_db->cached("UPDATE device SET revoked_ms = ?2 WHERE id = ?1 AND revoked_ms IS NULL");
        st.bind(1, static_cast<std::int64_t>(id)).bind(2, nowMs);
        st.step();
        return sqlite3_changes(m_db->handle()) > 0;
    });
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
                              st.text(2),
                              static_cast<sync::DeviceId>(st.integer(3)),
                              st.text(4),
                              st.text(5),
                              st.text(6),
                              st.text(7),
                              st.text(8),
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
            while (own.step())
                out.push_back(read(own));
            own.reset();
        }
        auto &pulls = m_db->cached(std::string(kColumns) + "WHERE records IS NOT NULL");
        while (pulls.step()) {
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
        while (st.step())
            ids.push_back(st.text(0));
        st.reset();
        return ids;
    });
}

StorageResult<std::optional<EnrollmentCodeRecord>> SqliteStorage::findCode(const std::string &id)
{
    return guarded([&] {
        auto &st = m_db->cached("SELECT secret_hash, kind, staff_id, unit_id, created_ms, "
                                "expires_ms, used_ms, failed_attempts FROM enrollment_code "
                                "WHERE id = ?1");
        st.bind(1, std::string_view(id));
        if (!st.step())
            return std::optional<EnrollmentCodeRecord>();
        EnrollmentCodeRecord c;
        c.id = id;
        c.secretHash = st.text(0);
        c.kind = kindFromText(st.text(1));
        c.staffId = st.text(2);
        c.unitId = st.text(3);
        c.createdMs = st.integer(4);
        c.expiresMs = st.integer(5);
        if (!st.isNull(6))
            c.usedMs = st.integer(6);
        c.failedAttempts = static_cast<int>(st.integer(7));
        return std::optional<EnrollmentCodeRecord>(std::move(c));
    });
}

StorageResult<bool> SqliteStorage::reserveAttempt(const std::string &id)
{
    return guarded([&] {
        auto &st = m_db->cached("UPDATE enrollment_code SET failed_attempts = failed_attempts + 1 "
                                "WHERE id = ?1 AND failed_attempts < ?2");
        st.bind(1, std::string_view(id)).bind(2, std::int64_t{sync::limits::kMaxCodeAttempts});
        st.step();
        return sqlite3_changes(m_db->handle()) > 0;
    });
}

StorageResult<RedeemResult> SqliteStorage::redeemCode(const std::string &codeId,
                                                      const Device &device,
                                                      const std::string &tokenHash,
                                                      std::int64_t nowMs)
{
    return guarded([&] {
        sqlite::Transaction tx(*m_db);
        auto &release = m_db->cached("UPDATE enrollment_code SET failed_attempts = "
                                     "failed_attempts - 1 WHERE id = ?1 AND failed_attempts > 0");
        release.bind(1, std::string_view(codeId));
        release.step();
        auto &code = m_db->cached("SELECT used_ms, expires_ms FROM enrollment_code WHERE id = ?1");
        code.bind(1, std::string_view(codeId));
        if (!code.step())
            throw sqlite::Error(SQLITE_CONSTRAINT_FOREIGNKEY, "no such enrollment code");
        const bool used = !code.isNull(0);
        const bool expired = code.integer(1) <= nowMs;
        code.reset();
        auto refused = [&](RedeemResult r) {
            tx.commit(); // the try goes back all the same: the secret was right
            return r;
        };
        if (used)
            return refused(RedeemResult::Used);
        if (expired)
            return refused(RedeemResult::Expired);
        auto &exists =
            m_db->cached("SELECT " + std::string(kDeviceColumns) + " FROM device WHERE id = ?1");
        exists.bind(1, static_cast<std::int64_t>(device.id));
        std::optional<Device> known;
        if (exists.step())
            known = readDevice(exists);
        exists.reset();
        if (known && !mayEnrollAgain(*known, device))
            return refused(RedeemResult::DeviceExists);

        if (known) {
            auto &again = m_db->cached("UPDATE device SET token_hash = ?2, name = ?3, "
                                       "enrolled_ms = ?4, revoked_ms = NULL WHERE id = ?1");
            again.bind(1, static_cast<std::int64_t>(device.id))
                .bindBlob(2, tokenHash)
                .bind(3, std::string_view(device.name))
                .bind(4, device.enrolledMs);
            again.step();
        } else {
            auto &insert =
                m_db->cached("INSERT INTO device(id, token_hash, kind, staff_id, unit_id, "
                             "name, enrolled_ms) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
            insert.bind(1, static_cast<std::int64_t>(device.id))
                .bindBlob(2, tokenHash)
                .bind(3, std::string_view(toString(device.kind)));
            bindOptional(insert, 4, device.staffId);
            bindOptional(insert, 5, device.unitId);
            insert.bind(6, std::string_view(device.name)).bind(7, device.enrolledMs);
            insert.step();
        }
        auto &mark =
            m_db->cached("UPDATE enrollment_code SET used_ms = ?2, device = ?3 WHERE id = ?1");
        mark.bind(1, std::string_view(codeId))
            .bind(2, nowMs)
            .bind(3, static_cast<std::int64_t>(device.id));
        mark.step();
        tx.commit();
        return RedeemResult::Redeemed;
    });
}

StorageResult<std::optional<Principal>> SqliteStorage::principal(const std::string &tokenHash)
{
    return guarded([&] {
        auto &st = m_db->cached("SELECT " + std::string(kDeviceColumns) +
                                " FROM device WHERE token_hash = ?1 AND revoked_ms IS NULL");
        st.bindBlob(1, tokenHash);
        if (!st.step())
            return std::optional<Principal>();
        Principal p;
        p.device = readDevice(st);
        st.reset();
        if (p.device.kind == DeviceKind::Kiosk) {
            p.units.push_back(p.device.unitId);
        } else {
            auto &units = m_db->cached("SELECT unit_id FROM staff_unit WHERE staff_id = ?1 "
                                       "ORDER BY unit_id");
            units.bind(1, std::string_view(p.device.staffId));
            while (units.step())
                p.units.push_back(units.text(0));
            auto &name = m_db->cached("SELECT name, role FROM staff WHERE id = ?1");
            name.bind(1, std::string_view(p.device.staffId));
            if (name.step()) {
                p.staffName = name.text(0);
                p.role = staffRoleFromString(name.text(1)).value_or(StaffRole::Staff);
            }
        }
        return std::optional<Principal>(std::move(p));
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
        sqlite::Transaction tx(*m_db, false); // one snapshot: rows and high-water mark agree
        auto &hw = m_db->cached("SELECT coalesce(max(seq), 0) FROM log");
        hw.step();
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
            std::uint64_t bytes = 0;
            while (st.step()) {
                if (page.entries.size() == limit) {
                    page.hasMore = true;
                    break;
                }
                const auto device = static_cast<sync::DeviceId>(st.integer(1));
                LogEntry entry{static_cast<std::uint64_t>(st.integer(0)),
                               st.text(11),
                               {{device, static_cast<std::uint64_t>(st.integer(2))},
                                st.text(3),
                                st.text(4),
                                st.text(5),
                                st.value(6),
                                sync::Hlc::fromPacked(st.integer(7), device),
                                st.text(8),
                                sync::Hlc::fromPacked(
                                    st.integer(9), static_cast<sync::DeviceId>(st.integer(10)))}};
                if (!st.isNull(12)) {
                    auto seen = sync::decodeVersions(st.blob(12));
                    if (!seen)
                        throw sqlite::Error(SQLITE_CORRUPT, "a log row's seen list is damaged");
                    entry.delta.seen = std::move(*seen);
                }
                // Rows are read one at a time, so the page stops at the budget exactly.
                const std::uint64_t size = sync::encodedBytes(entry.delta);
                if (!page.entries.empty() && bytes + size > maxBytes) {
                    page.hasMore = true;
                    break;
                }
                bytes += size;
                page.entries.push_back(std::move(entry));
            }
            st.reset();
        }
        page.cursor = page.hasMore ? page.entries.back().seq : std::max(highWater, since);
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
        hw.step();
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
        std::uint64_t bytes = 0;
        while (st.step()) {
            if (page.records.size() == limit) {
                page.hasMore = true;
                break;
            }
            const std::string_view blob = st.blob(3);
            if (!page.records.empty() && bytes + blob.size() > maxBytes) {
                page.hasMore = true;
                break;
            }
            bytes += blob.size();
            auto state = RecordState::decode(blob);
            if (!state)
                throw sqlite::Error(SQLITE_CORRUPT, "damaged record state");
            page.records.push_back({st.text(0), st.text(1), unit,
                                    static_cast<std::uint64_t>(st.integer(2)), std::move(*state)});
        }
        st.reset();
        tx.commit();
        return page;
    });
}

StorageResult<std::int64_t> SqliteStorage::takeFullPull(sync::DeviceId device, std::int64_t nowMs,
                                                        const FullPullRate &rate)
{
    return guarded([&] {
        sqlite::Transaction tx(*m_db);
        auto &take = m_db->cached(
            "INSERT INTO full_pull(device, due_ms) VALUES (?1, ?2 + ?3) ON CONFLICT(device) DO "
            "UPDATE SET due_ms = max(due_ms, ?2) + ?3 WHERE max(due_ms, ?2) + ?3 - ?2 <= ?4 "
            "RETURNING due_ms");
        take.bind(1, static_cast<std::int64_t>(device))
            .bind(2, nowMs)
            .bind(3, rate.intervalMs)
            .bind(4, rate.intervalMs * rate.burst);
        const bool taken = take.step();
        take.reset();
        std::int64_t wait = 0;
        if (!taken) {
            auto &due = m_db->cached("SELECT due_ms FROM full_pull WHERE device = ?1");
            due.bind(1, static_cast<std::int64_t>(device));
            due.step();
            wait = std::max<std::int64_t>(1, due.integer(0) + rate.intervalMs -
                                                 rate.intervalMs * rate.burst - nowMs);
            due.reset();
        }
        tx.commit();
        return wait;
    });
}

StorageResult<bool> SqliteStorage::appendAudit(const std::vector<AuditEntry> &entries)
{
    return guarded([&] {
        sqlite::Transaction tx(*m_db);
        for (const auto &e : entries)
            insertAudit(*m_db, e);
        tx.commit();
        return true;
    });
}

StorageResult<std::vector<RetentionRule>> SqliteStorage::retentionRules()
{
    return guarded([&] {
        std::vector<RetentionRule> out;
        auto &st = m_db->cached("SELECT type, years, set_ms FROM retention_rule ORDER BY type");
        while (st.step()) {
            RetentionRule rule{st.text(0), std::nullopt, st.integer(2)};
            if (!st.isNull(1))
                rule.years = static_cast<int>(st.integer(1));
            out.push_back(std::move(rule));
        }
        return out;
    });
}

StorageResult<bool> SqliteStorage::setRetentionRule(const RetentionRule &rule)
{
    return guarded([&] {
        auto &st = m_db->cached(
            "INSERT OR REPLACE INTO retention_rule(type, years, set_ms) VALUES (?1, ?2, ?3)");
        st.bind(1, std::string_view(rule.type));
        if (rule.years)
            st.bind(2, static_cast<std::int64_t>(*rule.years));
        else
            st.bindNull(2);
        st.bind(3, rule.setMs);
        st.step();
        return true;
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
            if (!size.step() || size.integer(0) != kPageSize)
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
        if (!check.step() || check.text(0) != "ok") {
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
