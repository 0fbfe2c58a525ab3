#include "pg.h"

#include <charconv>
#include <cstdio>
#include <cstdlib>

namespace lykta::server::pg {

namespace {

std::string message(PGconn *conn)
{
    std::string text = PQerrorMessage(conn);
    while (!text.empty() && (text.back() == '\n' || text.back() == ' '))
        text.pop_back();
    return text;
}

// A host (or hostaddr) entry that stays on this machine: empty (the default socket), a socket
// folder, localhost or a loopback address.
bool isLocal(std::string_view host)
{
    return host.empty() || host.front() == '/' || host.front() == '@' || host == "localhost" ||
           host == "::1" || host.rfind("127.", 0) == 0;
}

// Every entry of a comma-separated host list is local.
bool allLocal(std::string_view hosts)
{
    std::size_t start = 0;
    while (true) {
        const auto comma = hosts.find(',', start);
        if (!isLocal(hosts.substr(start, comma - start)))
            return false;
        if (comma == std::string_view::npos)
            return true;
        start = comma + 1;
    }
}

} // namespace

std::string withTlsDefault(const std::string &conninfo)
{
    if (std::getenv("PGSSLMODE"))
        return conninfo;
    char *error = nullptr;
    PQconninfoOption *options = PQconninfoParse(conninfo.c_str(), &error);
    if (!options) {
        PQfreemem(error); // PQconnectdb reports the same error
        return conninfo;
    }
    std::string host, hostaddr;
    bool sslmode = false;
    for (const PQconninfoOption *o = options; o->keyword; ++o) {
        if (!o->val)
            continue;
        const std::string_view keyword = o->keyword;
        if (keyword == "sslmode")
            sslmode = true;
        else if (keyword == "host")
            host = o->val;
        else if (keyword == "hostaddr")
            hostaddr = o->val;
    }
    PQconninfoFree(options);
    // With hostaddr, libpq connects there and uses host only to check the certificate.
    if (sslmode || allLocal(hostaddr.empty() ? host : hostaddr))
        return conninfo;
    const bool url =
        conninfo.rfind("postgresql://", 0) == 0 || conninfo.rfind("postgres://", 0) == 0;
    if (!url)
        return conninfo + " sslmode=verify-full";
    return conninfo + (conninfo.find('?') == std::string::npos ? "?" : "&") + "sslmode=verify-full";
}

bool Error::retryable() const
{
    return state == "40001" || state == "40P01";
}

bool Error::connectionLost() const
{
    // 08: connection exceptions; 57P0x: the server is shutting down or restarting.
    return state.empty() || state.rfind("08", 0) == 0 || state.rfind("57P0", 0) == 0;
}

Params::Params(std::span<const db::Params::Value> values)
{
    for (const auto &v : values) {
        int length = 0;
        int format = 0; // text
        switch (v.kind) {
        case db::Params::Kind::Null:
            m_values.emplace_back(std::nullopt);
            break;
        case db::Params::Kind::Integer:
            m_values.emplace_back(std::to_string(v.integer));
            break;
        case db::Params::Kind::Real: {
            char buffer[64];
            const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, v.real);
            m_values.emplace_back(std::string(buffer, ec == std::errc() ? end : buffer));
            break;
        }
        case db::Params::Kind::Text:
            m_values.emplace_back(v.text);
            break;
        case db::Params::Kind::Bytes:
            m_values.emplace_back(v.text);
            length = static_cast<int>(v.text.size());
            format = 1; // binary
            break;
        }
        m_lengths.push_back(length);
        m_formats.push_back(format);
    }
}

const char *const *Params::values() const
{
    m_pointers.clear();
    for (const auto &v : m_values)
        m_pointers.push_back(v ? v->c_str() : nullptr);
    return m_pointers.data();
}

Rows::~Rows()
{
    PQclear(m_result);
}

std::uint64_t Rows::affected() const
{
    const char *n = PQcmdTuples(m_result);
    return n && *n ? std::strtoull(n, nullptr, 10) : 0;
}

