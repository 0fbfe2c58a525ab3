#include "database.h"

#include "logging.h"
#include "migrations_sql.h"

#include <filesystem>
#include <random>

namespace lykta::store {

namespace {

std::string_view migrationScript(SchemaVersion version)
{
    switch (version) {
    case SchemaVersion::Initial:
        return sql::kV1Initial;
    case SchemaVersion::Search:
        return sql::kV2Search;
    case SchemaVersion::Sync:
        return sql::kV3Sync;
    case SchemaVersion::Kiosk:
        return sql::kV4Kiosk;
    case SchemaVersion::Retention:
        return sql::kV5Retention;
    case SchemaVersion::Resolve:
        return sql::kV6Resolve;
    case SchemaVersion::CaseNotes:
        return sql::kV7Casenotes;
    case SchemaVersion::Programme:
        return sql::kV8Programme;
    case SchemaVersion::Groups:
        return sql::kV9Groups;
    case SchemaVersion::Concern:
        return sql::kV10Concern;
    case SchemaVersion::Booking:
        return sql::kV11Booking;
    case SchemaVersion::Guardians:
        return sql::kV12Guardians;
    case SchemaVersion::Templates:
        return sql::kV13Templates;
    case SchemaVersion::SearchKinds:
        return sql::kV14Searchkinds;
    case SchemaVersion::Drafts:
        return sql::kV15Drafts;
    case SchemaVersion::SeriesClosedBy:
        return sql::kV16Seriesclosedby;
    case SchemaVersion::SearchOrder:
        return sql::kV17Searchorder;
    case SchemaVersion::Empty:
        break;
    }
    return {};
}

} // namespace

const char *toString(StoreErrc code)
{
    switch (code) {
    case StoreErrc::CannotOpen:
        return "cannot-open";
    case StoreErrc::Corrupt:
        return "corrupt";
    case StoreErrc::TooNew:
        return "too-new";
    case StoreErrc::ReadOnly:
        return "read-only";
    case StoreErrc::DiskFull:
        return "disk-full";
    case StoreErrc::Busy:
        return "busy";
    case StoreErrc::Io:
        return "io";
    case StoreErrc::SignedImmutable:
        return "signed-immutable";
    case StoreErrc::NoHardDelete:
        return "no-hard-delete";
    case StoreErrc::UnknownEntity:
        return "unknown-entity";
    case StoreErrc::UnknownField:
        return "unknown-field";
    case StoreErrc::WrongType:
        return "wrong-type";
    case StoreErrc::AlreadyExists:
        return "already-exists";
    case StoreErrc::NotFound:
        return "not-found";
    case StoreErrc::Constraint:
        return "constraint";
    case StoreErrc::InvalidQuery:
        return "invalid-query";
    case StoreErrc::ClockSkew:
        return "clock-skew";
    case StoreErrc::Locked:
        return "locked";
    case StoreErrc::WrongPassphrase:
        return "wrong-passphrase";
    case StoreErrc::Internal:
        return "internal";
    }
    return "internal";
}

StoreError classify(int rc, std::string detail)
{
    const auto has = [&](std::string_view marker) {
        return detail.find(marker) != std::string::npos;
    };
    // The encrypted VFS: a page that fails its seal, and any access while the key is wiped.
    if (rc == SQLITE_IOERR_DATA)
        return {StoreErrc::Corrupt, std::move(detail)};
    if (rc == SQLITE_IOERR_AUTH)
        return {StoreErrc::Locked, std::move(detail)};
    switch (rc & 0xff) {
    case SQLITE_FULL:
        return {StoreErrc::DiskFull, std::move(detail)};
    case SQLITE_READONLY:
        return {StoreErrc::ReadOnly, std::move(detail)};
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return {StoreErrc::Corrupt, std::move(detail)};
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return {StoreErrc::Busy, std::move(detail)};
    case SQLITE_IOERR:
        return {StoreErrc::Io, std::move(detail)};
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
        return {StoreErrc::CannotOpen, std::move(detail)};
    case SQLITE_CONSTRAINT:
        if (has("lykta:signed-immutable"))
            return {StoreErrc::SignedImmutable, std::move(detail)};
        if (has("lykta:no-hard-delete") || has("lykta:audit-append-only"))
            return {StoreErrc::NoHardDelete, std::move(detail)};
        return {StoreErrc::Constraint, std::move(detail)};
    default:
        return {StoreErrc::Internal, std::move(detail)};
    }
}

Result<std::unique_ptr<Database>, StoreError> Database::open(const DatabaseOptions &options)
{
    const int flags =
        (options.readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) |
        SQLITE_OPEN_NOMUTEX;
    sqlite3 *raw = nullptr;
    const int rc = sqlite3_open_v2(options.path.c_str(), &raw, flags,
                                   options.vfs.empty() ? nullptr : options.vfs.c_str());
    std::unique_ptr<Database> db(new Database(raw, options));
    if (rc != SQLITE_OK) {
        // The extended code tells a page that fails its seal (encrypted VFS) from other I/O.
        return classify(raw ? sqlite3_extended_errcode(raw) : rc,
                        std::string("open: ") + (raw ? sqlite3_errmsg(raw) : sqlite3_errstr(rc)));
    }
    sqlite3_extended_result_codes(raw, 1);
    sqlite3_busy_timeout(raw, 5000);
    if (auto checked = db->checkAndMigrate(); !checked)
        return checked.error();
    if (options.cacheKiB > 0) {
        if (auto r = db->exec("PRAGMA cache_size = -" + std::to_string(options.cacheKiB)); !r)
            return r.error();
    }
    return db;
}

void Database::interrupt() const
{
    if (m_db)
        sqlite3_interrupt(m_db);
}

Database::~Database()
{
    close();
}

void Database::close()
{
    m_statements.clear();
    sqlite3_close_v2(m_db);
    m_db = nullptr;
}

StoreError Database::lastError(int rc) const
{
    if (!m_db)
        return {StoreErrc::Locked, "the connection is closed"};
    return classify(rc, sqlite3_errmsg(m_db));
}

Statement &Database::cached(std::string_view sql)
{
    if (!m_db)
        return m_closed;
    auto it = m_statements.find(std::string(sql));
    if (it == m_statements.end())
        it = m_statements.emplace(std::string(sql), std::make_unique<Statement>(m_db, sql)).first;
    it->second->reset();
    return *it->second;
}

Result<bool, StoreError> Database::exec(std::string_view sql)
{
    if (!m_db)
        return lastError(SQLITE_MISUSE);
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db, std::string(sql).c_str(), nullptr, nullptr, &message);
    if (rc == SQLITE_OK)
        return true;
    std::string detail = message ? message : sqlite3_errstr(rc);
    sqlite3_free(message);
    return classify(sqlite3_extended_errcode(m_db), std::move(detail));
}

