// The store's write path next to plain SQLite inserts of the same rows, and full-text
// search latency. Prints figures; run through scripts/bench (a release build).

#include "benchnotes.h"
#include "store/store.h"
#include "sync/core/uuid.h"

#include <QLoggingCategory>
#include <QTemporaryDir>

#include <algorithm>
#include <chrono>
#include <cstdio>

using namespace lykta;
using namespace lykta::store;
using namespace lykta::bench;

namespace {

double writePathMs(const QString &path, const std::vector<Change> &notes, std::size_t &deltas)
{
    auto store = open(path);
    const auto start = Clock::now();
    auto r = store->write(kActor, notes);
    const auto elapsed = Clock::now() - start;
    if (!r) {
        std::fprintf(stderr, "write: %s\n", r.error().detail.c_str());
        std::exit(1);
    }
    deltas = r->deltas;
    return ms(elapsed);
}

double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v[static_cast<std::size_t>(p * static_cast<double>(v.size() - 1))];
}

} // namespace

int main()
{
    QLoggingCategory::setFilterRules("lykta.*.info=false");
    QTemporaryDir dir;
    std::mt19937_64 random(7);
    const std::size_t kNotes = 10'000;
    const auto notes = makeNotes(kNotes, random);

    // Alternate and take the best of three, so neither side pays for a cold cache alone.
    double write = 1e18, plain = 1e18;
    std::size_t deltas = 0;
    for (int round = 0; round < 3; ++round) {
        plain =
            std::min(plain, plainInsertMs(dir.filePath(QString("plain%1.db").arg(round)), notes));
        write = std::min(
            write, writePathMs(dir.filePath(QString("write%1.db").arg(round)), notes, deltas));
    }
    std::printf("store write path: %zu notes (~450 B text, 7 fields) in one transaction\n", kNotes);
    std::printf("  write path (values + %zu deltas + audit): %8.1f ms  (%.0f notes/s)\n", deltas,
                write, 1000.0 * static_cast<double>(kNotes) / write);
    std::printf("  plain SQLite INSERT, same rows and schema: %8.1f ms\n", plain);
    std::printf("  ratio write path / plain: %.2f (goal <= 1.5)\n", write / plain);

    // Search latency over 50,000 notes.
    auto store = open(dir.filePath("search.db"));
    for (int batch = 0; batch < 5; ++batch)
        if (!store->write(kActor, makeNotes(10'000, random)))
            return 1;
    const std::vector<std::string> queries = {"skolan", "mamma oro",       "fotb", "känslor",
                                              "ärftl",  "stödgrupp",       "sömn", "kurator hjälp",
                                              "å",      "pappa behandling"};
    std::vector<double> latencies;
    std::size_t hits = 0;
    for (int round = 0; round < 20; ++round) {
        for (const auto &q : queries) {
            const auto start = Clock::now();
            auto r = store->search(q, 20);
            latencies.push_back(ms(Clock::now() - start));
            hits += r ? r->size() : 0;
        }
    }
    std::printf(
        "full-text search over 50,000 notes, top 20 with snippets (%zu queries, %zu hits)\n",
        latencies.size(), hits);
    std::printf("  p50 %.2f ms  p95 %.2f ms  max %.2f ms\n", percentile(latencies, 0.5),
                percentile(latencies, 0.95), percentile(latencies, 1.0));
    return 0;
}
