// Log compaction on a server whose log holds 1,000,000 deltas, 80 % of them superseded: 50,000
// notes of four fields, each field written five times. Prints the time of the run, the log's
// rows and the database's bytes before and after, and the pulls (log pages from the horizon on
// and state pages) another thread had served meanwhile, with their errors. SQLite in a
// temporary folder, or LYKTA_BENCH_DB (e.g. a postgresql:// URL). Run through scripts/bench.
#include "storagefactory.h"
#include "sync/core/limits.h"
#include "sync/core/uuid.h"

#include <QTemporaryDir>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <thread>

using namespace lykta;
using namespace lykta::server;
using Clock = std::chrono::steady_clock;

namespace {

constexpr int kNotes = 50'000;
constexpr int kVersions = 5;
constexpr int kNotesPerPush = 2'000;
constexpr sync::DeviceId kDevice = 42;

double msSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

} // namespace

int main()
{
    QTemporaryDir dir;
    const char *env = std::getenv("LYKTA_BENCH_DB");
    const std::string spec =
        env && *env ? env : "sqlite:" + dir.filePath("server.db").toStdString();
    auto opened = openStorage(spec);
    if (!opened) {
        std::fprintf(stderr, "bench_compaction: %s\n", opened.error().detail.c_str());
        return 1;
    }
    ServerStorage &storage = **opened;
    const std::string unit = sync::newUuidV7();
    (void)storage.createUnit({unit, "Enhet"});

    std::vector<std::string> ids(kNotes);
    for (auto &id : ids)
        id = sync::newUuidV7();
    std::uint64_t counter = 0, deltas = 0;
    std::int64_t ms = 1'700'000'000'000;
    const auto fill = Clock::now();
    for (int version = 1; version <= kVersions; ++version) {
        for (int from = 0; from < kNotes; from += kNotesPerPush) {
            auto pushed = storage.push(kDevice, [&](PushTransaction &tx) {
                for (int n = from; n < from + kNotesPerPush; ++n) {
                    auto loaded = tx.loadRecord("note", ids[n]);
                    StoredRecord record =
                        loaded ? std::move(*loaded) : StoredRecord{"note", ids[n], unit, 0, {}};
                    const std::string body = "Version " + std::to_string(version) + " av " +
                                             std::to_string(n) + ": " + std::string(400, 'x');
                    for (auto [field, value] : std::vector<std::pair<std::string, sync::Value>>{
                             {"body", body},
                             {"status", std::string(version % 2 ? "draft" : "review")},
                             {"event_date", "2026-0" + std::to_string(version) + "-01"},
                             {"unit_id", unit}}) {
                        const sync::Hlc hlc{++ms, 0, kDevice};
                        const sync::Hlc base = record.state.fields.count(field)
                                                   ? record.state.fields[field].state.hlc
                                                   : sync::Hlc{};
                        const sync::Delta d{
                            {kDevice, ++counter}, "note", ids[n], field, value, hlc, "staff", base};
                        record.lastSeq = tx.appendLog(d, unit);
                        record.state.fields[field] = {{value, hlc, base, "staff", {}}, d.id};
                        ++deltas;
                    }
                    tx.saveRecord(record);
                }
                tx.setLastCounter(counter);
            });
            if (!pushed) {
                std::fprintf(stderr, "fill: %s\n", pushed.error().detail.c_str());
                return 1;
            }
        }
    }
    const double fillMs = msSince(fill);
    auto stats = storage.statistics();
    const std::uint64_t bytesBefore = stats ? stats->databaseBytes : 0;
    const auto horizon = storage.safeHorizon(0);
    if (!horizon)
        return 1;

    // Pulls meanwhile, as the tablets of the unit would make them: the log from the horizon on
    // (a tablet that syncs) and the state from 0 (a tablet that joins).
    std::atomic<bool> done{false};
    std::atomic<std::uint64_t> pulls{0}, errors{0};
    std::thread puller([&] {
        std::uint64_t since = 0;
        while (!done) {
            auto log = storage.pullLog({unit}, 7, *horizon, 1000, sync::limits::kMaxPullPageBytes);
            auto state =
                storage.changedRecords({unit}, {}, since, 1000, sync::limits::kMaxPullPageBytes);
            if (!log || !state)
                ++errors;
            else
                since = state->hasMore ? state->records.back().lastSeq : 0;
            pulls += 2;
        }
    });
    const auto start = Clock::now();
    auto report = storage.compactLog(*horizon, ms, 5'000);
    const double compactMs = msSince(start);
    done = true;
    puller.join();
    if (!report) {
        std::fprintf(stderr, "compaction: %s\n", report.error().detail.c_str());
        return 1;
    }
    stats = storage.statistics();
    const std::uint64_t bytesAfter = stats ? stats->databaseBytes : 0;

    std::printf("log compaction on %s: %d notes x 4 fields x %d versions (%llu deltas, filled in "
                "%.0f ms)\n",
                spec.starts_with("sqlite:") ? "SQLite" : "PostgreSQL", kNotes, kVersions,
                static_cast<unsigned long long>(deltas), fillMs);
    std::printf("  compaction up to position %llu: %.0f ms\n",
                static_cast<unsigned long long>(report->horizon), compactMs);
    std::printf("  log rows: %llu before, %llu after (%llu removed, %.0f %%)\n",
                static_cast<unsigned long long>(report->rowsBefore),
                static_cast<unsigned long long>(report->rowsBefore - report->removed),
                static_cast<unsigned long long>(report->removed),
                100.0 * double(report->removed) / double(report->rowsBefore));
    std::printf(
        "  database: %.1f MB before, %.1f MB after (freed pages are reused, not returned)\n",
        double(bytesBefore) / 1e6, double(bytesAfter) / 1e6);
    std::printf("  pulls served during compaction: %llu, errors: %llu\n",
                static_cast<unsigned long long>(pulls.load()),
                static_cast<unsigned long long>(errors.load()));
    return errors == 0 && report->removed == deltas - 4ull * kNotes ? 0 : 1;
}
