#include "sqlitesession.h"

#include <algorithm>

namespace lykta::server {

namespace {

// $1, $2, … as SQLite's ?1, ?2, … (the same numbers), outside quoted text.
std::string sqliteParameters(std::string_view sql)
{
    std::string out(sql);
    bool quoted = false;
    for (std::size_t i = 0; i < out.size(); ++i) {
        if (out[i] == '\'')
            quoted = !quoted;
        else if (!quoted && out[i] == '$' && i + 1 < out.size() && out[i + 1] >= '0' &&
                 out[i + 1] <= '9')
            out[i] = '?';
    }
    return out;
}

void bind(sqlite::Stmt &st, int index, const db::Params::Value &value)
{
    switch (value.kind) {
    case db::Params::Kind::Null:
        st.bindNull(index);
        break;
    case db::Params::Kind::Integer:
        st.bind(index, value.integer);
        break;
    case db::Params::Kind::Real:
        st.bind(index, sync::Value(value.real));
        break;
    case db::Params::Kind::Text:
        st.bind(index, std::string_view(value.text));
        break;
    case db::Params::Kind::Bytes:
        st.bindBlob(index, value.text);
        break;
    }
}

void bindAll(sqlite::Stmt &st, const db::Params &params, std::size_t from = 0,
             std::size_t count = std::size_t(-1))
{
    const auto &values = params.values();
    const std::size_t end =
        std::min(values.size(), count == std::size_t(-1) ? values.size() : from + count);
    for (std::size_t i = from; i < end; ++i)
        bind(st, static_cast<int>(i - from + 1), values[i]);
}

// The statement's rows as it steps; reset when read or dropped.
class StatementRows final : public db::Rows::Source
{
public:
    explicit StatementRows(sqlite::Stmt &st) : m_st(st) {}
    ~StatementRows() override { m_st.reset(); }

    bool next() override { return m_st.next(); }
    bool isNull(int column) const override { return m_st.isNull(column); }
    std::string_view text(int column) const override { return m_st.text(column); }
    std::int64_t integer(int column) const override { return m_st.integer(column); }
    double real(int column) const override
    {
        const sync::Value v = m_st.value(column);
        if (const auto *d = std::get_if<double>(&v))
            return *d;
        return static_cast<double>(m_st.integer(column));
    }
    std::string bytes(int column) const override { return std::string(m_st.blob(column)); }

private:
    sqlite::Stmt &m_st;
};

} // namespace

sqlite::Stmt &SqliteSession::prepare(std::string_view sql)
{
    return m_db.cached(sqliteParameters(sql));
}

db::Rows SqliteSession::query(std::string_view sql, const db::Params &params)
{
    auto &st = prepare(sql);
    bindAll(st, params);
    return db::Rows(std::make_unique<StatementRows>(st));
}

std::uint64_t SqliteSession::execute(std::string_view sql, const db::Params &params)
{
    auto &st = prepare(sql);
    bindAll(st, params);
    while (st.next()) {
    }
    st.reset();
    return static_cast<std::uint64_t>(sqlite3_changes(m_db.handle()));
}

void SqliteSession::insertRows(std::string_view head, std::size_t columns, std::string_view tail,
                               const db::Params &rows)
{
    // One prepared row, stepped once a row: SQLite has no round trips to save.
    auto &st = prepare(std::string(head) + db::valuesList(1, columns) + std::string(tail));
    for (std::size_t from = 0; from < rows.size(); from += columns) {
        bindAll(st, rows, from, columns);
        while (st.next()) {
        }
        st.reset();
    }
}

std::string SqliteSession::greatest(std::string_view a, std::string_view b) const
{
    return "max(" + std::string(a) + ", " + std::string(b) + ")";
}

} // namespace lykta::server
