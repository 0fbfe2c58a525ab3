// End to end over loopback, in one run: tablet A pushes 10,000 notes through a real
// lykta-server process, tablet B pulls them into an empty store, then B syncs again with
// nothing to do. Beside it a unit with history: tablet H writes the same notes and edits each
// body four more times and its status twice, syncing after each round, spread over three
// years; tablet J joins that unit. Prints time, HTTP requests and bytes on the wire per phase,
// next to plain SQLite inserts of the same rows (with and without the search index), and the
// ratios of issue 20's goals. Run through scripts/bench (a release build).
#include "benchnotes.h"

#include "storereplica.h"
#include "sync/client/syncsession.h"
#include "syncrunner.h"

#include <QFile>
#include <QLoggingCategory>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

using namespace lykta;
using namespace lykta::bench;

namespace {

struct Server
{
    QProcess process;
    QString db;
    int port = 0;

    QString admin(const QStringList &args)
    {
        QProcess p;
        p.start(LYKTA_SERVER_BIN, QStringList{"admin", "--db", "sqlite:" + db} + args);
        p.waitForFinished(30000);
        if (p.exitCode() != 0) {
            std::fprintf(stderr, "admin %s failed\n", qPrintable(args.join(' ')));
            std::exit(1);
        }
        return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    }
};

struct Phase
{
    double ms = 0;
    sync::client::TransferStats wire;
};

std::string enroll(Server &server, const std::string &staff, sync::DeviceId device)
{
    const QString code = server.admin({"enroll-code", "--staff", QString::fromStdString(staff)});
    sync::client::TransportOptions t;
    t.baseUrl = "http://127.0.0.1:" + std::to_string(server.port);
    auto answer = sync::client::makeCurlTransport(t)->enroll({code.toStdString(), device, "bench"});
    if (!answer) {
        std::fprintf(stderr, "enroll: %s\n", answer.error().detail.c_str());
        std::exit(1);
    }
    return answer->token;
}

// One sync; `push`, `pull` and `audit` (the upload of the device's access log, between the
// two) receive the figures of each phase.
void runSync(Server &server, Store &store, const std::string &token, Phase *push, Phase *pull,
             Phase *audit = nullptr)
{
    sync::client::TransportOptions t;
    t.baseUrl = "http://127.0.0.1:" + std::to_string(server.port);
    t.token = token;
    auto transport = sync::client::makeCurlTransport(t);
    syncctl::StoreReplica replica(store);
    sync::client::SyncSession session(*transport, replica);
    const auto start = Clock::now();
    auto auditStart = start;
    auto pullStart = start;
    sync::client::TransferStats atAudit, atPull;
    session.setObserver([&](const sync::client::SyncStatus &s) {
        if (s.phase == sync::client::Phase::Audit && auditStart == start) {
            auditStart = Clock::now();
            atAudit = s.transfer;
        }
        if (s.phase == sync::client::Phase::Pull && pullStart == start) {
            pullStart = Clock::now();
            atPull = s.transfer;
        }
    });
    const auto s = session.run();
    const auto end = Clock::now();
    if (s.activity != sync::client::Activity::Idle) {
        std::fprintf(stderr, "sync failed: %s\n", s.error ? s.error->detail.c_str() : "?");
        std::exit(1);
    }
    if (push)
        *push = {ms(auditStart - start), atAudit};
    if (audit)
        *audit = {ms(pullStart - auditStart),
                  {atPull.requests - atAudit.requests, atPull.bytesSent - atAudit.bytesSent,
                   atPull.bytesReceived - atAudit.bytesReceived}};
    if (pull)
        *pull = {ms(end - pullStart),
                 {s.transfer.requests - atPull.requests, s.transfer.bytesSent - atPull.bytesSent,
                  s.transfer.bytesReceived - atPull.bytesReceived}};
}

// Notes with an entry in the store's full-text index.
std::size_t indexedNotes(Store &store)
{
    Statement st(StoreInspector::database(store).handle(),
                 "SELECT count(*) FROM search_doc d JOIN search_index i ON i.rowid = d.ftsid "
                 "WHERE d.entity = 'note'");
    return st.step() == SQLITE_ROW ? static_cast<std::size_t>(st.integer(0)) : 0;
}

void print(const char *name, const Phase &p, double raw)
{
    std::printf("  %-22s %8.1f ms  %5.1fx raw  %3llu requests  %9llu B sent  %9llu B received\n",
                name, p.ms, p.ms / raw, static_cast<unsigned long long>(p.wire.requests),
                static_cast<unsigned long long>(p.wire.bytesSent),
                static_cast<unsigned long long>(p.wire.bytesReceived));
}

} // namespace

