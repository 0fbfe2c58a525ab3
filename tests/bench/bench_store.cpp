// The store's write path next to plain SQLite inserts of the same rows, full-text search
// latency, and the cost of encryption at rest: the same store work on the plain and the
// encrypted VFS, side by side. Prints figures; run through scripts/bench (a release build).

#include "benchnotes.h"
#include "store/store.h"
#include "sync/core/uuid.h"
#include "sync/crypto/vault.h"

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

const std::vector<std::string> kQueries = {"skolan", "mamma oro",       "fotb", "känslor",
                                           "ärftl",  "stödgrupp",       "sömn", "kurator hjälp",
                                           "å",      "pappa behandling"};

struct Figures
{
    double write = 1e18, read = 1e18, searchP95 = 1e18;
};

// Writes the notes in one transaction, closes the store (a checkpoint) and opens it again
// with a cold page cache, reads every note back by id, then times full-text queries.
void measure(const QString &path, std::shared_ptr<crypto::Vault> vault,
             const std::vector<Change> &notes, Figures &best)
{
    {
        auto store = open(path, vault);
        const auto start = Clock::now();
        if (!store->write(kActor, notes))
            std::exit(1);
        best.write = std::min(best.write, ms(Clock::now() - start));
    }
    auto store = open(path, vault, /*fresh=*/false);
    auto start = Clock::now();
    std::size_t read = 0;
    for (const Change &note : notes)
        read += store->get("note", note.id)->has_value() ? 1 : 0;
    best.read = std::min(best.read, ms(Clock::now() - start));
    if (read != notes.size())
        std::exit(1);
    std::vector<double> latencies;
    for (int round = 0; round < 20; ++round) {
        for (const auto &q : kQueries) {
            start = Clock::now();
            if (!store->search(q, 20))
                std::exit(1);
            latencies.push_back(ms(Clock::now() - start));
        }
    }
    best.searchP95 = std::min(best.searchP95, percentile(latencies, 0.95));
}

void encryptionCost(const QTemporaryDir &dir, const std::vector<Change> &notes)
{
    const std::string keyFile = dir.filePath("bench.key").toStdString();
    const auto params = crypto::KdfParams::calibrated();
    auto created = crypto::Vault::create(keyFile, "benchmark passphrase, long enough", params);
    if (!created)
        std::exit(1);
    std::shared_ptr<crypto::Vault> vault = std::move(*created);
    vault->lock();
    const auto start = Clock::now();
    if (!vault->unlock("benchmark passphrase, long enough"))
        std::exit(1);
    const double unlock = ms(Clock::now() - start);

    // Alternate and take the best of three, so neither side pays for a cold cache alone.
    Figures plain, encrypted;
    for (int round = 0; round < 3; ++round) {
        measure(dir.filePath(QString("cost-plain%1.db").arg(round)), {}, notes, plain);
        measure(dir.filePath(QString("cost-encrypted%1.db").arg(round)), vault, notes, encrypted);
    }
    std::printf("encryption at rest: %zu notes, plain VFS vs encrypted VFS (XChaCha20-Poly1305 "
                "per 4 KiB page)\n",
                notes.size());
    std::printf("  %-34s %10s %10s %7s\n", "", "plain", "encrypted", "ratio");
    const auto row = [](const char *what, double p, double e) {
        std::printf("  %-34s %8.1f ms %7.1f ms %6.2fx\n", what, p, e, e / p);
    };
    row("write (one transaction)", plain.write, encrypted.write);
    row("read back by id (cold page cache)", plain.read, encrypted.read);
    row("full-text search p95 (top 20)", plain.searchP95, encrypted.searchP95);
    std::printf("  goal: writes and reads <= 1.30x\n");
    std::printf("  unlock (Argon2id, opslimit %llu, memlimit %llu MiB, calibrated here): %.0f ms\n",
                static_cast<unsigned long long>(params.opsLimit),
                static_cast<unsigned long long>(params.memLimit >> 20), unlock);
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

    encryptionCost(dir, notes);

    // Search latency over 50,000 notes.
    auto store = open(dir.filePath("search.db"));
    for (int batch = 0; batch < 5; ++batch)
        if (!store->write(kActor, makeNotes(10'000, random)))
            return 1;
    std::vector<double> latencies;
    std::size_t hits = 0;
    for (int round = 0; round < 20; ++round) {
        for (const auto &q : kQueries) {
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
