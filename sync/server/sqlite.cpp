#include "sqlite.h"

namespace lykta::server::sqlite {

namespace {

[[noreturn]] void fail(sqlite3 *db, int rc)
{
    throw Error(rc, db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
}

} // namespace

Stmt::Stmt(sqlite3 *db, std::string_view sql) : m_db(db)
{
    const int rc = sqlite3_prepare_v3(db, sql.data(), static_cast<int>(sql.size()),
                                      SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr);
    if (rc != SQLITE_OK)
        fail(db, rc);
}

Stmt::~Stmt()
{
    sqlite3_finalize(m_stmt);
}

Stmt &Stmt::bind(int index, std::int64_t value)
{
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Stmt &Stmt::bind(int index, std::string_view text)
{
    sqlite3_bind_text64(m_stmt, index, text.data(), text.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
    return *this;
}

Stmt &Stmt::bindBlob(int index, std::string_view bytes)
{
    sqlite3_bind_blob64(m_stmt, index, bytes.data(), bytes.size(), SQLITE_TRANSIENT);
    return *this;
}

Stmt &Stmt::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

Stmt &Stmt::bind(int index, const sync::Value &value)
{
    if (const auto *i = std::get_if<std::int64_t>(&value))
        sqlite3_bind_int64(m_stmt, index, *i);
    else if (const auto *d = std::get_if<double>(&value))
        sqlite3_bind_double(m_stmt, index, *d);
    else if (const auto *s = std::get_if<std::string>(&value))
        bind(index, std::string_view(*s));
    else if (const auto *b = std::get_if<sync::Blob>(&value))
        sqlite3_bind_blob64(m_stmt, index, b->data(), b->size(), SQLITE_TRANSIENT);
    else
        sqlite3_bind_null(m_stmt, index);
    return *this;
}

bool Stmt::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    sqlite3_reset(m_stmt);
    fail(m_db, rc);
}

void Stmt::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

std::int64_t Stmt::integer(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

std::string Stmt::text(int column) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return p ? std::string(p, static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, column)))
             : std::string();
}

std::string_view Stmt::blob(int column) const
{
    const auto *p = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    return p ? std::string_view(p, static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, column)))
             : std::string_view();
}

bool Stmt::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

sync::Value Stmt::value(int column) const
{
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_INTEGER:
        return integer(column);
    case SQLITE_FLOAT:
        return sqlite3_column_double(m_stmt, column);
    case SQLITE_TEXT:
        return text(column);
    case SQLITE_BLOB: {
        const auto bytes = blob(column);
        return sync::Blob(bytes.begin(), bytes.end());
    }
    default:
        return std::monostate();
    }
}

Db::Db(const std::string &path, int flags, const std::string &vfs)
{
    const int rc = sqlite3_open_v2(path.c_str(), &m_db, flags | SQLITE_OPEN_NOMUTEX,
                                   vfs.empty() ? nullptr : vfs.c_str());
    if (rc != SQLITE_OK) {
        const std::string message = m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(rc);
        sqlite3_close(m_db);
        m_db = nullptr;
        throw Error(rc, path + ": " + message);
    }
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_busy_timeout(m_db, 5000);
}

Db::~Db()
{
    m_cache.clear();
    sqlite3_close(m_db);
}

void Db::exec(std::string_view sql)
{
    const std::string text(sql);
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db, text.c_str(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        const std::string what = message ? message : sqlite3_errstr(rc);
        sqlite3_free(message);
        throw Error(rc, what);
    }
}

Stmt &Db::cached(std::string_view sql)
{
    auto it = m_cache.find(std::string(sql));
    if (it == m_cache.end())
        it = m_cache.emplace(std::string(sql), std::make_unique<Stmt>(m_db, sql)).first;
    it->second->reset();
    return *it->second;
}

void Db::resetAll()
{
    for (auto &[sql, stmt] : m_cache)
        stmt->reset();
}

Transaction::Transaction(Db &db, bool write) : m_db(db)
{
    m_db.exec(write ? "BEGIN IMMEDIATE" : "BEGIN");
}

Transaction::~Transaction()
{
    if (m_open)
        sqlite3_exec(m_db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

void Transaction::commit()
{
    m_db.exec("COMMIT");
    m_open = false;
}

} // namespace lykta::server::sqlite