Result<bool, StoreError> Database::checkAndMigrate()
{
    // Only reads until the file is known to be ours, sound, and not too new: a file we
    // refuse is left byte for byte as it was.
    int version = 0;
    {
        Statement st(m_db, "PRAGMA user_version");
        const int rc = st.valid() ? st.step() : st.prepareResult();
        if (rc != SQLITE_ROW)
            return lastError(rc);
        version = static_cast<int>(st.integer(0));
    }
    if (version > static_cast<int>(SchemaVersion::Current)) {
        return StoreError{StoreErrc::TooNew, "schema " + std::to_string(version) +
                                                 " is newer than this build's " +
                                                 std::to_string(int(SchemaVersion::Current))};
    }
    if (version != 0 && version < static_cast<int>(SchemaVersion::MinReadable))
        return StoreError{StoreErrc::Corrupt, "unknown schema " + std::to_string(version)};

    if (version != 0 && !m_options.alreadyChecked) {
        Statement st(m_db, "PRAGMA quick_check");
        const int rc = st.valid() ? st.step() : st.prepareResult();
        if (rc != SQLITE_ROW)
            return lastError(rc);
        if (st.text(0) != "ok")
            return StoreError{StoreErrc::Corrupt, "quick_check: " + std::string(st.text(0))};
    }

    if (!m_options.readOnly) {
        // One page size everywhere: the encrypted VFS seals exactly one page per unit.
        if (version == 0) {
            if (auto r = exec("PRAGMA page_size=4096"); !r)
                return r;
        }
        if (auto r = exec("PRAGMA journal_mode=WAL"); !r)
            return r;
    }
    // secure_delete for the connection's whole life: whatever a write frees (an edited draft's
    // old text, a sent outbox row, a merged search segment) is zeroed at once, so a retention
    // removal years later leaves no older copy in free space. Set whatever SQLite's build
    // defaults to (Debian's is on, others' off).
    if (auto r = exec("PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; PRAGMA secure_delete=ON;");
        !r)
        return r;

    m_version = static_cast<SchemaVersion>(version);
    if (m_version == SchemaVersion::Current)
        return true;
    if (m_options.readOnly)
        return StoreError{StoreErrc::ReadOnly, "schema needs an upgrade but the file is read-only"};

    if (m_version != SchemaVersion::Empty) {
        // A migration rewrites tables: check the whole file and keep a copy first.
        Statement st(m_db, "PRAGMA integrity_check(1)");
        if (st.step() != SQLITE_ROW || st.text(0) != "ok")
            return StoreError{StoreErrc::Corrupt, "integrity_check failed before migration"};
        const std::string backup = m_options.path + ".schema-v" + std::to_string(version) + ".bak";
        if (auto r = backupTo(backup); !r)
            return r;
        qCInfo(lcStore) << "backed up schema" << version << "before migrating";
    }
    for (int v = version + 1; v <= static_cast<int>(SchemaVersion::Current); ++v) {
        if (auto r = migrateTo(static_cast<SchemaVersion>(v)); !r)
            return r;
    }
    return true;
}

