#pragma once

#include <cstdint>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

// What the server's storage logic (sqlstorage.h) asks of a database: statements with
// parameters, and the rows they return. Each backend implements it over its own client
// library (sqlitestorage.cpp over SQLite, pgstorage.cpp over libpq); nothing above this line
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

// A connection inside the transaction (or not) that its backend opened for one operation.
// Statements are written once for every backend: parameters are numbered $1, $2, … as
// PostgreSQL has them (the SQLite backend reads them as its ?1, ?2), and what the two dialects
// spell differently is asked of the session.
class Session
{
public:
    virtual ~Session() = default;

    // A statement that returns rows (a SELECT, or a write with RETURNING). The rows must be
    // read, or dropped, before the same statement runs again.
    virtual Rows query(std::string_view sql, const Params &params = {}) = 0;
    // An INSERT, UPDATE or DELETE: how many rows it touched.
    virtual std::uint64_t execute(std::string_view sql, const Params &params = {}) = 0;
    // One INSERT of many rows: `head` up to and with VALUES, then `rows` holding `columns`
    // parameters a row, then `tail` (an ON CONFLICT clause, or empty). The backend sends them
    // in as few statements as suit it (one row at a time in SQLite, which has no round trips;
    // several hundred in a statement to PostgreSQL).
    virtual void insertRows(std::string_view head, std::size_t columns, std::string_view tail,
                            const Params &rows) = 0;

    // Added to a SELECT that reads rows this transaction will write: " FOR UPDATE" where writers
    // run in parallel (PostgreSQL), nothing where there is one writer at a time (SQLite).
    virtual std::string_view lockRows() const = 0;
    // The larger of two integer expressions.
    virtual std::string greatest(std::string_view a, std::string_view b) const = 0;
};

// Damaged data met above the backends (a stored state that does not decode): each backend
// reports it as StorageError::Code::Corrupt.
struct Damaged : std::runtime_error
{
    using std::runtime_error::runtime_error;
};

// "($first, $first+1, …)" for a row of `columns` parameters; `rows` of them, comma-separated.
std::string valuesList(std::size_t rows, std::size_t columns, int first = 1);

} // namespace lykta::server::db