int main()
{
    QLoggingCategory::setFilterRules("lykta.*.info=false");
    QTemporaryDir dir;
    std::mt19937_64 random(11);
    const std::size_t kNotes = 10'000;
    constexpr int kPulls = 3;
    const auto notes = makeNotes(kNotes, random);

    double raw = 1e18;
    double rawNoIndex = 1e18;
    for (int round = 0; round < 3; ++round) {
        raw = std::min(raw, plainInsertMs(dir.filePath(QString("plain%1.db").arg(round)), notes));
        rawNoIndex = std::min(
            rawNoIndex, plainInsertMs(dir.filePath(QString("bare%1.db").arg(round)), notes, false));
    }

    Server server;
    server.db = dir.filePath("server.db");
    const QString unit = server.admin({"create-unit", "--name", "Bench"});
    const std::string staff =
        server.admin({"create-staff", "--name", "Bench", "--unit", unit}).toStdString();
    const QString historyUnit = server.admin({"create-unit", "--name", "History"});
    const std::string historyStaff =
        server.admin({"create-staff", "--name", "History", "--unit", historyUnit}).toStdString();
    const QString portFile = dir.filePath("port");
    server.process.start(LYKTA_SERVER_BIN, {"serve", "--db", "sqlite:" + server.db, "--port", "0",
                                            "--port-file", portFile, "--insecure-http", "--quiet"});
    for (int i = 0; i < 500 && server.port == 0; ++i) {
        QThread::msleep(10);
        QFile f(portFile);
        if (f.open(QIODevice::ReadOnly))
            server.port = f.readAll().trimmed().toInt();
    }
    if (server.port == 0) {
        std::fprintf(stderr, "lykta-server did not start\n");
        return 1;
    }

    // Tablets write through their store's write path (not timed here: see bench_store), under
    // the server's unit and staff ids. H's wall clock is set back: its history spans three years.
    std::atomic<std::int64_t> clockShiftMs{0};
    auto openAt = [&](const QString &name, bool shifted = false) {
        StoreOptions options;
        options.database.path = dir.filePath(name).toStdString();
        if (shifted)
            options.clock = [&clockShiftMs] {
                return sync::HlcClock::systemMilliseconds() + clockShiftMs.load();
            };
        auto s = Store::open(std::move(options));
        if (!s)
            std::exit(1);
        return std::move(*s);
    };
    const auto writeNotes = [&](Store &store, const Actor &actor) {
        if (!store.write(actor, Change{ChangeKind::Create, "unit", actor.unitId, {}}))
            std::exit(1);
        std::vector<Change> owned = notes;
        for (auto &n : owned)
            n.id.clear();
        auto receipt = store.write(actor, owned);
        if (!receipt)
            std::exit(1);
        return receipt->ids;
    };
    auto a = openAt("a.db");
    const Actor actor{staff, unit.toStdString()};
    writeNotes(*a, actor);
    const std::size_t deltas = a->outbox()->size();

    auto b = openAt("b.db");
    const std::string tokenA = enroll(server, staff, a->deviceId());
    const std::string tokenB = enroll(server, staff, b->deviceId());

    Phase push, auditUpload, pull, noop;
    runSync(server, *a, tokenA, &push, nullptr, &auditUpload);
    // A first sync takes a few hundred milliseconds, within the machine's jitter: B and two
    // more tablets pull into empty stores, and the median of the three counts.
    // `first` and kPulls - 1 more tablets of `member` make their first syncs (their stores named
    // `prefix`N); the phases of their pulls, sorted by time.
    const auto firstSyncs = [&](Store &first, const std::string &token, const std::string &member,
                                const QString &prefix) {
        std::vector<Phase> phases(kPulls);
        runSync(server, first, token, nullptr, &phases[0]);
        for (int more = 1; more < kPulls; ++more) {
            auto other = openAt(prefix + QString::number(more) + ".db");
            runSync(server, *other, enroll(server, member, other->deviceId()), nullptr,
                    &phases[more]);
        }
        std::sort(phases.begin(), phases.end(),
                  [](const Phase &x, const Phase &y) { return x.ms < y.ms; });
        return phases;
    };
    const std::vector<Phase> pulls = firstSyncs(*b, tokenB, staff, "b");
    pull = pulls[kPulls / 2];
    // The pull leaves its records for the search index; the sync thread indexes them after it.
    const auto waiting = b->unindexed();
    const std::size_t unindexedAfterPull = waiting ? *waiting : 0;
    const auto indexStart = Clock::now();
    syncctl::SyncRunner indexer;
    if (auto left = indexer.indexQueued(*b); !left || *left != 0) {
        std::fprintf(stderr, "indexing B failed\n");
        return 1;
    }
    const double indexMs = ms(Clock::now() - indexStart);
    const std::size_t found = indexedNotes(*b);
    // A no-op sync takes a few milliseconds, as much as the machine's jitter: the median of
    // kNoops of them.
    constexpr int kNoops = 21;
    std::vector<double> noops;
    for (int round = 0; round < kNoops; ++round) {
        Phase noopPush;
        runSync(server, *b, tokenB, &noopPush, &noop);
        noop.ms += noopPush.ms;
        noop.wire.requests += noopPush.wire.requests;
        noops.push_back(noop.ms);
    }
    std::sort(noops.begin(), noops.end());
    noop.ms = noops[kNoops / 2];
    const auto pulledNotes = b->list("note")->size();

    // The unit with history: five versions of every body and two status changes, three years.
    constexpr std::int64_t kDayMs = 24 * 3600 * 1000;
    clockShiftMs = -3 * 365 * kDayMs;
    auto h = openAt("h.db", true);
    const Actor historian{historyStaff, historyUnit.toStdString()};
    const std::string tokenH = enroll(server, historyStaff, h->deviceId());
    const auto ids = writeNotes(*h, historian);
    runSync(server, *h, tokenH, nullptr, nullptr);
    std::size_t historyDeltas = deltas;
    for (int version = 2; version <= 5; ++version) {
        clockShiftMs = -3 * 365 * kDayMs + (version - 1) * 270 * kDayMs;
        std::vector<Change> edits;
        for (std::size_t i = 0; i < ids.size(); ++i) {
            Change edit{ChangeKind::Update, "note", ids[i], {{"body", bench::noteText(random)}}};
            if (version == 3 || version == 5)
                edit.fields.push_back({"status", std::string(version == 3 ? "review" : "draft")});
            edits.push_back(std::move(edit));
        }
        if (!h->write(historian, edits)) {
            std::fprintf(stderr, "editing H failed\n");
            return 1;
        }
        historyDeltas += h->outbox()->size();
        runSync(server, *h, tokenH, nullptr, nullptr);
    }
    auto j = openAt("j.db");
    const std::string tokenJ = enroll(server, historyStaff, j->deviceId());
    // As for B: J and two more tablets join, and the median counts.
    const std::vector<Phase> joins = firstSyncs(*j, tokenJ, historyStaff, "j");
    const Phase join = joins[kPulls / 2];
    const auto joinedNotes = j->list("note")->size();

    // The UI thread's connection while a tablet makes its first sync and indexes what it
    // brought (on this, the sync thread): every 5 ms it writes a note and reads one back; the
    // longest each took is what a person would feel as a stall.
    auto c = openAt("c.db");
    const std::string tokenC = enroll(server, staff, c->deviceId());
    if (!c->write(actor, Change{ChangeKind::Create, "unit", actor.unitId, {}}))
        return 1;
    std::atomic<bool> syncing{true};
    double longestWrite = 0, longestRead = 0;
    std::size_t uiWrites = 0;
    std::thread ui([&] {
        auto uiStore = openAt("c.db");
        while (syncing) {
            auto start = Clock::now();
            auto written = uiStore->write(actor, Change{ChangeKind::Create,
                                                        "note",
                                                        {},
                                                        {{"kind", std::string("case")},
                                                         {"author", actor.staffId},
                                                         {"body", std::string("UI-tråden")}}});
            longestWrite = std::max(longestWrite, ms(Clock::now() - start));
            if (!written) {
                std::fprintf(stderr, "a write on the UI thread failed: %s\n",
                             written.error().detail.c_str());
                std::exit(1);
            }
            ++uiWrites;
            start = Clock::now();
            if (!uiStore->get("note", written->ids.front()))
                std::exit(1);
            longestRead = std::max(longestRead, ms(Clock::now() - start));
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        }
    });
    runSync(server, *c, tokenC, nullptr, nullptr);
    if (auto left = indexer.indexQueued(*c); !left || *left != 0) {
        std::fprintf(stderr, "indexing C failed\n");
        return 1;
    }
    syncing = false;
    ui.join();
    server.process.terminate();
    server.process.waitForFinished(10000);

    std::printf("sync over loopback: %zu notes (~450 B text, 7 fields; %zu deltas), HTTP\n", kNotes,
                deltas);
    std::printf("  plain SQLite INSERT of the same rows: %8.1f ms (%.1f ms without the search "
                "index)\n",
                raw, rawNoIndex);
    print("A push (whole outbox)", push, raw);
    print("A its access log up", auditUpload, raw);
    print("B pull (empty store)", pull, raw);
    std::printf("  (pull: the median of %d tablets' first syncs, from %.1f to %.1f ms)\n", kPulls,
                pulls.front().ms, pulls.back().ms);
    print("B no-op sync", noop, raw);
    std::printf("  (no-op sync: the median of %d, from %.1f to %.1f ms)\n", kNoops, noops.front(),
                noops.back());
    std::printf("  B holds %zu notes after its pull, %zu of them left for the search index; "
                "indexed in %.1f ms after it: %zu of %zu notes in the index\n",
                pulledNotes, unindexedAfterPull, indexMs, found, kNotes);
    std::printf("a unit with history: the same notes, each body in 5 versions and 2 status "
                "changes over three years (%zu deltas in the log)\n",
                historyDeltas);
    print("J joins (empty store)", join, raw);
    std::printf("  (join: the median of %d tablets' first syncs, from %.1f to %.1f ms)\n", kPulls,
                joins.front().ms, joins.back().ms);
    std::printf("  J holds %zu notes after its pull\n", joinedNotes);

    const auto perNote = [&](std::uint64_t bytes) {
        return double(bytes) / double(kNotes);
    };
    const double timeRatio = join.ms / pull.ms;
    const double byteRatio = double(join.wire.bytesReceived) / double(pull.wire.bytesReceived);
    const std::uint64_t noopBytes = noop.wire.bytesSent + noop.wire.bytesReceived;
    std::printf("goals (issue 20):\n");
    std::printf("  joining with history / without: time %.2fx, bytes %.2fx (<= 1.2x): %s\n",
                timeRatio, byteRatio, timeRatio <= 1.2 && byteRatio <= 1.2 ? "met" : "MISSED");
    std::printf("  pull into an empty store / plain insert without the search index: %.1fx "
                "(<= 4x): %s\n",
                pull.ms / rawNoIndex, pull.ms <= 4 * rawNoIndex ? "met" : "MISSED");
    std::printf("  bytes per note: push %.0f B, pull %.0f B (<= 150 B): %s\n",
                perNote(push.wire.bytesSent), perNote(pull.wire.bytesReceived),
                perNote(push.wire.bytesSent) <= 150 && perNote(pull.wire.bytesReceived) <= 150
                    ? "met"
                    : "MISSED");
    std::printf("  search index complete %.0f ms after the pull (<= 1000 ms): %s\n", indexMs,
                indexMs <= 1000 && found == kNotes ? "met" : "MISSED");
    std::printf("  the UI thread's connection during a first sync and its indexing (%zu writes): "
                "longest write %.1f ms, longest read %.1f ms (<= 50 ms): %s\n",
                uiWrites, longestWrite, longestRead,
                longestWrite <= 50 && longestRead <= 50 ? "met" : "MISSED");
    std::printf("  push %s, pull %s (<= 15x raw, <= 10 requests); no-op %s (1 request, "
                "%llu B <= 512 B)\n",
                push.ms <= 15 * raw && push.wire.requests <= 10 ? "met" : "MISSED",
                pull.ms <= 15 * raw && pull.wire.requests <= 10 ? "met" : "MISSED",
                noop.wire.requests == 1 && noopBytes <= 512 ? "met" : "MISSED",
                static_cast<unsigned long long>(noopBytes));
    return pulledNotes == kNotes && joinedNotes == kNotes ? 0 : 1;
}