Result<bool, StoreError> Database::backupTo(const std::string &path)
{
    std::error_code ec;
    std::filesystem::remove(path, ec);
    sqlite3 *dest = nullptr;
    int rc = sqlite3_open_v2(path.c_str(), &dest, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                             m_options.vfs.empty() ? nullptr : m_options.vfs.c_str());
    if (rc == SQLITE_OK) {
        sqlite3_backup *backup = sqlite3_backup_init(dest, "main", m_db, "main");
        if (!backup) {
            rc = sqlite3_errcode(dest);
        } else {
            rc = sqlite3_backup_step(backup, -1);
            sqlite3_backup_finish(backup);
            rc = rc == SQLITE_DONE ? SQLITE_OK : rc;
        }
    }
    std::string detail = "backup: " + std::string(dest ? sqlite3_errmsg(dest) : sqlite3_errstr(rc));
    sqlite3_close_v2(dest);
    if (rc != SQLITE_OK)
        return classify(rc, std::move(detail));
    return true;
}

Result<bool, StoreError> Database::migrateTo(SchemaVersion version)
{
    Transaction tx(*this);
    if (auto r = tx.begin(); !r)
        return r;
    if (auto r = exec(migrationScript(version)); !r)
        return r;
    if (auto r = exec("PRAGMA user_version = " + std::to_string(static_cast<int>(version))); !r)
        return r;
    if (auto r = tx.commit(); !r)
        return r;
    m_version = version;
    qCInfo(lcStore) << "migrated to schema" << static_cast<int>(version);
    return true;
}

Database::Transaction::~Transaction()
{
    if (m_open) {
        m_db.releaseReads();
        sqlite3_exec(m_db.m_db, "ROLLBACK", nullptr, nullptr, nullptr);
    }
}

void Database::releaseReads()
{
    for (auto &[sql, statement] : m_statements)
        statement->reset();
}

Result<bool, StoreError> Database::Transaction::begin()
{
    m_db.releaseReads();
    auto r = m_db.exec("BEGIN IMMEDIATE");
    m_open = r.ok();
    return r;
}

Result<bool, StoreError> Database::Transaction::commit()
{
    m_db.releaseReads(); // no statement may keep the snapshot past the transaction
    auto r = m_db.exec("COMMIT");
    if (r)
        m_open = false;
    return r;
}

} // namespace lykta::store
