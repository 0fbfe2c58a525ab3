#include "database.h"

#include "logging.h"
#include "migrations_sql.h"
#include "sync/sqlite/migrations.h"

#include <filesystem>
#include <random>

namespace lykta::store {

namespace {

// The tablet's schema: the numbered files in sync/schema/sql, in the order SchemaVersion names.
static_assert(std::size(sql::kAll) == static_cast<std::size_t>(SchemaVersion::Current));
const sqlitedb::Migrations kMigrations(sql::kAll, static_cast<int>(SchemaVersion::MinReadable));

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
        options.readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
    auto connection = sqlitedb::Connection::open(options.path, flags, options.vfs);
    if (!connection)
        return classify(connection.error().code, "open: " + connection.error().detail);
    std::unique_ptr<Database> db(new Database(std::move(*connection), options));
    if (auto checked = db->checkAndMigrate(); !checked)
        return checked.error();
    if (options.cacheKiB > 0) {
        if (auto r = db->exec("PRAGMA cache_size = -" + std::to_string(options.cacheKiB)); !r)
            return r.error();
    }
    return db;
}

Database::~Database() = default;

StoreError Database::lastError(int rc) const
{
    return error(m_connection->lastError(rc));
}

StoreError Database::error(sqlitedb::Error e) const
{
    if (!isOpen())
        return {StoreErrc::Locked, "the connection is closed"};
    return classify(std::move(e));
}

Result<bool, StoreError> Database::exec(std::string_view sql)
{
    if (auto r = m_connection->exec(sql); !r)
        return error(r.error());
    return true;
}

Result<bool, StoreError> Database::checkAndMigrate()
{
    // Only reads until the file is known to be ours, sound, and not too new: a file we
    // refuse is left byte for byte as it was.
    const auto checked = kMigrations.check(handle());
    if (!checked)
        return migrationError(checked.error());
    const int version = *checked;

    if (version != 0 && !m_options.alreadyChecked) {
        Statement st(handle(), "PRAGMA quick_check");
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

    releaseReads();
    const auto migrated =
        kMigrations.migrate(handle(), version, sqlitedb::backupPathFor(m_options.path, version),
                            m_options.vfs, [&](int reached) {
                                if (reached == version + 1 && version != 0)
                                    qCInfo(lcStore)
                                        << "backed up schema" << version << "before migrating";
                                m_version = static_cast<SchemaVersion>(reached);
                                qCInfo(lcStore) << "migrated to schema" << reached;
                            });
    if (!migrated)
        return migrationError(migrated.error());
    return true;
}

StoreError Database::migrationError(const sqlitedb::MigrationError &error) const
{
    using Code = sqlitedb::MigrationError::Code;
    switch (error.code) {
    case Code::TooNew:
        return {StoreErrc::TooNew, error.detail};
    case Code::TooOld:
    case Code::Corrupt:
        return {StoreErrc::Corrupt, error.detail};
    case Code::BackupFailed:
    case Code::Failed:
        break;
    }
    return classify(error.sqliteCode != 0 ? error.sqliteCode : SQLITE_ERROR, error.detail);
}

Result<bool, StoreError> Database::Transaction::begin()
{
    if (auto r = m_tx.begin(); !r)
        return m_db.error(r.error());
    return true;
}

Result<bool, StoreError> Database::Transaction::commit()
{
    if (auto r = m_tx.commit(); !r)
        return m_db.error(r.error());
    return true;
}

} // namespace lykta::store
