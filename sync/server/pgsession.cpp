#include "pgsession.h"

#include <algorithm>
#include <optional>

namespace lykta::server {

namespace {

// A batch is sent before it holds more parameters than this (PostgreSQL takes up to 65,535 in
// one statement).
constexpr std::size_t kMaxBatchParams = 60'000;

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

const db::Dialect kPostgres{
    .lockRows = " FOR UPDATE",
    .greatest = "GREATEST",
    .roundTrips = true,
    .maxParams = 65535,
    .octets = [](std::string_view e) { return "octet_length(" + std::string(e) + ")"; },
    .containsBytes =
        [](std::string_view haystack, std::string_view needle) {
            return "position(" + std::string(needle) + " in " + std::string(haystack) + ") > 0";
        },
    // A row of its own: pushes take its lock first and hold it to COMMIT, so positions commit
    // in order (docs/architecture.md, D7, "Pull cursors").
    .logHead = "SELECT seq FROM log_head WHERE id = 1",
    .setLogHead = "UPDATE log_head SET seq = $1 WHERE id = 1",
    // A column per kind; text is kept as its UTF-8 bytes.
    .logValueColumns = "value_kind, value_int, value_real, value_bytes",
    .logValueSelect = "l.value_kind, l.value_int, l.value_real, l.value_bytes",
    .logValueOctets = "octet_length(l.value_bytes)",
    .referenceTo =
        [](std::string_view target) {
            return "l.value_bytes = convert_to(" + std::string(target) +
                   ", 'UTF8') AND l.value_kind = 3 AND right(l.field, 3) = '_id' AND l.field <> "
                   "'unit_id'";
        },
    .name = "postgresql",
    .schemaVersion = "SELECT max(version) FROM lykta_schema",
    .databaseBytes = "SELECT pg_database_size(current_database())",
};

// db::Session over one pooled PostgreSQL connection: statements prepared once per connection,
// a result read whole (libpq's way), many rows in a statement, and a batch of writes sent as
// one statement of data-modifying WITH parts: one round trip.
class PgSession final : public db::Session
{
public:
    explicit PgSession(pg::Conn &conn) : Session(kPostgres), m_conn(conn) {}

    void begin(db::Access access) override
    {
        switch (access) {
        case db::Access::Snapshot:
            // One snapshot, read-only: it holds every log position up to the head it sees.
            m_tx.emplace(m_conn, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
            return;
        case db::Access::LogWrite:
            // First, before reading anything: the log's write lock, held until COMMIT. The head
            // is read by the next statement, whose snapshot is taken after the lock was granted
            // (a statement that waited for a row lock sees that row anew, but nothing else).
            m_tx.emplace(m_conn, "BEGIN; SELECT seq FROM log_head WHERE id = 1 FOR UPDATE");
            return;
        case db::Access::Statement:
        case db::Access::Write:
            break;
        }
        m_tx.emplace(m_conn);
    }
    void commit() override
    {
        sendBatch();
        m_tx->commit();
        m_tx.reset();
    }

    db::Rows script(std::string_view sql) override
    {
        sendBatch();
        return db::Rows(std::make_unique<ResultRows>(m_conn.exec(sql)));
    }

    void beginBatch() override { m_batching = true; }
    void sendBatch() override
    {
        m_batching = false;
        if (!m_parts)
            return;
        const std::string sql = m_batch + " SELECT 1";
        const pg::Params params(m_batchParams.values());
        m_batch.clear();
        m_batchParams = {};
        m_parts = 0;
        m_conn.queryOnce(sql, params);
    }

protected:
    db::Rows rows(std::string_view sql, Values values, Keep keep) override
    {
        sendBatch();
        const pg::Params params(values);
        return db::Rows(std::make_unique<ResultRows>(
            keep == Keep::Prepared ? m_conn.query(std::string(sql), params)
                                   : m_conn.queryOnce(std::string(sql), params)));
    }

    std::uint64_t write(std::string_view sql, Values values, Keep keep) override
    {
        if (m_batching) {
            hold(sql, values);
            return 0;
        }
        const pg::Params params(values);
        return (keep == Keep::Prepared ? m_conn.query(std::string(sql), params)
                                       : m_conn.queryOnce(std::string(sql), params))
            .affected();
    }

private:
    // A write held for the batch: its parameters follow those held before it.
    void hold(std::string_view sql, Values values)
    {
        if (m_batchParams.size() + values.size() > kMaxBatchParams) {
            sendBatch();
            m_batching = true;
        }
        const int offset = static_cast<int>(m_batchParams.size());
        for (const auto &value : values)
            m_batchParams.add(value);
        m_batch += (m_parts ? ", w" : "WITH w") + std::to_string(m_parts) + " AS (" +
                   db::renumbered(sql, offset) + ")";
        ++m_parts;
    }

    pg::Conn &m_conn;
    std::optional<pg::Transaction> m_tx; // rolled back unless committed
    bool m_batching = false;
    std::string m_batch; // WITH w0 AS (…), w1 AS (…)
    db::Params m_batchParams;
    int m_parts = 0;
};

} // namespace

std::unique_ptr<db::Session> pgSession(pg::Conn &conn)
{
    return std::make_unique<PgSession>(conn);
}

} // namespace lykta::server
