#pragma once

#include "pg.h"
#include "sqlsession.h"

namespace lykta::server {

// db::Session over one pooled PostgreSQL connection: statements prepared once per connection,
// a result read whole (libpq's way), many-row INSERTs in few statements.
class PgSession final : public db::Session
{
public:
    explicit PgSession(pg::Conn &conn) : m_conn(conn) {}

    db::Rows query(std::string_view sql, const db::Params &params = {}) override;
    std::uint64_t execute(std::string_view sql, const db::Params &params = {}) override;
    void insertRows(std::string_view head, std::size_t columns, std::string_view tail,
                    const db::Params &rows) override;
    std::string_view lockRows() const override { return " FOR UPDATE"; }
    std::string greatest(std::string_view a, std::string_view b) const override;

private:
    pg::Conn &m_conn;
};

} // namespace lykta::server
