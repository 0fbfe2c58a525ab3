#include "searchqueue.h"
#include "store.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <limits>

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

// The full-text row id bands of schema v17: a day (days since 1970) or the named kinds above
// every day, shifted above the 32 bits of the docid.
constexpr std::int64_t kNamedBand = std::int64_t{1} << 20;
constexpr std::int64_t bandStart(std::int64_t band)
{
    return band << 32;
}

// Days since 1970 of an ISO date, clamped like the index's own (v17), or nothing when the
// text is not a date. The d.day filter still applies; this only narrows what is read.
std::optional<std::int64_t> dayNumber(const std::string &iso)
{
    int y = 0;
    unsigned m = 0, d = 0;
    if (iso.size() != 10 || std::sscanf(iso.c_str(), "%4d-%2u-%2u", &y, &m, &d) != 3)
        return std::nullopt;
    const std::chrono::year_month_day date{std::chrono::year{y}, std::chrono::month{m},
                                           std::chrono::day{d}};
    if (!date.ok())
        return std::nullopt;
    const std::int64_t days = std::chrono::sys_days{date}.time_since_epoch().count();
    return std::clamp<std::int64_t>(days, 0, kNamedBand - 1);
}

bool isNamedKind(std::string_view kind)
{
    return kind == "family" || kind == "child" || kind == "group";
}

// The row id ranges a search reads, in the order hits are shown: the named band (families,
// children, groups), then the dated band within the period. A range the kinds filter rules
// out is left out.
std::vector<std::pair<std::int64_t, std::int64_t>> rowIdRanges(const SearchFilter &filter)
{
    const bool named =
        filter.kinds.empty() || std::any_of(filter.kinds.begin(), filter.kinds.end(), isNamedKind);
    const bool dated =
        filter.kinds.empty() || !std::all_of(filter.kinds.begin(), filter.kinds.end(), isNamedKind);
    const auto from = dayNumber(filter.from);
    const auto to = dayNumber(filter.to);
    constexpr auto kMin = std::numeric_limits<std::int64_t>::min();
    constexpr auto kMax = std::numeric_limits<std::int64_t>::max();
    if (named && dated && !from && !to)
        return {{kMin, kMax}}; // one read: the named band is the top of the index
    std::vector<std::pair<std::int64_t, std::int64_t>> ranges;
    if (named)
        ranges.emplace_back(bandStart(kNamedBand), kMax);
    if (dated) {
        ranges.emplace_back(from ? bandStart(*from) : kMin,
                            (to ? bandStart(*to + 1) : bandStart(kNamedBand)) - 1);
    }
    return ranges;
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
                            std::string(st.text(4)), std::string(st.text(5)),
                            std::string(st.text(6))});
        }
        if (rc != SQLITE_DONE)
            return m_db->lastError(rc);
        return std::nullopt;
    };
    if (!filter.personnummer.empty()) {
        // Compared whole, outside the index: the number itself never shows in the snippet.
        static const std::string sql =
            "SELECT d.entity, d.entity_id, d.unit_id, "
            "       trim(coalesce(c.first_name, '') || ' ' || coalesce(c.last_name, '')), "
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
    // Names first, then what was written, newest first: the order of the index's row ids
    // (search_doc.ftsid, sync/schema/sql/v17_searchorder.sql), read backwards. The scan stops
    // after the hits it shows, so only they get a snippet and a common word costs no more
    // than a rare one. The low 32 bits of a row id are its search_doc docid. ?8 and ?9 bound
    // the row ids read: the named band, then the days of the period, so a filter that keeps
    // little of what the words are in does not read the whole index.
    static const std::string sql =
        "SELECT d.entity, d.entity_id, d.unit_id, "
        "       snippet(search_index, 0, char(2), char(3), '…', 16), "
        "       d.kind, d.day, d.author "
        "FROM search_index JOIN search_doc d ON d.docid = (search_index.rowid & 4294967295) "
        "WHERE search_index MATCH ?1 AND search_index.rowid BETWEEN ?8 AND ?9" +
        std::string(kFilterSql) + " ORDER BY search_index.rowid DESC LIMIT ?2";
    for (const auto &[low, high] : rowIdRanges(filter)) {
        const auto left = filter.limit - static_cast<int>(hits.size());
        if (left <= 0)
            break;
        Statement &st = m_db->cached(sql);
        st.bind(1, query).bind(2, std::int64_t{left});
        bindFilter(st, filter);
        st.bind(8, low).bind(9, high);
        if (auto error = collect(st))
            return *error;
    }
    return hits;
}

Result<std::size_t, StoreError> Store::unindexed() const
{
    m_db->releaseReads();
    return searchqueue::length(*m_db);
}

Result<std::size_t, StoreError> Store::indexQueued(std::chrono::milliseconds budget)
{
    // About 2-5 ms of work per slice on a tablet, so the budget is kept to within one slice.
    constexpr std::size_t kSlice = 64;
    Database::Transaction tx(*m_db);
    if (auto r = tx.begin(); !r)
        return r.error();
    const auto start = std::chrono::steady_clock::now();
    std::int64_t done = 0;
    do {
        auto end = searchqueue::sliceEnd(*m_db, kSlice);
        if (!end)
            return end.error();
        if (*end == 0)
            break;
        auto indexed = searchqueue::index(*m_db, done, *end);
        if (!indexed)
            return indexed.error();
        done = *end;
    } while (std::chrono::steady_clock::now() - start < budget);
    auto left = searchqueue::length(*m_db);
    if (!left)
        return left.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    if (auto r = checkpoint(); !r)
        return r.error();
    return *left;
}

} // namespace lykta::store
