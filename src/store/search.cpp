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

// A JSON array of strings for json_each(): ids and kind names, escaped all the same.
std::string jsonArray(const std::vector<std::string> &items)
{
    std::string out = "[";
    for (const std::string &item : items) {
        if (out.size() > 1)
            out += ',';
        out += '"';
        for (const char c : item) {
            if (c == '"' || c == '\\')
                out += '\\';
            if (static_cast<unsigned char>(c) >= 0x20)
                out += c;
        }
        out += '"';
    }
    return out + ']';
}

void bindOrNull(Statement &st, int index, const std::string &text)
{
    if (text.empty())
        st.bindNull(index);
    else
        st.bind(index, text);
}

// The filters every search query shares, bound as ?3 .. ?7.
constexpr std::string_view kFilterSql =
    " AND (?3 IS NULL OR d.unit_id IN (SELECT value FROM json_each(?3)))"
    " AND (?4 IS NULL OR d.kind IN (SELECT value FROM json_each(?4)))"
    " AND (?5 IS NULL OR d.day >= ?5) AND (?6 IS NULL OR d.day <= ?6)"
    " AND (?7 IS NULL OR d.author = ?7)";

void bindFilter(Statement &st, const SearchFilter &filter)
{
    bindOrNull(st, 3, filter.units.empty() ? std::string() : jsonArray(filter.units));
    bindOrNull(st, 4, filter.kinds.empty() ? std::string() : jsonArray(filter.kinds));
    bindOrNull(st, 5, filter.from);
    bindOrNull(st, 6, filter.to);
    bindOrNull(st, 7, filter.author);
}

} // namespace

Result<std::vector<SearchHit>, StoreError> Store::search(std::string_view text,
                                                         const SearchFilter &filter) const
{
    m_db->releaseReads();
    const std::string query = ftsQuery(text);
    std::vector<SearchHit> hits;
    const auto collect = [&](Statement &st) -> std::optional<StoreError> {
        int rc;
        while ((rc = st.step()) == SQLITE_ROW) {
            hits.push_back({std::string(st.text(0)), std::string(st.text(1)),
                            std::string(st.text(2)), std::string(st.text(3)),
                            std::get<double>(st.value(4)), std::string(st.text(5)),
                            std::string(st.text(6)), std::string(st.text(7))});
        }
        if (rc != SQLITE_DONE)
            return m_db->lastError(rc);
        return std::nullopt;
    };
    if (!filter.personnummer.empty()) {
        // Compared whole, outside the index: the number itself never shows in the snippet.
        static const std::string sql =
            "SELECT d.entity, d.entity_id, d.unit_id, "
            "       trim(coalesce(c.first_name, '') || ' ' || coalesce(c.last_name, '')), 0.0, "
            "       d.kind, d.day, d.author "
            "FROM child c JOIN search_doc d ON d.entity = 'child' AND d.entity_id = c.id "
            "WHERE c.personnummer = ?1 AND c.deleted = 0 AND ?2 > 0" +
            std::string(kFilterSql);
        Statement &st = m_db->cached(sql);
        st.bind(1, filter.personnummer).bind(2, std::int64_t{filter.limit});
        bindFilter(st, filter);
        if (auto error = collect(st))
            return *error;
    }
    if (query.empty())
        return hits;
    // The best hits are chosen first and only they get a snippet: a sorter keeps every
    // result column of every match, so a snippet in the ranking query would be built for all
    // of them (tens of thousands for a common word) and thrown away.
    static const std::string sql =
        "WITH best AS ("
        "  SELECT search_index.rowid AS docid, bm25(search_index) AS score "
        "  FROM search_index JOIN search_doc d ON d.docid = search_index.rowid "
        "  WHERE search_index MATCH ?1" +
        std::string(kFilterSql) +
        "  ORDER BY score LIMIT ?2) "
        "SELECT d.entity, d.entity_id, d.unit_id, "
        "       snippet(search_index, 0, char(2), char(3), '…', 16), best.score, "
        "       d.kind, d.day, d.author "
        "FROM best JOIN search_doc d ON d.docid = best.docid "
        "JOIN search_index ON search_index.rowid = best.docid "
        "WHERE search_index MATCH ?1 ORDER BY best.score";
    Statement &st = m_db->cached(sql);
    st.bind(1, query).bind(2, std::int64_t{filter.limit});
    bindFilter(st, filter);
    if (auto error = collect(st))
        return *error;
    return hits;
}

} // namespace lykta::store
