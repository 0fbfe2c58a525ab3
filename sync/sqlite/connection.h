#pragma once

#include "error.h"
#include "statement.h"
#include "sync/core/result.h"

#include <sqlite3.h>

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

namespace lykta::sqlitedb {

template <class T>
using SqlResult = Result<T, Error>;

// Hashes std::string and std::string_view alike, so a map keyed by text is searched without
// copying the key.
struct TextHash
{
    using is_transparent = void;
    std::size_t operator()(std::string_view text) const
    {
        return std::hash<std::string_view>{}(text);
    }
};

// One SQLite connection and the statements it keeps prepared. Used by the tablet's store and
// the server's SQLite backend alike: each adds its own pragmas, migrations and error mapping.
class Connection
{
public:
    // Opens `path` through `vfs` (empty: SQLite's default; the encrypting VFS registers a name)
    // with extended result codes and a 5 s busy timeout. One thread at a time (NOMUTEX).
    static SqlResult<std::unique_ptr<Connection>> open(const std::string &path, int flags,
                                                       const std::string &vfs = {});
    ~Connection();
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    sqlite3 *handle() const { return m_db; }
    bool isOpen() const { return m_db != nullptr; }
    // Makes the statement running on this connection stop with SQLITE_INTERRUPT. The one call
    // that may come from another thread while the connection is open.
    void interrupt() const;
    // Closes the connection for good; every call after it fails with SQLITE_MISUSE.
    void close();

    // A statement prepared once and kept; returned reset, with no bindings. Once closed, one
    // whose every step fails.
    Statement &cached(std::string_view sql);
    // Resets every kept statement. One left on a row holds its read snapshot open: the
    // connection would not see what another connection committed since, and could not write.
    void releaseReads();
    SqlResult<bool> exec(std::string_view sql);
    // The error for the connection's last failed call, with SQLite's message.
    Error lastError(int rc) const;

private:
    explicit Connection(sqlite3 *db) : m_db(db) {}

    sqlite3 *m_db = nullptr;
    std::unordered_map<std::string, std::unique_ptr<Statement>, TextHash, std::equal_to<>>
        m_statements;
    Statement m_closed{SQLITE_MISUSE};
};

// BEGIN IMMEDIATE (a writer) or BEGIN (one read snapshot) ... COMMIT; rolled back unless
// commit() succeeded. Every kept statement is released first and last, so none holds a
// snapshot across the transaction's edges.
class Transaction
{
public:
    enum class Mode : std::uint8_t
    {
        Write,
        Read,
    };
    explicit Transaction(Connection &db) : m_db(db) {}
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    SqlResult<bool> begin(Mode mode = Mode::Write);
    SqlResult<bool> commit();

private:
    Connection &m_db;
    bool m_open = false;
};

} // namespace lykta::sqlitedb
