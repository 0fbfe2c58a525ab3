// The client process is killed (SIGKILL) at 30 random moments of a sync — the real lykta-sync
// executable on a real store file — and started again each time. Meanwhile its staff member
// keeps writing notes on the tablet and a colleague's tablet keeps pushing notes for it to pull.
// At the end every note is on every side exactly once: in the killed tablet's store, on the
// server, in the colleague's store and in a fresh tablet that enrolls afterwards; the server's
// log holds each tablet's deltas once, none missing, none twice. Seeded: LYKTA_SEED repeats.
#include "testserver.h"

#include "storereplica.h"
#include "sync/client/syncsession.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QtTest>

#include <random>
#include <set>

using namespace lykta;
using namespace lykta::test;

namespace {

constexpr int kKills = 30;
constexpr int kNotesPerRound = 120; // written on each tablet between two syncs

std::unique_ptr<store::Store> openStore(const QString &path)
{
    store::StoreOptions options;
    options.database.path = path.toStdString();
    auto s = store::Store::open(std::move(options));
    if (!s)
        qWarning("store %s: %s", qPrintable(path), s.error().detail.c_str());
    return s ? std::move(*s) : nullptr;
}

std::set<std::string> noteIds(const store::Store &s)
{
    std::set<std::string> ids;
    if (auto notes = s.list("note"))
        for (const auto &n : *notes)
            ids.insert(n.id);
    return ids;
}

std::size_t pending(const store::Store &s)
{
    auto outbox = s.outbox();
    return outbox ? outbox->size() : SIZE_MAX;
}

// One write of `n` notes on a family; returns their ids.
std::vector<std::string> writeNotes(store::Store &s, const store::Actor &actor,
                                    const std::string &family, int n, std::mt19937 &random)
{
    std::vector<store::Change> changes;
    for (int i = 0; i < n; ++i)
        changes.push_back({store::ChangeKind::Create,
                           "note",
                           {},
                           {{"subject_entity", std::string("family")},
                            {"subject_id", family},
                            {"body", "Samtal " + std::to_string(random()) +
                                         std::string(300 + random() % 300, 'x')},
                            {"status", std::string("draft")}}});
    auto r = s.write(actor, changes);
    if (!r) {
        qWarning("write: %s", r.error().detail.c_str());
        return {};
    }
    return r->ids;
}

QString syncBinary()
{
    return QStringLiteral(LYKTA_SYNC_BIN);
}

} // namespace

class TstClientKill : public QObject
{
    Q_OBJECT

private:
    // `lykta-sync <args>` to the end: its exit code.
    int runSync(const QStringList &args, QByteArray *output = nullptr)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(syncBinary(), args);
        if (!p.waitForFinished(120000))
            return -1;
        if (output)
            *output = p.readAll();
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }

    bool enroll(const QString &database, const std::string &staff)
    {
        const QString code =
            m_server.admin({"enroll-code", "--staff", QString::fromStdString(staff)});
        QByteArray out;
        const int rc = runSync({"enroll", "--database", database, "--server",
                                QString::fromStdString(m_server.baseUrl()), "--code", code},
                               &out);
        if (rc != 0)
            qWarning("enroll: %s", out.constData());
        return rc == 0;
    }

