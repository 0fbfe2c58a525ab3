#pragma once

#include "schemaversion.h"
#include "storeerror.h"
#include "sync/core/result.h"
#include "sync/sqlite/connection.h"
#include "sync/sqlite/migrations.h"

#include <sqlite3.h>

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

namespace lykta::store {

using sqlitedb::Statement;

struct DatabaseOptions
{
    std::string path;
    // The SQLite VFS every page goes through. Empty = SQLite's default. The encrypted VFS
    // registers itself under a name and is selected here; nothing else in the store changes.
    std::string vfs;
    bool readOnly = false;
    // Another connection of this process has just opened (and checked) the file: skip the
    // quick_check, which reads every page. For a second connection only (the app's read and
    // sync workers); the first open of a file always checks it.
    bool alreadyChecked = false;
    // This connection's page cache in KiB; 0 keeps SQLite's default (2 MiB). A connection that
    // searches reads many pages, each decrypted on its way in, and keeps more of them.
    int cacheKiB = 0;
};

// Owns the one SQLite connection of a store: opens it safely (nothing is written to a file
// that is too new or damaged), sets WAL, synchronous=FULL and foreign keys, and migrates
// the schema one version per transaction with a backup copy taken first.
class Database
{
public:
    static Result<std::unique_ptr<Database>, StoreError> open(const DatabaseOptions &options);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    sqlite3 *handle() const { return m_connection->handle(); }
    // The SQLite layer's connection under it (for sqlitedb's helpers, such as PragmaGuard).
    sqlitedb::Connection &connection() { return *m_connection; }
    // Makes the statement running on this connection stop with SQLITE_INTERRUPT. The one call
    // that may come from another thread, while the connection is open.
    void interrupt() const { m_connection->interrupt(); }
    // Closes the connection for good (the store's lock). Every call after it fails with
    // StoreErrc::Locked; open a new Database to go on.
    void close() { m_connection->close(); }
    bool isOpen() const { return m_connection->isOpen(); }
    const DatabaseOptions &options() const { return m_options; }
    SchemaVersion version() const { return m_version; }

    // A statement prepared once and kept; returned reset, with no bindings.
    Statement &cached(std::string_view sql) { return m_connection->cached(sql); }
    // Resets every kept statement. One left on a row holds its read snapshot open: the
    // connection would not see what another connection (the sync worker) committed since,
    // and could not start a write. Called at the start of each store call.
    void releaseReads() { m_connection->releaseReads(); }
    Result<bool, StoreError> exec(std::string_view sql);

    // The error for the connection's last failed call, classified.
    StoreError lastError(int rc) const;
    // A failure of the SQLite layer, classified; Locked once the connection is closed.
    StoreError error(sqlitedb::Error e) const;

    // BEGIN IMMEDIATE ... COMMIT, rolled back unless commit() succeeds.
    class Transaction
    {
    public:
        explicit Transaction(Database &db) : m_db(db), m_tx(*db.m_connection) {}
        Result<bool, StoreError> begin();
        Result<bool, StoreError> commit();

    private:
        Database &m_db;
        sqlitedb::Transaction m_tx;
    };

private:
    Database(std::unique_ptr<sqlitedb::Connection> connection, DatabaseOptions options)
        : m_connection(std::move(connection)), m_options(std::move(options))
    {}
    Result<bool, StoreError> checkAndMigrate();
    StoreError migrationError(const sqlitedb::MigrationError &error) const;

    std::unique_ptr<sqlitedb::Connection> m_connection;
    DatabaseOptions m_options;
    SchemaVersion m_version = SchemaVersion::Empty;
};

StoreError classify(int rc, std::string detail);
inline StoreError classify(sqlitedb::Error e)
{
    return classify(e.code, std::move(e.detail));
}

} // namespace lykta::store
