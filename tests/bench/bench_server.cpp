// End to end over loopback, in one run: tablet A pushes 10,000 notes through a real
// lykta-server process, tablet B pulls them into an empty store, then B syncs again with
// nothing to do. Prints time, HTTP requests and bytes on the wire per phase, next to plain
// SQLite inserts of the same rows. Run through scripts/bench (a release build).
#include "benchnotes.h"

#include "storereplica.h"
#include "sync/client/syncsession.h"

#include <QFile>
#include <QLoggingCategory>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
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

// One sync; `push` and `pull` receive the figures of each phase.
void runSync(Server &server, Store &store, const std::string &token, Phase *push, Phase *pull)
{
    sync::client::TransportOptions t;
    t.baseUrl = "http://127.0.0.1:" + std::to_string(server.port);
    t.token = token;
    auto transport = sync::client::makeCurlTransport(t);
    syncctl::StoreReplica replica(store);
    sync::client::SyncSession session(*transport, replica);
    const auto start = Clock::now();
    auto pullStart = start;
    sync::client::TransferStats atPull;
    session.setObserver([&](const sync::client::SyncStatus &s) {
        if (s.phase == sync::client::Phase::Pull && atPull.requests == 0 && pullStart == start) {
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
        *push = {ms(pullStart - start), atPull};
    if (pull)
        *pull = {ms(end - pullStart),
                 {s.transfer.requests - atPull.requests, s.transfer.bytesSent - atPull.bytesSent,
                  s.transfer.bytesReceived - atPull.bytesReceived}};
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
    const auto notes = makeNotes(kNotes, random);

    double raw = 1e18;
    for (int round = 0; round < 3; ++round)
        raw = std::min(raw, plainInsertMs(dir.filePath(QString("plain%1.db").arg(round)), notes));

    Server server;
    server.db = dir.filePath("server.db");
    const QString unit = server.admin({"create-unit", "--name", "Bench"});
    const std::string staff =
        server.admin({"create-staff", "--name", "Bench", "--unit", unit}).toStdString();
    const QString portFile = dir.filePath("port");
    server.process.start(LYKTA_SERVER_BIN, {"serve", "--db", "sqlite:" + server.db, "--port", "0",
                                            "--port-file", portFile, "--insecure-http", "--quiet"});
    for (int i = 0; i < 500 && server.port == 0; ++i) {
        QThread::msleep(10);
        QFile f(portFile);
        if (f.open(QIODevice::ReadOnly))
            server.port = f.readAll().trimmed().toInt();
    }
    if (server.port == 0)
        return 1;

    // Tablet A: the notes, written through its store's write path (not timed here: see
    // bench_store), under the server's unit and staff ids.
    auto openAt = [&](const QString &name) {
        StoreOptions options;
        options.database.path = dir.filePath(name).toStdString();
        auto s = Store::open(std::move(options));
        if (!s)
            std::exit(1);
        return std::move(*s);
    };
    auto a = openAt("a.db");
    const Actor actor{staff, unit.toStdString()};
    if (!a->write(actor, Change{ChangeKind::Create, "unit", actor.unitId, {}}))
        return 1;
    std::vector<Change> owned = notes;
    for (auto &n : owned)
        n.id.clear();
    if (!a->write(actor, owned))
        return 1;
    const std::size_t deltas = a->outbox()->size();

    auto b = openAt("b.db");
    const std::string tokenA = enroll(server, staff, a->deviceId());
    const std::string tokenB = enroll(server, staff, b->deviceId());

    Phase push, pull, noop;
    runSync(server, *a, tokenA, &push, nullptr);
    runSync(server, *b, tokenB, nullptr, &pull);
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
    server.process.terminate();
    server.process.waitForFinished(10000);

    std::printf("sync over loopback: %zu notes (~450 B text, 7 fields; %zu deltas), HTTP\n", kNotes,
                deltas);
    std::printf("  plain SQLite INSERT of the same rows: %8.1f ms\n", raw);
    print("A push (whole outbox)", push, raw);
    print("B pull (empty store)", pull, raw);
    print("B no-op sync", noop, raw);
    std::printf("  (no-op sync: the median of %d, from %.1f to %.1f ms)\n", kNoops, noops.front(),
                noops.back());
    std::printf("  B holds %zu notes after its pull\n", pulledNotes);
    const std::uint64_t noopBytes = noop.wire.bytesSent + noop.wire.bytesReceived;
    std::printf("  goals: push %s, pull %s (<= 15x raw, <= 10 requests); no-op %s (1 request, "
                "%llu B <= 512 B)\n",
                push.ms <= 15 * raw && push.wire.requests <= 10 ? "met" : "MISSED",
                pull.ms <= 15 * raw && pull.wire.requests <= 10 ? "met" : "MISSED",
                noop.wire.requests == 1 && noopBytes <= 512 ? "met" : "MISSED",
                static_cast<unsigned long long>(noopBytes));
    return pulledNotes == kNotes ? 0 : 1;
}