private slots:
    void killedAtThirtyRandomPointsThenSyncsEverythingOnce()
    {
        const unsigned seed =
            qEnvironmentVariableIsSet("LYKTA_SEED")
                ? static_cast<unsigned>(qEnvironmentVariableIntValue("LYKTA_SEED"))
                : std::random_device{}();
        qInfo("LYKTA_SEED=%u (%s)", seed, toString(m_server.database().backend()));
        std::mt19937 random(seed);

        QVERIFY(m_server.start());
        const std::string unit =
            m_server.admin({"create-unit", "--name", "Enhet Väst"}).toStdString();
        const auto staffFor = [&](const char *name) {
            return m_server
                .admin({"create-staff", "--name", name, "--unit", QString::fromStdString(unit)})
                .toStdString();
        };
        const std::string anna = staffFor("Anna");
        const std::string bo = staffFor("Bo");

        // Tablet A: the one lykta-sync syncs and that gets killed.
        const QString pathA = m_server.dir() + "/a.db";
        std::uint64_t deviceA = 0;
        std::string family;
        std::set<std::string> expected;
        std::size_t deltasA = 0; // every delta tablet A's store queued, over the whole test
        {
            auto a = openStore(pathA);
            QVERIFY(a);
            deviceA = a->deviceId();
            const store::Actor actor{anna, unit};
            QVERIFY(a->write(
                actor,
                {store::ChangeKind::Create, "unit", unit, {{"name", std::string("Enhet Väst")}}}));
            auto f = a->write(actor, {store::ChangeKind::Create,
                                      "family",
                                      {},
                                      {{"name", std::string("Familjen Lind")}}});
            QVERIFY(f);
            family = f->ids.at(0);
            deltasA = pending(*a);
        }
        QVERIFY(enroll(pathA, anna));

        // Tablet B: a colleague's, in this process, pushing notes for A to pull.
        auto b = openStore(m_server.dir() + "/b.db");
        QVERIFY(b);
        const QString codeB =
            m_server.admin({"enroll-code", "--staff", QString::fromStdString(bo)});
        auto enrolledB = m_server.transport()->enroll({codeB.toStdString(), b->deviceId(), "b"});
        QVERIFY(enrolledB);
        const store::Actor actorB{bo, unit};
        std::size_t deltasB = 0;
        const auto syncB = [&] {
            auto transport = m_server.transport(enrolledB->token);
            syncctl::StoreReplica replica(*b);
            return sync::client::SyncSession(*transport, replica).run().activity;
        };
        const QStringList syncArgs{"sync", "--database", pathA, "--quiet"};
        QCOMPARE(runSync(syncArgs), 0);                  // the family reaches the server
        QCOMPARE(syncB(), sync::client::Activity::Idle); // and B

        // Each round: both tablets write, B pushes, A's lykta-sync starts and is killed at a
        // random moment within what one uninterrupted sync of a round took (round 0 measures).
        qint64 fullSyncMs = 0;
        int killedRunning = 0;
        for (int round = 0; round <= kKills; ++round) {
            {
                auto a = openStore(pathA);
                QVERIFY(a);
                const std::size_t before = pending(*a);
                for (const auto &id : writeNotes(*a, {anna, unit}, family, kNotesPerRound, random))
                    expected.insert(id);
                deltasA += pending(*a) - before;
            }
            const std::size_t beforeB = pending(*b);
            for (const auto &id : writeNotes(*b, actorB, family, kNotesPerRound, random))
                expected.insert(id);
            deltasB += pending(*b) - beforeB;
            QCOMPARE(syncB(), sync::client::Activity::Idle);

            if (round == 0) {
                QElapsedTimer t;
                t.start();
                QCOMPARE(runSync(syncArgs), 0);
                fullSyncMs = std::max<qint64>(t.elapsed(), 20);
                continue;
            }
            QProcess p;
            p.start(syncBinary(), syncArgs);
            QVERIFY(p.waitForStarted(10000));
            const auto delay = std::uniform_int_distribution<qint64>(0, fullSyncMs)(random);
            QThread::msleep(static_cast<unsigned long>(delay));
            if (p.state() == QProcess::Running)
                ++killedRunning;
            p.kill(); // SIGKILL
            QVERIFY(p.waitForFinished(10000));
        }
        qInfo("%d of %d kills hit a running lykta-sync (one full round's sync took %lld ms)",
              killedRunning, kKills, static_cast<long long>(fullSyncMs));
        QVERIFY2(killedRunning >= kKills / 2, "most kills must land inside a sync");

        // After the last kill: one sync completes everything.
        QByteArray out;
        const int rc = runSync(syncArgs, &out);
        QVERIFY2(rc == 0, out.constData());
        QCOMPARE(syncB(), sync::client::Activity::Idle);

        // A fresh tablet that enrolls now pulls everything too.
        const QString pathC = m_server.dir() + "/c.db";
        openStore(pathC).reset(); // creates the store and its device id
        QVERIFY(enroll(pathC, bo));
        QCOMPARE(runSync({"sync", "--database", pathC, "--quiet"}), 0);

        const std::size_t notes = expected.size();
        QCOMPARE(notes, std::size_t(2 * (kKills + 1) * kNotesPerRound));
        auto a = openStore(pathA);
        auto c = openStore(pathC);
        QVERIFY(a && c);
        // Every note on every tablet, exactly these (0 lost; ids are keys, so none twice), no
        // conflict copies from a delta applied twice, nothing left to push.
        for (const auto *s : {a.get(), b.get(), c.get()}) {
            QCOMPARE(noteIds(*s).size(), notes);
            QVERIFY(noteIds(*s) == expected);
            QCOMPARE(s->conflicts()->size(), std::size_t(0));
            QCOMPARE(s->rejections()->size(), std::size_t(0));
            QCOMPARE(pending(*s), std::size_t(0));
        }
        // The server: every note once, and each tablet's deltas in its log exactly once —
        // counters 1..N, none missing, none repeated under a new counter.
        const TestDatabase &db = m_server.database();
        QCOMPARE(db.scalar("SELECT count(*) FROM record WHERE entity = 'note'"),
                 static_cast<long long>(notes));
        for (const auto &[device, deltas] :
             {std::pair{deviceA, deltasA}, std::pair{b->deviceId(), deltasB}}) {
            const std::string where = " FROM log WHERE device = " + std::to_string(device);
            QCOMPARE(db.scalar("SELECT count(*)" + where), static_cast<long long>(deltas));
            QCOMPARE(db.scalar("SELECT count(DISTINCT counter)" + where),
                     static_cast<long long>(deltas));
            QCOMPARE(db.scalar("SELECT max(counter)" + where), static_cast<long long>(deltas));
        }
    }

private:
    TestServer m_server;
};

QTEST_GUILESS_MAIN(TstClientKill)
#include "tst_clientkill.moc"
