#pragma once

#include "sync/core/result.h"

#include <functional>
#include <span>
#include <string>
#include <string_view>

struct sqlite3;

namespace lykta::sqlitedb {

// Why a file's schema was not brought up to date. Nothing was changed in any case but Failed,
// where the migration that failed was rolled back (the backup holds the file as it was).
struct MigrationError
{
    enum class Code : std::uint8_t
    {
        TooNew,  // written by a newer build: this one must not touch it
        TooOld,  // a version this build no longer reads
        Corrupt, // the integrity check before a migration failed
        BackupFailed,
        Failed, // a migration's SQL failed (sqliteCode says how)
    };
    Code code = Code::Failed;
    int sqliteCode = 0; // the extended result code, where SQLite gave one
    std::string detail; // names versions and files, never data
};

template <class T>
using MigrationResult = Result<T, MigrationError>;

// One schema's numbered SQL migrations (cmake/EmbedSql.cmake compiles the files): scripts[i]
// brings the schema to version i + 1, recorded in PRAGMA user_version. Used by the tablet's
// store and the server's SQLite backend alike.
class Migrations
{
public:
    explicit Migrations(std::span<const std::string_view> scripts, int minReadable = 1)
        : m_scripts(scripts), m_minReadable(minReadable)
    {}

    int current() const { return static_cast<int>(m_scripts.size()); }

    // The file's version (0: a new, empty file), refused when newer than this build knows or
    // older than it still reads. Reads only, so a refused file is left byte for byte.
    MigrationResult<int> check(sqlite3 *db) const;

    // Brings the file from `from` (what check() said) to current(). A file that holds a schema
    // is first checked whole (integrity_check) and copied with SQLite's backup API to
    // `backupPath` through `vfs` (empty: the default; the encrypting VFS keeps the copy
    // encrypted), then each migration runs in its own transaction with its version.
    // `migrated` is told each version reached, for the caller's log.
    MigrationResult<bool> migrate(sqlite3 *db, int from, const std::string &backupPath,
                                  const std::string &vfs,
                                  const std::function<void(int version)> &migrated = {}) const;

private:
    std::span<const std::string_view> m_scripts;
    int m_minReadable;
};

// The backup a migration from `version` leaves beside the file at `path`.
std::string backupPathFor(const std::string &path, int version);

// Copies the open database `db` to a new file at `path` through `vfs` (empty: the default).
MigrationResult<bool> backupTo(sqlite3 *db, const std::string &path, const std::string &vfs);

} // namespace lykta::sqlitedb
