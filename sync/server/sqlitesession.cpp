#include "sqlitesession.h"

#include <algorithm>
#include <memory>
#include <optional>
#include <span>
#include <stdexcept>
#include <vector>

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

// Whether SQLite copies bound text and bytes, or reads them where they are (a statement that
// runs to its end and is reset while the parameters live).
enum class Binding
{
    Copy,
    Borrow,
};

void bind(sqlite::Stmt &st, int index, const db::Params::Value &value, Binding binding)
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
        if (binding == Binding::Borrow)
            st.bindBorrowed(index, value.text);
        else
            st.bind(index, std::string_view(value.text));
        break;
    case db::Params::Kind::Bytes:
        if (binding == Binding::Borrow)
            st.bindBlobBorrowed(index, value.text);
        else
            st.bindBlob(index, value.text);
        break;
    }
}

void bindAll(sqlite::Stmt &st, std::span<const db::Params::Value> values,
             Binding binding = Binding::Copy)
{
    for (std::size_t i = 0; i < values.size(); ++i)
        bind(st, static_cast<int>(i + 1), values[i], binding);
}

void runToEnd(sqlite::Stmt &st)
{
    while (st.next()) {
    }
    st.reset();
}

// The statement's rows as it steps; reset (or, not kept, finalized) when read or dropped.
class StatementRows final : public db::Rows::Source
{
public:
    explicit StatementRows(sqlite::Stmt &st) : m_st(st) {}
    explicit StatementRows(std::unique_ptr<sqlite::Stmt> own) : m_own(std::move(own)), m_st(*m_own)
    {}
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
    std::unique_ptr<sqlite::Stmt> m_own;
    sqlite::Stmt &m_st;
};

const db::Dialect kSqlite{
    .lockRows = "",
    .greatest = "max",
    .roundTrips = false,
    .maxParams = 32766, // SQLITE_MAX_VARIABLE_NUMBER's default since 3.32
    .octets = [](std::string_view e) { return "length(CAST(" + std::string(e) + " AS BLOB))"; },
    .containsBytes =
        [](std::string_view haystack, std::string_view needle) {
            return "instr(" + std::string(haystack) + ", " + std::string(needle) + ") > 0";
        },
    // AUTOINCREMENT keeps the highest position ever given in sqlite_sequence, and raises it
    // when a row is inserted with a higher one.
    .logHead = "SELECT max(coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'log'), 0), "
               "coalesce((SELECT max(seq) FROM log), 0))",
    .setLogHead = "",
    // One column of any type, bound as it is: text stays TEXT, bytes BLOB.
    .logValueColumns = "value",
    .logValueTyped = true,
    .logValueSelect = "CASE typeof(l.value) WHEN 'integer' THEN 1 WHEN 'real' THEN 2 WHEN 'text' "
                      "THEN 3 WHEN 'blob' THEN 4 ELSE 0 END, l.value, l.value, l.value",
    .logValueOctets = "CASE WHEN typeof(l.value) IN ('text', 'blob') THEN length(CAST(l.value AS "
                      "BLOB)) END",
    .referenceTo =
        [](std::string_view target) {
            return "l.value = " + std::string(target) +
                   " AND l.field GLOB '*_id' AND l.field <> 'unit_id'";
        },
    .name = "sqlite",
    .schemaVersion = "PRAGMA user_version",
    .databaseBytes = "SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()",
};

// db::Session over the server's SQLite connection: statements prepared once and cached by the
// connection, rows read straight from the statement as it steps.
class SqliteSession final : public db::Session
{
public:
    SqliteSession(sqlite::Db &db, SqliteTexts &texts) : Session(kSqlite), m_db(db), m_texts(texts)
    {}

    void begin(db::Access access) override
    {
        // One writer at a time: BEGIN IMMEDIATE is the log's write lock too.
        m_tx.emplace(m_db, access != db::Access::Snapshot);
    }
    void commit() override
    {
        m_tx->commit();
        m_tx.reset();
    }

    db::Rows script(std::string_view sql) override
    {
        // Our own statements, with no semicolon inside one.
        std::vector<std::string_view> statements;
        for (std::size_t start = 0; start <= sql.size();) {
            const auto end = std::min(sql.find(';', start), sql.size());
            const auto statement = sql.substr(start, end - start);
            if (statement.find_first_not_of(' ') != std::string_view::npos)
                statements.push_back(statement);
            start = end + 1;
        }
        if (statements.empty())
            throw std::invalid_argument("an empty script");
        for (std::size_t i = 0; i + 1 < statements.size(); ++i)
            execute(statements[i]);
        return queryOnce(statements.back(), {});
    }

protected:
    db::Rows rows(std::string_view sql, Values values, Keep keep) override
    {
        if (keep == Keep::Once) {
            auto st = std::make_unique<sqlite::Stmt>(m_db.handle(), sqliteParameters(sql));
            bindAll(*st, values);
            return db::Rows(std::make_unique<StatementRows>(std::move(st)));
        }
        auto &st = m_db.cached(m_texts(sql));
        bindAll(st, values);
        return db::Rows(std::make_unique<StatementRows>(st));
    }

    std::uint64_t write(std::string_view sql, Values values, Keep keep) override
    {
        std::optional<sqlite::Stmt> once;
        sqlite::Stmt &st = keep == Keep::Once ? once.emplace(m_db.handle(), sqliteParameters(sql))
                                              : m_db.cached(m_texts(sql));
        // The statement runs to its end and is reset before `values` go.
        bindAll(st, values, Binding::Borrow);
        runToEnd(st);
        return static_cast<std::uint64_t>(sqlite3_changes(m_db.handle()));
    }

private:
    sqlite::Db &m_db;
    SqliteTexts &m_texts;
    std::optional<sqlite::Transaction> m_tx; // rolled back unless committed
};

} // namespace

const std::string &SqliteTexts::operator()(std::string_view sql)
{
    auto it = m_texts.find(sql);
    if (it == m_texts.end())
        it = m_texts.emplace(std::string(sql), sqliteParameters(sql)).first;
    return it->second;
}

std::unique_ptr<db::Session> sqliteSession(sqlite::Db &db, SqliteTexts &texts)
{
    return std::make_unique<SqliteSession>(db, texts);
}

} // namespace lykta::server
