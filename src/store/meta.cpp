#include "meta.h"

namespace lykta::store::meta {

std::optional<std::int64_t> read(Database &db, std::string_view key)
{
    Statement &st = db.cached("SELECT value FROM sync_meta WHERE key = ?1");
    st.bind(1, key);
    std::optional<std::int64_t> value;
    if (st.step() == SQLITE_ROW && !st.isNull(0))
        value = st.integer(0);
    st.reset(); // a statement left on a row would hold this connection's read snapshot
    return value;
}

int write(Database &db, std::string_view key, std::int64_t value)
{
    Statement &st = db.cached("INSERT OR REPLACE INTO sync_meta(key, value) VALUES (?1, ?2)");
    st.bind(1, key).bind(2, value);
    return st.step();
}

std::optional<std::string> readText(Database &db, std::string_view key)
{
    Statement &st = db.cached("SELECT value FROM sync_meta WHERE key = ?1");
    st.bind(1, key);
    std::optional<std::string> value;
    if (st.step() == SQLITE_ROW && !st.isNull(0))
        value = std::string(st.text(0));
    st.reset();
    return value;
}

int writeText(Database &db, std::string_view key, std::string_view value)
{
    Statement &st = db.cached("INSERT OR REPLACE INTO sync_meta(key, value) VALUES (?1, ?2)");
    st.bind(1, key).bind(2, value);
    return st.step();
}

int erase(Database &db, std::string_view key)
{
    Statement &st = db.cached("DELETE FROM sync_meta WHERE key = ?1");
    st.bind(1, key);
    return st.step();
}

} // namespace lykta::store::meta
