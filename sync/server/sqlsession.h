#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

// What the server's storage logic (sqlstorage.h) asks of a database: statements with
// parameters, and the rows they return. Each backend implements it over its own client
// library (sqlitesession.cpp over SQLite, pgsession.cpp over libpq); nothing above this line
// knows which one runs.
namespace lykta::server::db {

// A statement's parameters, $1, $2, … in the order added.
class Params
{
public:
    enum class Kind : std::uint8_t
    {
        Null,
        Integer,
        Real,
        Text,
        Bytes,
    };
    struct Value
    {
        Kind kind = Kind::Null;
        std::int64_t integer = 0;
        double real = 0;
        std::string text; // Text and Bytes
    };

    Params &add(std::int64_t value);
    Params &add(std::uint64_t value) { return add(static_cast<std::int64_t>(value)); }
    Params &add(int value) { return add(static_cast<std::int64_t>(value)); }
    Params &add(double value);
    Params &add(std::string_view text);
    Params &add(const char *text) { return add(std::string_view(text)); }
    Params &add(const std::string &text) { return add(std::string_view(text)); }
    Params &addOptional(const std::string &text); // empty: NULL
    Params &addNull();
    Params &addBytes(std::string_view bytes);
    Params &add(const Value &value)
    {
        m_values.push_back(value);
        return *this;
    }

    Params &reserve(std::size_t count)
    {
        m_values.reserve(count);
        return *this;
    }

    const std::vector<Value> &values() const { return m_values; }
    std::size_t size() const { return m_values.size(); }

private:
    std::vector<Value> m_values;
};

// The rows a statement returned, read in order: next() moves to the first row, then to each
// following one, and returns false after the last. Columns count from 0.
class Rows
{
public:
    class Source
    {
    public:
        virtual ~Source() = default;
        virtual bool next() = 0;
        virtual bool isNull(int column) const = 0;
        // Valid until next(); copy what must outlive the row.
        virtual std::string_view text(int column) const = 0;
        virtual std::int64_t integer(int column) const = 0;
        virtual double real(int column) const = 0;
        virtual std::string bytes(int column) const = 0; // a bytea or BLOB column
    };

    explicit Rows(std::unique_ptr<Source> source) : m_source(std::move(source)) {}

    bool next() { return m_source->next(); }
    bool isNull(int column) const { return m_source->isNull(column); }
    std::string_view text(int column) const { return m_source->text(column); }
    std::string string(int column) const { return std::string(text(column)); }
    std::int64_t integer(int column) const { return m_source->integer(column); }
    std::uint64_t count(int column) const { return static_cast<std::uint64_t>(integer(column)); }
    double real(int column) const { return m_source->real(column); }
    std::string bytes(int column) const { return m_source->bytes(column); }

private:
    std::unique_ptr<Source> m_source;
};

// How an operation's statements run together.
enum class Access : std::uint8_t
{
    Statement, // one statement, in a transaction of its own
    Snapshot,  // reads that see one state of the database
    Write,     // reads and writes, committed together when the work returns
    LogWrite,  // a Write that holds the log's write lock from before its first read
};

// What the two databases spell differently, as SQL text the storage logic builds statements of.
struct Dialect
{
    // Added to a SELECT that reads rows this transaction will write: " FOR UPDATE" where writers
    // run in parallel (PostgreSQL), nothing where there is one writer at a time (SQLite).
    std::string_view lockRows;
    // The function that gives the larger of its arguments: GREATEST, or SQLite's max.
    std::string_view greatest;
    // Whether every statement costs a round trip, so that reads are worth gathering.
    bool roundTrips = false;
    // The most parameters one statement may take.
    std::size_t maxParams = 0;
    // The byte length of a text or bytes expression.
    std::string (*octets)(std::string_view expression) = nullptr;
    // Whether the bytes `haystack` hold the bytes `needle`.
    std::string (*containsBytes)(std::string_view haystack, std::string_view needle) = nullptr;

