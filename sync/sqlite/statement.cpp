#include "statement.h"

#include <variant>

namespace lykta::sqlitedb {

Statement::Statement(sqlite3 *db, std::string_view sql) : m_db(db)
{
    m_prepareRc = sqlite3_prepare_v3(db, sql.data(), static_cast<int>(sql.size()),
                                     SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr);
    if (m_prepareRc != SQLITE_OK)
        m_prepareError = db ? sqlite3_errmsg(db) : sqlite3_errstr(m_prepareRc);
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement &Statement::bind(int index, const sync::Value &value)
{
    std::visit(
        [&](const auto &v) {
            using T = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<T, std::monostate>)
                sqlite3_bind_null(m_stmt, index);
            else if constexpr (std::is_same_v<T, std::int64_t>)
                sqlite3_bind_int64(m_stmt, index, v);
            else if constexpr (std::is_same_v<T, double>)
                sqlite3_bind_double(m_stmt, index, v);
            else if constexpr (std::is_same_v<T, std::string>)
                sqlite3_bind_text64(m_stmt, index, v.data(), v.size(), SQLITE_TRANSIENT,
                                    SQLITE_UTF8);
            else
                sqlite3_bind_blob64(m_stmt, index, v.data(), v.size(), SQLITE_TRANSIENT);
        },
        value);
    return *this;
}

Statement &Statement::bind(int index, std::string_view text)
{
    sqlite3_bind_text64(m_stmt, index, text.data(), text.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
    return *this;
}

Statement &Statement::bind(int index, std::int64_t number)
{
    sqlite3_bind_int64(m_stmt, index, number);
    return *this;
}

Statement &Statement::bindBlob(int index, std::string_view bytes)
{
    sqlite3_bind_blob64(m_stmt, index, bytes.data(), bytes.size(), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bindBorrowed(int index, std::string_view text)
{
    sqlite3_bind_text64(m_stmt, index, text.data(), text.size(), SQLITE_STATIC, SQLITE_UTF8);
    return *this;
}

Statement &Statement::bindBlobBorrowed(int index, std::string_view bytes)
{
    sqlite3_bind_blob64(m_stmt, index, bytes.data(), bytes.size(), SQLITE_STATIC);
    return *this;
}

Statement &Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

int Statement::step()
{
    if (!m_stmt)
        return m_prepareRc == SQLITE_OK ? SQLITE_MISUSE : m_prepareRc;
    return sqlite3_step(m_stmt);
}

bool Statement::next()
{
    const int rc = step();
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    reset();
    raise(rc);
}

void Statement::raise(int rc) const
{
    if (!m_stmt)
        throw Exception(rc, m_prepareError.empty() ? sqlite3_errstr(rc) : m_prepareError);
    throw Exception(rc, m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(rc));
}

void Statement::reset()
{
    if (!m_stmt)
        return;
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

int Statement::columnCount() const
{
    return sqlite3_column_count(m_stmt);
}

std::string Statement::columnName(int column) const
{
    const char *name = sqlite3_column_name(m_stmt, column);
    return name ? name : "";
}

sync::Value Statement::value(int column) const
{
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_INTEGER:
        return std::int64_t{sqlite3_column_int64(m_stmt, column)};
    case SQLITE_FLOAT:
        return sqlite3_column_double(m_stmt, column);
    case SQLITE_TEXT:
        return std::string(text(column));
    case SQLITE_BLOB: {
        const auto *data = static_cast<const std::uint8_t *>(sqlite3_column_blob(m_stmt, column));
        return sync::Blob(data, data + sqlite3_column_bytes(m_stmt, column));
    }
    default:
        return std::monostate{};
    }
}

std::int64_t Statement::integer(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

std::string_view Statement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return data ? std::string_view(data,
                                   static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, column)))
                : std::string_view();
}

std::string_view Statement::blob(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    return data ? std::string_view(data,
                                   static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, column)))
                : std::string_view();
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

} // namespace lykta::sqlitedb
