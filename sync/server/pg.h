#pragma once

#include "sqlsession.h"

#include <libpq-fe.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

// A thin C++ layer over libpq for the PostgreSQL backend: one connection, parameters in text
// form (bytea in binary), statements prepared once per connection, results read by row and
// column. Everything here throws pg::Error; the backend turns it into a StorageError.
namespace lykta::server::pg {

struct Error : std::runtime_error
{
    Error(std::string sqlState, const std::string &what)
        : std::runtime_error(what), state(std::move(sqlState))
    {}
    std::string state; // SQLSTATE, e.g. 40001; empty when the connection itself failed

    bool retryable() const; // serialization failure or deadlock: run the transaction again
    bool connectionLost() const;
};

// A statement's parameters in libpq's form: text, SQL NULL, or bytes sent as binary (bytea).
class Params
{
public:
    Params() = default;
    explicit Params(std::span<const db::Params::Value> values);

    int size() const { return static_cast<int>(m_values.size()); }
    const char *const *values() const;
    const int *lengths() const { return m_lengths.data(); }
    const int *formats() const { return m_formats.data(); }

private:
    std::vector<std::optional<std::string>> m_values;
    std::vector<int> m_lengths;
    std::vector<int> m_formats;
    mutable std::vector<const char *> m_pointers;
};

// A query's rows, in text form.
class Rows
{
public:
    explicit Rows(PGresult *result) : m_result(result) {}
    ~Rows();
    Rows(Rows &&other) noexcept : m_result(other.m_result) { other.m_result = nullptr; }
    Rows(const Rows &) = delete;
    Rows &operator=(const Rows &) = delete;
    Rows &operator=(Rows &&) = delete;

    int size() const { return PQntuples(m_result); }
    bool empty() const { return size() == 0; }
    std::uint64_t affected() const; // rows an INSERT, UPDATE or DELETE touched
    bool isNull(int row, int column) const { return PQgetisnull(m_result, row, column) != 0; }
    std::string_view text(int row, int column) const;
    std::int64_t integer(int row, int column) const;
    double real(int row, int column) const;
    std::string bytes(int row, int column) const; // a bytea column

private:
    PGresult *m_result;
};

// `conninfo` (a URL or key=value words) with sslmode=verify-full added when it names a host
// off this machine and sets no sslmode (nor PGSSLMODE): libpq's own default, prefer, falls back
// to plaintext and checks no certificate. Loopback and unix sockets keep libpq's default.
std::string withTlsDefault(const std::string &conninfo);

// One connection. Not thread-safe: the backend's pool hands it to one thread at a time.
class Conn
{
public:
    explicit Conn(const std::string &url);
    ~Conn();
    Conn(const Conn &) = delete;
    Conn &operator=(const Conn &) = delete;

    // Runs plain SQL (one or more statements, no parameters): the last statement's rows.
    Rows exec(std::string_view sql);
    // A parameterised statement, prepared the first time this connection sees it.
    Rows query(const std::string &sql, const Params &params = {});
    // A parameterised statement that is not prepared (its text varies, e.g. multi-row VALUES).
    Rows queryOnce(const std::string &sql, const Params &params);

    bool ok() const { return PQstatus(m_conn) == CONNECTION_OK; }

private:
    Rows check(PGresult *result);

    PGconn *m_conn = nullptr;
    std::unordered_map<std::string, std::string> m_prepared; // sql -> statement name
};

// BEGIN on construction (with the given mode), ROLLBACK unless commit() ran. `begin` may go on
// with more statements after a semicolon (one round trip); first() holds the last one's rows.
class Transaction
{
public:
    explicit Transaction(Conn &conn, std::string_view begin = "BEGIN");
    const Rows &first() const { return *m_first; }
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    void commit();

private:
    Conn &m_conn;
    bool m_open = true;
    std::unique_ptr<Rows> m_first;
};

} // namespace lykta::server::pg
