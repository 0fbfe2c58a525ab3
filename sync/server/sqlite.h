#pragma once

#include "sync/core/value.h"

#include <sqlite3.h>

#include <cstdint>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>

namespace lykta::server::sqlite {

// A failed SQLite call inside the SQLite backend; the backend turns it into a StorageError
// at its boundary, so it never escapes into the HTTP layer.
struct Error : std::runtime_error
{
    Error(int rc, const std::string &what) : std::runtime_error(what), code(rc) {}
    int code;
};

// One prepared statement; bind() chains, step() throws on errors other than ROW/DONE.
class Stmt
{
public:
    Stmt(sqlite3 *db, std::string_view sql);
    ~Stmt();
    Stmt(const Stmt &) = delete;
    Stmt &operator=(const Stmt &) = delete;

    Stmt &bind(int index, std::int64_t value);
    Stmt &bind(int index, std::string_view text);
    Stmt &bind(int index, const sync::Value &value);
    Stmt &bindBlob(int index, std::string_view bytes);
    Stmt &bindNull(int index);

    bool step(); // true: a row is ready; false: done
    void reset();

    std::int64_t integer(int column) const;
    std::string text(int column) const;
    std::string_view blob(int column) const;
    sync::Value value(int column) const;
    bool isNull(int column) const;

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_stmt = nullptr;
};

// The connection: owns the handle and a cache of prepared statements.
class Db
{
public:
    // `vfs`: the SQLite VFS to open the file through (an encrypting one); empty: the default.
    explicit Db(const std::string &path, int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                const std::string &vfs = {});
    ~Db();
    Db(const Db &) = delete;
    Db &operator=(const Db &) = delete;

    sqlite3 *handle() const { return m_db; }
    void exec(std::string_view sql);
    // Prepared once per connection, returned reset with no bindings.
    Stmt &cached(std::string_view sql);
    // Resets every cached statement: a statement left on a row keeps its read snapshot open,
    // so the backend calls this at the end of each operation.
    void resetAll();

private:
    sqlite3 *m_db = nullptr;
    std::unordered_map<std::string, std::unique_ptr<Stmt>> m_cache;
};

// BEGIN IMMEDIATE on construction, ROLLBACK unless commit() ran.
class Transaction
{
public:
    explicit Transaction(Db &db, bool write = true);
    ~Transaction();
    void commit();

private:
    Db &m_db;
    bool m_open = true;
};

} // namespace lykta::server::sqlite
