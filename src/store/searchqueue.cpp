#include "searchqueue.h"

#include <limits>
#include <string>
#include <vector>

namespace lykta::store::searchqueue {

namespace {

constexpr std::string_view kViewPrefix = "search_source_";

// The searched tables: those with a search_source_ view (sync/schema/sql/v20_searchqueue.sql).
Result<std::vector<std::string>, StoreError> searchedTables(Database &db)
{
    Statement &st = db.cached("SELECT substr(name, ?1) FROM sqlite_schema WHERE type = 'view' "
                              "AND substr(name, 1, ?2) = ?3 ORDER BY name");
    st.bind(1, static_cast<std::int64_t>(kViewPrefix.size() + 1))
        .bind(2, static_cast<std::int64_t>(kViewPrefix.size()))
        .bind(3, kViewPrefix);
    std::vector<std::string> tables;
    int rc;
    while ((rc = st.step()) == SQLITE_ROW)
        tables.emplace_back(st.text(0));
    if (rc != SQLITE_DONE)
        return db.lastError(rc);
    return tables;
}

Result<bool, StoreError> run(Database &db, const std::string &sql, std::int64_t after,
                             std::int64_t through)
{
    Statement &st = db.cached(sql);
    st.bind(1, after).bind(2, through);
    if (const int rc = st.step(); rc != SQLITE_DONE)
        return db.lastError(rc);
    return true;
}

Result<std::int64_t, StoreError> single(Database &db, Statement &st)
{
    const int rc = st.step();
    if (rc != SQLITE_ROW)
        return db.lastError(rc);
    const std::int64_t value = st.integer(0);
    st.reset();
    return value;
}

} // namespace

Result<std::int64_t, StoreError> head(Database &db)
{
    return single(db, db.cached("SELECT coalesce(max(seq), 0) FROM search_pending"));
}

Result<std::int64_t, StoreError> sliceEnd(Database &db, std::size_t count)
{
    Statement &st = db.cached("SELECT coalesce(max(seq), 0) FROM "
                              "(SELECT seq FROM search_pending ORDER BY seq LIMIT ?1)");
    st.bind(1, count > static_cast<std::size_t>(std::numeric_limits<std::int64_t>::max())
                   ? std::int64_t{-1}
                   : static_cast<std::int64_t>(count));
    return single(db, st);
}

Result<std::size_t, StoreError> index(Database &db, std::int64_t after, std::int64_t through)
{
    // The old entry goes first, found by the search_doc row as it was: a new day or kind gives
    // the record a new full-text row id (v17).
    if (auto r = run(db,
                     "DELETE FROM search_index WHERE rowid IN (SELECT d.ftsid FROM search_pending "
                     "p JOIN search_doc d ON d.entity = p.entity AND d.entity_id = p.entity_id "
                     "WHERE p.seq > ?1 AND p.seq <= ?2)",
                     after, through);
        !r)
        return r.error();
    auto tables = searchedTables(db);
    if (!tables)
        return tables.error();
    // Read by position (the queue's primary key), not by table: a slice, or a person's write
    // while a first sync's records wait, touches only its own few rows of the queue.
    for (const std::string &table : *tables) {
        const std::string from = " FROM search_pending p JOIN search_source_" + table +
                                 " s ON s.entity_id = p.entity_id";
        const std::string queued =
            " WHERE +p.entity = '" + table + "' AND p.seq > ?1 AND p.seq <= ?2";
        if (auto r = run(db,
                         "INSERT INTO search_doc(entity, entity_id, unit_id, kind, day, author) "
                         "SELECT p.entity, s.entity_id, s.unit_id, s.kind, s.day, s.author" +
                             from + queued +
                             " ON CONFLICT (entity, entity_id) DO UPDATE SET unit_id = "
                             "excluded.unit_id, kind = excluded.kind, day = excluded.day, "
                             "author = excluded.author",
                         after, through);
            !r)
            return r.error();
        if (auto r = run(db,
                         "INSERT INTO search_index(rowid, body) SELECT d.ftsid, s.body" + from +
                             " JOIN search_doc d ON d.entity = p.entity AND d.entity_id = "
                             "p.entity_id" +
                             queued + " AND s.deleted = 0",
                         after, through);
            !r)
            return r.error();
    }
    Statement &done = db.cached("DELETE FROM search_pending WHERE seq > ?1 AND seq <= ?2");
    done.bind(1, after).bind(2, through);
    if (const int rc = done.step(); rc != SQLITE_DONE)
        return db.lastError(rc);
    return static_cast<std::size_t>(sqlite3_changes(db.handle()));
}

Result<std::size_t, StoreError> length(Database &db)
{
    auto n = single(db, db.cached("SELECT count(*) FROM search_pending"));
    if (!n)
        return n.error();
    return static_cast<std::size_t>(*n);
}

} // namespace lykta::store::searchqueue
