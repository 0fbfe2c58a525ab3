#include "migrations.h"

#include "statement.h"

#include <sqlite3.h>

#include <filesystem>

namespace lykta::sqlitedb {

namespace {

MigrationError sqliteError(sqlite3 *db, int rc, const std::string &what)
{
    return {MigrationError::Code::Failed, sqlite3_extended_errcode(db),
            what + ": " + (db ? sqlite3_errmsg(db) : sqlite3_errstr(rc))};
}

// The first column of the first row of `sql`, as text; false (and SQLite's code) on failure.
bool firstText(sqlite3 *db, const char *sql, std::string &out, int &rc)
{
    Statement st(db, sql);
    rc = st.step();
    if (rc != SQLITE_ROW)
        return false;
    out = st.text(0);
    rc = SQLITE_OK;
    return true;
}

bool exec(sqlite3 *db, const std::string &sql)
{
    return sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr) == SQLITE_OK;
}

} // namespace

std::string backupPathFor(const std::string &path, int version)
{
    return path + ".schema-v" + std::to_string(version) + ".bak";
}

MigrationResult<int> Migrations::check(sqlite3 *db) const
{
    std::string text;
    int rc = SQLITE_OK;
    if (!firstText(db, "PRAGMA user_version", text, rc))
        return sqliteError(db, rc, "user_version");
    const int version = std::stoi(text);
    if (version > current())
        return MigrationError{MigrationError::Code::TooNew, 0,
                              "schema " + std::to_string(version) + " is newer than this build's " +
                                  std::to_string(current())};
    if (version != 0 && version < m_minReadable)
        return MigrationError{MigrationError::Code::TooOld, 0,
                              "schema " + std::to_string(version) +
                                  " is older than this build reads"};
    return version;
}

MigrationResult<bool> backupTo(sqlite3 *db, const std::string &path, const std::string &vfs)
{
    std::error_code ec;
    std::filesystem::remove(path, ec);
    sqlite3 *dest = nullptr;
    int rc = sqlite3_open_v2(path.c_str(), &dest, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                             vfs.empty() ? nullptr : vfs.c_str());
    if (rc == SQLITE_OK) {
        sqlite3_backup *backup = sqlite3_backup_init(dest, "main", db, "main");
        if (!backup) {
            rc = sqlite3_errcode(dest);
        } else {
            rc = sqlite3_backup_step(backup, -1);
            sqlite3_backup_finish(backup);
            rc = rc == SQLITE_DONE ? SQLITE_OK : rc;
        }
    }
    std::string detail =
        "backup to " + path + ": " + (dest ? sqlite3_errmsg(dest) : sqlite3_errstr(rc));
    sqlite3_close_v2(dest);
    if (rc != SQLITE_OK) {
        std::filesystem::remove(path, ec); // no half copy that looks like a backup
        return MigrationError{MigrationError::Code::BackupFailed, rc, std::move(detail)};
    }
    return true;
}

MigrationResult<bool> Migrations::migrate(sqlite3 *db, int from, const std::string &backupPath,
                                          const std::string &vfs,
                                          const std::function<void(int)> &migrated) const
{
    if (from >= current())
        return true;
    if (from != 0) {
        // A migration rewrites tables: check the whole file and keep a copy first.
        std::string result;
        int rc = SQLITE_OK;
        if (!firstText(db, "PRAGMA integrity_check(1)", result, rc))
            return sqliteError(db, rc, "integrity_check");
        if (result != "ok")
            return MigrationError{MigrationError::Code::Corrupt, 0,
                                  "integrity_check failed before migration"};
        if (auto copied = backupTo(db, backupPath, vfs); !copied)
            return copied.error();
    }
    for (int version = from + 1; version <= current(); ++version) {
        const std::string what = "migration to schema " + std::to_string(version);
        if (!exec(db, "BEGIN IMMEDIATE"))
            return sqliteError(db, SQLITE_ERROR, what);
        if (!exec(db, std::string(m_scripts[static_cast<std::size_t>(version - 1)])) ||
            !exec(db, "PRAGMA user_version = " + std::to_string(version))) {
            MigrationError error = sqliteError(db, SQLITE_ERROR, what);
            exec(db, "ROLLBACK");
            return error;
        }
        if (!exec(db, "COMMIT")) {
            MigrationError error = sqliteError(db, SQLITE_ERROR, what);
            exec(db, "ROLLBACK");
            return error;
        }
        if (migrated)
            migrated(version);
    }
    return true;
}

} // namespace lykta::sqlitedb
