#pragma once

#include "sqlite.h"
#include "sqlsession.h"

namespace lykta::server {

// db::Session over the server's SQLite connection: statements prepared once and cached by the
// connection, rows read straight from the statement as it steps.
class SqliteSession final : public db::Session
{
public:
    explicit SqliteSession(sqlite::Db &db) : m_db(db) {}

    db::Rows query(std::string_view sql, const db::Params &params = {}) override;
    std::uint64_t execute(std::string_view sql, const db::Params &params = {}) override;
    void insertRows(std::string_view head, std::size_t columns, std::string_view tail,
                    const db::Params &rows) override;
    std::string_view lockRows() const override { return {}; }
    std::string greatest(std::string_view a, std::string_view b) const override;

private:
    sqlite::Stmt &prepare(std::string_view sql);

    sqlite::Db &m_db;
};

} // namespace lykta::server
