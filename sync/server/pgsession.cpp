#include "pgsession.h"

#include <algorithm>

namespace lykta::server {

namespace {

// A many-row INSERT goes in statements of at most this many rows (PostgreSQL allows 65,535
// parameters in one).
constexpr std::size_t kRowsPerInsert = 2000;

class ResultRows final : public db::Rows::Source
{
public:
    explicit ResultRows(pg::Rows rows) : m_rows(std::move(rows)) {}

    bool next() override { return ++m_row < m_rows.size(); }
    bool isNull(int column) const override { return m_rows.isNull(m_row, column); }
    std::string_view text(int column) const override { return m_rows.text(m_row, column); }
    std::int64_t integer(int column) const override { return m_rows.integer(m_row, column); }
    double real(int column) const override { return m_rows.real(m_row, column); }
    std::string bytes(int column) const override { return m_rows.bytes(m_row, column); }

private:
    pg::Rows m_rows;
    int m_row = -1;
};

} // namespace

db::Rows PgSession::query(std::string_view sql, const db::Params &params)
{
    return db::Rows(
        std::make_unique<ResultRows>(m_conn.query(std::string(sql), pg::Params(params))));
}

std::uint64_t PgSession::execute(std::string_view sql, const db::Params &params)
{
    return m_conn.query(std::string(sql), pg::Params(params)).affected();
}

void PgSession::insertRows(std::string_view head, std::size_t columns, std::string_view tail,
                           const db::Params &rows)
{
    const auto &values = rows.values();
    const std::size_t total = columns ? values.size() / columns : 0;
    for (std::size_t from = 0; from < total; from += kRowsPerInsert) {
        const std::size_t n = std::min(kRowsPerInsert, total - from);
        pg::Params params(rows, from * columns, n * columns);
        m_conn.queryOnce(std::string(head) + db::valuesList(n, columns) + std::string(tail),
                         params);
    }
}

std::string PgSession::greatest(std::string_view a, std::string_view b) const
{
    return "GREATEST(" + std::string(a) + ", " + std::string(b) + ")";
}

} // namespace lykta::server
