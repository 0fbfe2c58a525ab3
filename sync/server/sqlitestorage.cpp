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
#include <cstdio>
#include <ctime>
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

std::optional<StorageError> SqliteStorage::connect(const std::function<void(db::Session &)> &work)
{
    auto done = guarded([&] {
        work(*sqliteSession(*m_db, m_texts));
        return true;
    });
    if (!done)
        return done.error();
    return std::nullopt;
}

std::optional<StorageError> SqliteStorage::databaseError(const std::exception &e) const
{
    // Whatever SQLite rolled back of its own (a full disk, an I/O error) fails the savepoint
    // that follows, and with it the group.
    if (const auto *error = dynamic_cast<const sqlite::Error *>(&e))
        return toStorageError(*error);
    return std::nullopt;
}

// secure_delete (always on) zeroes what was deleted; the checkpoint then moves the pages out of
// the WAL and truncates it.
std::optional<StorageError> SqliteStorage::afterRetention()
{
    auto done = guarded([&] {
        m_db->exec("PRAGMA wal_checkpoint(TRUNCATE)");
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

std::optional<StorageError> SqliteStorage::fileGone()
{
    std::lock_guard lock(m_mutex);
    int moved = 0;
    if (sqlite3_file_control(m_db->handle(), "main", SQLITE_FCNTL_HAS_MOVED, &moved) == SQLITE_OK &&
        !moved)
        return std::nullopt;
    return StorageError{StorageError::Code::Internal,
                        std::string(sqlite3_db_filename(m_db->handle(), "main")) +
                            ": the database file was removed, moved or replaced while the "
                            "server ran"};
}

StorageResult<StorageStatus> SqliteStorage::status()
{
    if (auto gone = fileGone())
        return *gone;
    return SqlStorage::status();
}

StorageResult<StorageStatistics> SqliteStorage::statistics()
{
    if (auto gone = fileGone())
        return *gone;
    return SqlStorage::statistics();
}

namespace {

// How a copy's file is journaled: WAL for a file a server will serve, a rollback journal for a
// backup, which is then one file that opens read-only.
enum class CopyJournal
{
    Wal,
    Delete,
};

// Copies the whole database `from` into the new file `path`, encrypted with `vault`'s key when
// given, and checks the copy whole. One backup step copies from one read transaction: a
// consistent snapshot, while writers in other processes go on (WAL). A copy that failed is
// removed.
StorageResult<bool> copyDatabase(sqlite3 *from, const std::string &path, const crypto::Vault *vault,
                                 CopyJournal journal)
{
    if (sqlitefile::format(path) != sqlitefile::Format::Missing)
        return StorageError{StorageError::Code::Conflict,
                            path + " already exists; the copy goes to a new file"};
    const auto discard = [&path] {
        for (const char *suffix : {"", "-wal", "-shm", "-journal"})
            ::unlink((path + suffix).c_str());
    };
    try {
        if (vault) {
            sqlite::Stmt size(from, "PRAGMA page_size");
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
        sqlite3_backup *backup = sqlite3_backup_init(copy.handle(), "main", from, "main");
        if (!backup)
            throw sqlite::Error(sqlite3_errcode(copy.handle()), sqlite3_errmsg(copy.handle()));
        const int step = sqlite3_backup_step(backup, -1);
        const int finish = sqlite3_backup_finish(backup);
        if (step != SQLITE_DONE || finish != SQLITE_OK)
            throw sqlite::Error(finish != SQLITE_OK ? finish : step,
                                path + ": the copy failed: " + sqlite3_errmsg(copy.handle()));
        copy.exec(journal == CopyJournal::Wal ? "PRAGMA journal_mode = WAL"
                                              : "PRAGMA journal_mode = DELETE");
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

// "20261206T031500Z": when, in a file name.
std::string fileStamp()
{
    const std::time_t now = std::time(nullptr);
    std::tm utc{};
    gmtime_r(&now, &utc);
    char out[20];
    std::strftime(out, sizeof out, "%Y%m%dT%H%M%SZ", &utc);
    return out;
}

} // namespace

StorageResult<bool> SqliteStorage::copyTo(const std::string &path, const crypto::Vault *vault)
{
    // One process's writers wait; other processes' go on beside the copy's snapshot.
    std::lock_guard lock(m_mutex);
    return copyDatabase(m_db->handle(), path, vault, CopyJournal::Wal);
}

StorageResult<bool> SqliteStorage::backupTo(const std::string &path)
{
    std::lock_guard lock(m_mutex);
    return copyDatabase(m_db->handle(), path, m_vault.get(), CopyJournal::Delete);
}

StorageResult<std::string> SqliteStorage::restore(const std::string &backup,
                                                  const std::string &path,
                                                  std::unique_ptr<crypto::Vault> vault)
{
    const auto unchanged = [&path](StorageError error) {
        error.detail += "; " + path + " was not changed";
        return error;
    };
    if (sqlitefile::format(backup) == sqlitefile::Format::Missing)
        return unchanged({StorageError::Code::NotFound, backup + ": no such file"});
    if (auto refused = refuseMismatch(backup, vault.get()))
        return unchanged(*refused);
    std::string aside;
    const auto putBack = [&] { // after a failed copy, the moved database goes back
        for (const char *suffix : {"", "-wal", "-shm"})
            if (!aside.empty() && ::access((aside + suffix).c_str(), F_OK) == 0)
                std::rename((aside + suffix).c_str(), (path + suffix).c_str());
    };
    try {
        sqlite::Db from(backup, SQLITE_OPEN_READONLY, vault ? vault->vfsName() : std::string());
        const auto version = kMigrations.check(from.handle());
        if (!version)
            return unchanged(migrationError(backup, version.error()));
        if (*version == 0)
            return unchanged({StorageError::Code::Corrupt,
                              backup + ": not a backup of a lykta-server database"});
        sqlite::Stmt check(from.handle(), "PRAGMA integrity_check");
        if (!check.next() || check.text(0) != "ok")
            return unchanged(
                {StorageError::Code::Corrupt, backup + ": the backup failed its integrity check"});
        // The database at `path` (with its WAL) is kept beside it under a new name, never
        // deleted: a restore over the wrong file loses nothing.
        if (sqlitefile::format(path) != sqlitefile::Format::Missing) {
            aside = path + ".before-restore-" + fileStamp();
            for (const char *suffix : {"", "-wal", "-shm"}) {
                const std::string file = path + suffix;
                if (::access(file.c_str(), F_OK) == 0 &&
                    std::rename(file.c_str(), (aside + suffix).c_str()) != 0) {
                    putBack();
                    return unchanged({StorageError::Code::Internal,
                                      file + ": cannot move it aside to " + aside + suffix});
                }
            }
        }
        if (auto copied = copyDatabase(from.handle(), path, vault.get(), CopyJournal::Wal);
            !copied) {
            putBack();
            return unchanged(copied.error());
        }
    } catch (const sqlite::Error &e) {
        putBack();
        return unchanged(toStorageError(e));
    }
    // A backup of an older server is brought up to this one's schema as any file is.
    auto opened = open(path, std::move(vault));
    if (!opened)
        return opened.error();
    // Another copy from here on: tablets that synced with the database after the backup see
    // a new epoch and send again what it may have lost.
    if (auto renewed = (*opened)->renewEpoch(); !renewed)
        return renewed.error();
    return aside;
}

} // namespace lykta::server
