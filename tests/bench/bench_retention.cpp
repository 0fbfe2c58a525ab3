// The retention job on a server database of realistic shape: 2,000 cases (a family, a child, a
// series, 4 conversations and 4 notes of about 500 bytes each), half of them last written in 2015
// (due) and half in 2024. Prints the time of a dry run and of the run that removes the due half,
// with records and log rows removed. SQLite in a temporary folder, or LYKTA_BENCH_DB (e.g. a
// postgresql:// URL). Run through scripts/bench (a release build).
#include "retention.h"
#include "storagefactory.h"
#include "sync/core/uuid.h"

#include <QTemporaryDir>

#include <chrono>
#include <cstdio>
#include <cstdlib>

using namespace lykta;
using namespace lykta::server;
using Clock = std::chrono::steady_clock;

namespace {

constexpr int kCases = 2000;
constexpr sync::DeviceId kDevice = 42;

std::int64_t msOf(const char *iso)
{
    return *retention::parseDay(iso) * 86'400'000 + 43'200'000;
}

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
        std::fprintf(stderr, "bench_retention: %s\n", opened.error().detail.c_str());
        return 1;
    }
    ServerStorage &storage = **opened;
    const std::string unit = sync::newUuidV7();
    (void)storage.createUnit({unit, "Enhet"});

    const std::string text(500, 'x');
    std::uint64_t counter = 0, records = 0, deltas = 0;
    const auto fill = Clock::now();
    for (int c = 0; c < kCases; ++c) {
        const std::int64_t ms = msOf(c % 2 ? "2024-05-01" : "2015-05-01");
        auto pushed = storage.push(kDevice, [&](PushTransaction &tx) {
            const auto add = [&](const std::string &entity,
                                 std::vector<std::pair<std::string, sync::Value>> fields) {
                const std::string id = sync::newUuidV7();
                StoredRecord record{entity, id, unit, 0, {}};
                fields.emplace_back("unit_id", unit);
                for (auto &[field, value] : fields) {
                    const sync::Delta d{{kDevice, ++counter}, entity,  id, field, value,
                                        {ms, 0, kDevice},     "staff", {}};
                    record.lastSeq = tx.appendLog(d, unit);
                    record.state.fields[field] = {{value, d.hlc, {}, "staff", {}}, d.id};
                    ++deltas;
                }
                tx.saveRecord(record);
                ++records;
                return id;
            };
            const auto family = add("family", {{"name", std::string("Familj")}});
            const auto child = add("child", {{"family_id", family}});
            const auto series = add("conversation_series", {{"family_id", family}});
            (void)child;
            for (int i = 0; i < 4; ++i) {
                const auto conversation =
                    add("conversation", {{"series_id", series}, {"child_view", text}});
                add("note", {{"subject_id", conversation}, {"body", text}});
            }
            tx.setLastCounter(counter);
        });
        if (!pushed) {
            std::fprintf(stderr, "bench_retention: %s\n", pushed.error().detail.c_str());
            return 1;
        }
    }
    std::printf("retention on %s: %d cases, %llu records, %llu log rows (filled in %.0f ms)\n",
                spec.rfind("sqlite:", 0) == 0 ? "SQLite" : "PostgreSQL", kCases,
                static_cast<unsigned long long>(records), static_cast<unsigned long long>(deltas),
                msSince(fill));

    retention::Options options;
    options.today = *retention::parseDay("2021-01-01");
    options.runMs = msOf("2021-01-01");
    options.requestId = "bench";
    for (const bool dryRun : {true, false, false}) {
        options.dryRun = dryRun;
        const auto start = Clock::now();
        auto report = retention::run(storage, options);
        const double ms = msSince(start);
        if (!report) {
            std::fprintf(stderr, "bench_retention: %s\n", report.error().detail.c_str());
            return 1;
        }
        std::printf("  %-10s %6zu records, %7llu log rows removed   %8.1f ms\n",
                    dryRun ? "dry run" : "run", report->plan.removals.size(),
                    static_cast<unsigned long long>(report->logRowsRemoved), ms);
    }
    return 0;
}
