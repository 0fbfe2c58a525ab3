#pragma once

#include "sync/sqlite/connection.h"

#include <memory>
#include <string>
#include <string_view>

namespace lykta::server::sqlite {

// The server's SQLite backend on lykta_sqlite, with every failure thrown: the backend turns it
// into a StorageError at its boundary, so it never escapes into the HTTP layer. Statements
// step with next(), which throws.
using Error = sqlitedb::Exception;
using Stmt = sqlitedb::Statement;

// The connection: a sqlitedb::Connection that throws when it cannot open or run a script.
class Db
{
public:
    // `vfs`: the SQLite VFS to open the file through (an encrypting one); empty: the default.
    explicit Db(const std::string &path, int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                const std::string &vfs = {});

    sqlite3 *handle() const { return m_connection->handle(); }
    void exec(std::string_view sql);
    // Prepared once per connection, returned reset with no bindings.
    Stmt &cached(std::string_view sql) { return m_connection->cached(sql); }
    // Resets every cached statement: a statement left on a row keeps its read snapshot open,
    // so the backend calls this at the end of each operation.
    void resetAll() { m_connection->releaseReads(); }

private:
    friend class Transaction;
    std::unique_ptr<sqlitedb::Connection> m_connection;
};

// BEGIN IMMEDIATE (write) or BEGIN on construction, ROLLBACK unless commit() ran.
class Transaction
{
public:
    explicit Transaction(Db &db, bool write = true);
    void commit();

private:
    sqlitedb::Transaction m_tx;
};

} // namespace lykta::server::sqlite
