#include "sqlsession.h"

#include <algorithm>

namespace lykta::server::db {

Params &Params::add(std::int64_t value)
{
    m_values.push_back({Kind::Integer, value, 0, {}});
    return *this;
}

Params &Params::add(double value)
{
    m_values.push_back({Kind::Real, 0, value, {}});
    return *this;
}

Params &Params::add(std::string_view text)
{
    m_values.push_back({Kind::Text, 0, 0, std::string(text)});
    return *this;
}

Params &Params::addOptional(const std::string &text)
{
    return text.empty() ? addNull() : add(text);
}

Params &Params::addNull()
{
    m_values.push_back({});
    return *this;
}

Params &Params::addBytes(std::string_view bytes)
{
    m_values.push_back({Kind::Bytes, 0, 0, std::string(bytes)});
    return *this;
}

std::string valuesList(std::size_t rows, std::size_t columns, int first)
{
    std::string out;
    int n = first;
    for (std::size_t r = 0; r < rows; ++r) {
        out += r ? ", (" : "(";
        for (std::size_t c = 0; c < columns; ++c)
            out += (c ? ", $" : "$") + std::to_string(n++);
        out += ')';
    }
    return out;
}

void Session::insertRows(std::string_view head, std::string_view row, std::size_t columns,
                         std::string_view tail, const Params &rows)
{
    // PostgreSQL takes up to 65,535 parameters in a statement; 2,000 rows keep a statement of
    // a few hundred kilobytes.
    constexpr std::size_t kRowsPerStatement = 2000;
    const std::size_t total = columns ? rows.size() / columns : 0;
    const std::size_t perStatement =
        dialect().roundTrips
            ? std::max<std::size_t>(1, std::min(kRowsPerStatement, dialect().maxParams / columns))
            : 1;
    const Values values = rows.values();
    std::string one; // the statement of a single row, made when first needed
    for (std::size_t from = 0; from < total; from += perStatement) {
        const std::size_t n = std::min(perStatement, total - from);
        const Values part = values.subspan(from * columns, n * columns);
        if (n == 1) {
            if (one.empty())
                one.append(head).append(row).append(tail);
            write(one, part, Keep::Prepared);
            continue;
        }
        std::string sql(head);
        for (std::size_t r = 0; r < n; ++r)
            sql += (r ? ", " : "") + renumbered(row, static_cast<int>(r * columns));
        sql += tail;
        write(sql, part, Keep::Once);
    }
}

std::string renumbered(std::string_view sql, int offset)
{
    std::string out;
    out.reserve(sql.size() + 16);
    bool quoted = false;
    for (std::size_t i = 0; i < sql.size(); ++i) {
        const char c = sql[i];
        out += c;
        if (c == '\'')
            quoted = !quoted;
        if (quoted || c != '$' || i + 1 >= sql.size() || sql[i + 1] < '0' || sql[i + 1] > '9')
            continue;
        int k = 0;
        while (i + 1 < sql.size() && sql[i + 1] >= '0' && sql[i + 1] <= '9')
            k = k * 10 + (sql[++i] - '0');
        out += std::to_string(k + offset);
    }
    return out;
}

} // namespace lykta::server::db
