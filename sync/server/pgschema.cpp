#include "pgschema.h"

#include "pg.h"
#include "pg_migrations_sql.h"

#include <iterator>
#include <string_view>

namespace lykta::server::pg {

namespace {

// The numbered files in sql/pg (vN_name.sql), in the order SchemaVersion names: kAll[N-1] takes
// the schema from version N-1 to N. A new version is a new file; a shipped file is never edited.
static_assert(std::size(sql::pg::kAll) == static_cast<std::size_t>(SchemaVersion::Current));

} // namespace

void migrate(Conn &conn, const std::function<void(int version)> &beforeMigrating)
{
    conn.exec("SET client_min_messages = warning");
    Transaction tx(conn);
    // One migrator at a time across every server process on this database.
    conn.exec("SELECT pg_advisory_xact_lock(7361827)");
    conn.exec("CREATE TABLE IF NOT EXISTS lykta_schema (version integer NOT NULL)");
    auto rows = conn.query("SELECT max(version) FROM lykta_schema");
    const int version = rows.isNull(0, 0) ? 0 : static_cast<int>(rows.integer(0, 0));
    constexpr int current = static_cast<int>(SchemaVersion::Current);
    if (version > current)
        throw Error(kTooNewState, "the database was written by a newer lykta-server (schema " +
                                      std::to_string(version) + ", this one knows " +
                                      std::to_string(current) +
                                      "); nothing was changed. Run that version, or restore a "
                                      "backup.");
    // Under the lock, so one process copies it; nothing has been written in this transaction.
    if (version > 0 && version < current && beforeMigrating)
        beforeMigrating(version);
    for (int v = version; v < current; ++v)
        conn.exec(sql::pg::kAll[static_cast<std::size_t>(v)]);
    if (version < current) {
        conn.exec("DELETE FROM lykta_schema");
        conn.exec("INSERT INTO lykta_schema(version) VALUES (" + std::to_string(current) + ")");
    }
    tx.commit();
}

} // namespace lykta::server::pg