    // The log's head: the highest position handed out so far, never lowered by a delete (one
    // row, one column). Where the database does not keep it itself, setLogHead ($1) does.
    std::string_view logHead;
    std::string_view setLogHead;
    // A log row's value: the columns an INSERT names. Where the database types each value
    // itself (SQLite), one column takes one parameter bound with the value's own type; else
    // four parameters fill four columns: kind 0-4 as sync::Value's index, integer, real, bytes...
    std::string_view logValueColumns;
    bool logValueTyped = false;
    // ...and read back as those four, of the log aliased `l`, with their size in bytes.
    std::string_view logValueSelect;
    std::string_view logValueOctets;
    // The terms on log `l` that find a reference (a field named *_id other than unit_id) whose
    // value is the text `target`: the partial index log_reference's own terms, so it is used.
    std::string (*referenceTo)(std::string_view target) = nullptr;

    // The backend as operators name it: "sqlite", "postgresql".
    std::string_view name;
    // The schema version the database records (one row, one column).
    std::string_view schemaVersion;
    // The database's size in bytes (one row, one column).
    std::string_view databaseBytes;
};

// A connection inside the transaction (or not) that its backend opened for one operation.
// Statements are written once for every backend: parameters are numbered $1, $2, … as
// PostgreSQL has them (the SQLite backend reads them as its ?1, ?2), and what the two dialects
// spell differently comes from dialect().
class Session
{
public:
    explicit Session(const Dialect &dialect) : m_dialect(dialect) {}
    virtual ~Session() = default;
    Session(const Session &) = delete;
    Session &operator=(const Session &) = delete;

    const Dialect &dialect() const { return m_dialect; }

    // A statement that returns rows (a SELECT, or a write with RETURNING), prepared once and
    // kept. The rows must be read, or dropped, before the same statement runs again.
    Rows query(std::string_view sql, const Params &params = {})
    {
        return rows(sql, params.values(), Keep::Prepared);
    }
    // The same for a statement whose text is made for this call (a list of many values): not
    // kept once it has run.
    Rows queryOnce(std::string_view sql, const Params &params)
    {
        return rows(sql, params.values(), Keep::Once);
    }
    // An INSERT, UPDATE or DELETE: how many rows it touched (0 while batching).
    std::uint64_t execute(std::string_view sql, const Params &params = {})
    {
        return write(sql, params.values(), Keep::Prepared);
    }
    // The same, its text made for this call.
    std::uint64_t executeOnce(std::string_view sql, const Params &params)
    {
        return write(sql, params.values(), Keep::Once);
    }
    // One INSERT of many rows: `head` up to and with VALUES, then a `row` (its parameters
    // numbered from $1) for each `columns` parameters of `rows`, then `tail` (an ON CONFLICT
    // clause, or empty). Where statements cost round trips, many rows go in one statement;
    // elsewhere one prepared row is run for each.
    void insertRows(std::string_view head, std::string_view row, std::size_t columns,
                    std::string_view tail, const Params &rows);
    // Statements without parameters, separated by semicolons, sent at once: the rows of the
    // last (the text is the caller's own, never a value from outside).
    virtual Rows script(std::string_view sql) = 0;

    // A transaction for `access` (not Statement); rolled back when the session ends before
    // commit().
    virtual void begin(Access access) = 0;
    virtual void commit() = 0;

    // Between these, writes whose counts are not needed may be held and sent together where
    // that saves round trips. Nothing is read in between.
    virtual void beginBatch() {}
    virtual void sendBatch() {}

protected:
    enum class Keep : std::uint8_t
    {
        Prepared, // prepared once, kept for the next run of the same text
        Once,
    };
    using Values = std::span<const Params::Value>;
    virtual Rows rows(std::string_view sql, Values values, Keep keep) = 0;
    virtual std::uint64_t write(std::string_view sql, Values values, Keep keep) = 0;

private:
    const Dialect &m_dialect;
};

// $k in `sql` as $(k + offset), outside quoted text: a statement's parameters after others'.
std::string renumbered(std::string_view sql, int offset);

// Damaged data met above the backends (a stored state that does not decode): each backend
// reports it as StorageError::Code::Corrupt.
struct Damaged : std::runtime_error
{
    using std::runtime_error::runtime_error;
};

// "($first, $first+1, …)" for a row of `columns` parameters; `rows` of them, comma-separated.
std::string valuesList(std::size_t rows, std::size_t columns, int first = 1);

} // namespace lykta::server::db