std::string_view Rows::text(int row, int column) const
{
    return {PQgetvalue(m_result, row, column),
            static_cast<std::size_t>(PQgetlength(m_result, row, column))};
}

std::int64_t Rows::integer(int row, int column) const
{
    const std::string_view t = text(row, column);
    std::int64_t v = 0;
    std::from_chars(t.data(), t.data() + t.size(), v);
    return v;
}

double Rows::real(int row, int column) const
{
    const std::string_view t = text(row, column);
    double v = 0;
    std::from_chars(t.data(), t.data() + t.size(), v);
    return v;
}

std::string Rows::bytes(int row, int column) const
{
    // bytea arrives in text form (hex, \x0a1b...); libpq decodes it.
    std::size_t length = 0;
    unsigned char *raw = PQunescapeBytea(
        reinterpret_cast<const unsigned char *>(PQgetvalue(m_result, row, column)), &length);
    if (!raw)
        throw Error("XX001", "unexpected bytea form");
    std::string out(reinterpret_cast<const char *>(raw), length);
    PQfreemem(raw);
    return out;
}

Conn::Conn(const std::string &url) : m_conn(PQconnectdb(withTlsDefault(url).c_str()))
{
    if (!m_conn)
        throw Error({}, "out of memory connecting to PostgreSQL");
    if (PQstatus(m_conn) != CONNECTION_OK) {
        const std::string why = message(m_conn);
        PQfinish(m_conn);
        m_conn = nullptr;
        throw Error({}, "cannot connect to PostgreSQL: " + why);
    }
    PQsetNoticeProcessor(
        m_conn, [](void *, const char *) {}, nullptr);
}

Conn::~Conn()
{
    if (m_conn)
        PQfinish(m_conn);
}

Rows Conn::check(PGresult *result)
{
    const ExecStatusType status = result ? PQresultStatus(result) : PGRES_FATAL_ERROR;
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK)
        return Rows(result);
    std::string state;
    std::string what;
    if (result) {
        if (const char *s = PQresultErrorField(result, PG_DIAG_SQLSTATE))
            state = s;
        what = PQresultErrorMessage(result);
        PQclear(result);
    }
    if (what.empty())
        what = message(m_conn);
    while (!what.empty() && (what.back() == '\n' || what.back() == ' '))
        what.pop_back();
    if (PQstatus(m_conn) != CONNECTION_OK)
        state.clear(); // the connection is gone: whatever the server said, nothing else works
    throw Error(std::move(state), what);
}

Rows Conn::exec(std::string_view sql)
{
    return check(PQexec(m_conn, std::string(sql).c_str()));
}

Rows Conn::query(const std::string &sql, const Params &params)
{
    auto it = m_prepared.find(sql);
    if (it == m_prepared.end()) {
        const std::string name = "s" + std::to_string(m_prepared.size());
        check(PQprepare(m_conn, name.c_str(), sql.c_str(), 0, nullptr));
        it = m_prepared.emplace(sql, name).first;
    }
    return check(PQexecPrepared(m_conn, it->second.c_str(), params.size(), params.values(),
                                params.lengths(), params.formats(), 0));
}

Rows Conn::queryOnce(const std::string &sql, const Params &params)
{
    return check(PQexecParams(m_conn, sql.c_str(), params.size(), nullptr, params.values(),
                              params.lengths(), params.formats(), 0));
}

Transaction::Transaction(Conn &conn, std::string_view begin)
    : m_conn(conn), m_first(std::make_unique<Rows>(m_conn.exec(begin)))
{}

Transaction::~Transaction()
{
    if (m_open) {
        try {
            m_conn.exec("ROLLBACK");
        } catch (const Error &) {
            // the connection is broken; the pool drops it
        }
    }
}

void Transaction::commit()
{
    m_conn.exec("COMMIT");
    m_open = false;
}

} // namespace lykta::server::pg
