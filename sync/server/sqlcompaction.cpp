// Log compaction (ServerStorage::safeHorizon, compactLog), in SQL both backends run. The rule is
// written in docs/architecture.md (D24): at or below the horizon, a log row goes when its field
// has a version with a higher timestamp; a pull of the log from below the horizon is refused
// (SyncService::pull), so no device ever replays a log with rows missing.
#include "sqlops.h"
#include "sqlstorage.h"

#include <algorithm>

namespace lykta::server {

namespace {

// The rows at or below $1 whose field has a later version (by timestamp, as merge orders them):
// the field's current value is the one row of its field that is never listed. A conflict copy
// lives in the record's state, not in the log.
constexpr const char *kSuperseded =
    "SELECT seq FROM (SELECT seq, row_number() OVER (PARTITION BY entity, entity_id, field "
    "ORDER BY hlc DESC, device DESC) AS later FROM log) ranked WHERE later > 1 AND seq <= $1 "
    "ORDER BY seq";

} // namespace

StorageResult<std::uint64_t> SqlStorage::safeHorizon(std::int64_t seenSinceMs)
{
    return in(Access::Snapshot, [&](db::Session &s) {
        const std::uint64_t head = sqlops::logHead(s);
        auto row = s.query("SELECT min(pull_cursor) FROM device WHERE kind = 'staff' AND "
                           "revoked_ms IS NULL AND last_seen_ms >= $1",
                           db::Params().add(seenSinceMs));
        if (row.next() && !row.isNull(0))
            return std::min(head, row.count(0));
        return head;
    });
}

StorageResult<CompactionReport> SqlStorage::compactLog(std::uint64_t horizon, std::int64_t nowMs,
                                                       std::uint32_t batch)
{
    CompactionReport report;
    // The horizon first, with each device's highest counter at or below it: from its commit on,
    // a pull that could miss a row removed below is refused, and a replay of one is answered.
    auto set = in(Access::LogWrite, [&](db::Session &s) {
        const std::uint64_t current = sqlops::compactionHorizon(s);
        report.horizon = std::max(current, std::min(horizon, sqlops::logHead(s)));
        auto rows = s.query("SELECT count(*) FROM log", {});
        report.rowsBefore = rows.next() ? rows.count(0) : 0;
        s.execute("INSERT INTO compacted_counter(device, counter) SELECT device, max(counter) "
                  "FROM log WHERE seq <= $1 GROUP BY device ON CONFLICT (device) DO UPDATE SET "
                  "counter = " +
                      std::string(s.dialect().greatest) +
                      "(compacted_counter.counter, excluded.counter)",
                  db::Params().add(report.horizon));
        s.execute("UPDATE compaction SET horizon = $1, run_ms = $2 WHERE id = 1",
                  db::Params().add(report.horizon).add(nowMs));
        return true;
    });
    if (!set)
        return set.error();

    // What to remove, read once: a row superseded stays superseded (rows are only added, or
    // removed whole by retention), so a batch deleted later still deletes only such rows.
    auto superseded = in(Access::Snapshot, [&](db::Session &s) {
        std::vector<std::uint64_t> seqs;
        auto row = s.query(kSuperseded, db::Params().add(report.horizon));
        while (row.next())
            seqs.push_back(row.count(0));
        return seqs;
    });
    if (!superseded)
        return superseded.error();
    batch = std::max<std::uint32_t>(1, batch);
    for (std::size_t at = 0; at < superseded->size(); at += batch) {
        const std::size_t n = std::min<std::size_t>(batch, superseded->size() - at);
        auto removed = in(Access::Write, [&](db::Session &s) {
            const std::size_t step = std::max<std::size_t>(1, s.dialect().maxParams - 1);
            std::uint64_t count = 0;
            for (std::size_t i = 0; i < n; i += step) {
                const std::size_t k = std::min(step, n - i);
                db::Params params;
                for (std::size_t j = 0; j < k; ++j)
                    params.add((*superseded)[at + i + j]);
                count += static_cast<std::uint64_t>(s.execute(
                    "DELETE FROM log WHERE seq IN (" + sqlops::parameters(k, 1) + ")", params));
            }
            s.execute("UPDATE compaction SET removed = removed + $1 WHERE id = 1",
                      db::Params().add(count));
            return count;
        });
        if (!removed)
            return removed.error();
        report.removed += *removed;
    }
    if (auto error = afterCompaction())
        return *error;
    return report;
}

} // namespace lykta::server
