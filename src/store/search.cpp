#include "store.h"

namespace lykta::store {

namespace {

// Turns what a person typed into an FTS5 query: every word must occur, each as a prefix.
// Only letters and digits reach the query (bytes >= 0x80 are UTF-8 letters such as å), so
// no FTS5 operator or quote typed by a person can change its meaning or break it.
std::string ftsQuery(std::string_view text)
{
    std::string query, word;
    const auto flush = [&] {
        if (word.empty())
            return;
        if (!query.empty())
            query += ' ';
        query += '"' + word + "\"*";
        word.clear();
    };
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (u >= 0x80 || (u >= '0' && u <= '9') || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z'))
            word += c;
        else
            flush();
    }
    flush();
    return query;
}

} // namespace

Result<std::vector<SearchHit>, StoreError> Store::search(std::string_view text, int limit) const
{
    m_db->releaseReads();
    const std::string query = ftsQuery(text);
    std::vector<SearchHit> hits;
    if (query.empty())
        return hits;
    Statement &st = m_db->cached(
        "SELECT d.entity, d.entity_id, d.unit_id, "
        "       snippet(search_index, 0, char(2), char(3), '…', 16), bm25(search_index) "
        "FROM search_index JOIN search_doc d ON d.docid = search_index.rowid "
        "WHERE search_index MATCH ?1 ORDER BY bm25(search_index) LIMIT ?2");
    st.bind(1, query).bind(2, std::int64_t{limit});
    int rc;
    while ((rc = st.step()) == SQLITE_ROW) {
        hits.push_back({std::string(st.text(0)), std::string(st.text(1)), std::string(st.text(2)),
                        std::string(st.text(3)), std::get<double>(st.value(4))});
    }
    if (rc != SQLITE_DONE)
        return m_db->lastError(rc);
    return hits;
}

} // namespace lykta::store
