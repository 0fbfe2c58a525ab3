// Two lykta-server processes on one PostgreSQL database, as behind a load balancer. Four
// tablets (real stores) write notes and edit each other's, and sync through either server,
// alternately; in one round a server is SIGKILLed in the middle of a large push and the tablet
// goes on through the other. Afterwards every tablet equals the database — the same notes with
// the same fields, as a fresh tablet pulls them — and each tablet's deltas are in the log once:
// 0 lost, 0 duplicated. And the same batch sent to both servers at once is applied once.
// PostgreSQL only (SQLite is one file for one process). Seeded: LYKTA_SEED.
#include "testserver.h"

#include "storereplica.h"
#include "sync/client/syncsession.h"
#include "sync/core/uuid.h"

#include <QtTest>

#include <future>
#include <random>
#include <thread>

using namespace lykta;
using namespace lykta::test;

namespace {

constexpr int kTablets = 4;
constexpr int kRounds = 6;

struct Tablet
{
    std::unique_ptr<store::Store> store;
    store::Actor actor;
    std::string token;
    std::size_t deltas = 0; // every delta its store queued
};

std::unique_ptr<store::Store> openStore(const QString &path)
{
    store::StoreOptions options;
    options.database.path = path.toStdString();
    auto s = store::Store::open(std::move(options));
    return s ? std::move(*s) : nullptr;
}

std::size_t pending(const store::Store &s)
{
    auto outbox = s.outbox();
    return outbox ? outbox->size() : SIZE_MAX;
}

// Notes by id, with every field.
std::map<std::string, std::map<std::string, sync::Value, std::less<>>> notes(const store::Store &s)
{
    std::map<std::string, std::map<std::string, sync::Value, std::less<>>> out;
    if (auto list = s.list("note"))
        for (const auto &n : *list)
            out.emplace(n.id, n.fields);
    return out;
}

sync::client::SessionOptions quickRetries()
{
    sync::client::SessionOptions o;
    o.maxRetries = 2;
    o.retryFirstDelay = std::chrono::milliseconds(50);
    o.retryMaxDelay = std::chrono::milliseconds(100);
    return o;
}

} // namespace

class TstTwoServers : public QObject
{
    Q_OBJECT

private:
    sync::client::Activity sync(Tablet &t, const TestServer &through)
    {
        auto transport = through.transport(t.token);
        syncctl::StoreReplica replica(*t.store);
        return sync::client::SyncSession(*transport, replica, quickRetries()).run().activity;
    }

    void write(Tablet &t, std::vector<store::Change> changes)
    {
        const std::size_t before = pending(*t.store);
        auto r = t.store->write(t.actor, changes);
        if (!r)
            qWarning("write: %s", r.error().detail.c_str());
        t.deltas += pending(*t.store) - before;
    }

private slots:
    void initTestCase()
    {
        if (testBackend() != Backend::Postgresql)
            QSKIP("several servers share one PostgreSQL database; SQLite is one process's file");
        QVERIFY(m_one.start());
        QVERIFY(m_two.start());
        m_unit = m_one.admin({"create-unit", "--name", "Enhet Syd"}).toStdString();
    }

    void sameBatchToBothServersAppliesOnce()
    {
        const auto unit = m_two.admin({"create-unit", "--name", "Enhet Öst"}).toStdString();
        const auto staff =
            m_two.admin({"create-staff", "--name", "Cilla", "--unit", QString::fromStdString(unit)})
                .toStdString();
        const QString code = m_one.admin({"enroll-code", "--staff", QString::fromStdString(staff)});
        auto enrolled = m_two.transport()->enroll({code.toStdString(), 990, "cilla"});
        QVERIFY(enrolled);
        DeltaWriter w(990, staff);
        std::vector<sync::Delta> deltas;
        for (int i = 0; i < 300; ++i) {
            auto d = w.write("note", sync::newUuidV7(),
                             {{"unit_id", unit},
                              {"body", std::string(200, char('a' + i % 26))},
                              {"status", std::string("draft")}});
            deltas.insert(deltas.end(), d.begin(), d.end());
        }
        const sync::Batch batch = w.batch(deltas);
        for (int attempt = 0; attempt < 3; ++attempt) { // at once, then again through each
            auto viaOne = std::async(std::launch::async,
                                     [&] { return m_one.transport(enrolled->token)->push(batch); });
            auto viaTwo = std::async(std::launch::async,
                                     [&] { return m_two.transport(enrolled->token)->push(batch); });
            for (auto *f : {&viaOne, &viaTwo}) {
                auto answer = f->get();
                QVERIFY2(answer, answer ? "" : answer.error().detail.c_str());
                QCOMPARE(answer->accepted.size(), deltas.size()); // the same answer from both
                QVERIFY(answer->rejected.empty());
            }
        }
        const TestDatabase &db = m_one.database();
        QCOMPARE(db.scalar("SELECT count(*) FROM log WHERE device = 990"),
                 static_cast<long long>(deltas.size()));
        QCOMPARE(db.scalar("SELECT last_counter FROM device WHERE id = 990"),
                 static_cast<long long>(deltas.size()));
    }

    void tabletsThroughEitherServerConvergeWhileOneIsKilled()
    {
        const unsigned seed =
            qEnvironmentVariableIsSet("LYKTA_SEED")
                ? static_cast<unsigned>(qEnvironmentVariableIntValue("LYKTA_SEED"))
                : std::random_device{}();
        qInfo("LYKTA_SEED=%u", seed);
        std::mt19937 random(seed);

        std::vector<Tablet> tablets(kTablets);
        for (int i = 0; i < kTablets; ++i) {
            Tablet &t = tablets[static_cast<std::size_t>(i)];
            TestServer &via = i % 2 ? m_two : m_one;
            const auto staff = via.admin({"create-staff", "--name", QString("Staff %1").arg(i),
                                          "--unit", QString::fromStdString(m_unit)})
                                   .toStdString();
            t.store = openStore(m_dir.filePath(QString("tablet%1.db").arg(i)));
            QVERIFY(t.store);
            t.actor = {staff, m_unit};
            const QString code =
                via.admin({"enroll-code", "--staff", QString::fromStdString(staff)});
            auto enrolled =
                via.transport()->enroll({code.toStdString(), t.store->deviceId(), "tablet"});
            QVERIFY(enrolled);
            t.token = enrolled->token;
        }
        write(tablets[0],
              {{store::ChangeKind::Create, "unit", m_unit, {{"name", std::string("Enhet Syd")}}}});
        const std::size_t familyDeltas = pending(*tablets[0].store);
        write(
            tablets[0],
            {{store::ChangeKind::Create, "family", {}, {{"name", std::string("Familjen Berg")}}}});
        QVERIFY(pending(*tablets[0].store) > familyDeltas);
        QCOMPARE(sync(tablets[0], m_one), sync::client::Activity::Idle);
        const std::string family = tablets[0].store->list("family")->at(0).id;
        for (auto &t : tablets)
            QCOMPARE(sync(t, m_two), sync::client::Activity::Idle);

        const int killRound = 1 + static_cast<int>(random() % (kRounds - 1));
        int cut = 0;
        for (int round = 0; round < kRounds; ++round) {
            for (int i = 0; i < kTablets; ++i) {
                Tablet &t = tablets[static_cast<std::size_t>(i)];
                const bool big = round == killRound && i == 0;
                std::vector<store::Change> changes;
                for (int n = 0; n < (big ? 600 : 20); ++n)
                    changes.push_back({store::ChangeKind::Create,
                                       "note",
                                       {},
                                       {{"subject_entity", std::string("family")},
                                        {"subject_id", family},
                                        {"body", "Anteckning " + std::to_string(random())},
                                        {"status", std::string("draft")}}});
                // And an edit of someone's note, concurrent with the others' edits.
                const auto known = notes(*t.store);
                if (!known.empty()) {
                    auto it = known.begin();
                    std::advance(it, static_cast<long>(random() % known.size()));
                    changes.push_back({store::ChangeKind::Update,
                                       "note",
                                       it->first,
                                       {{"body", "Ändrad av " + std::to_string(i)}}});
                }
                write(t, changes);
                TestServer &via = (round + i) % 2 ? m_two : m_one;
                if (!big) {
                    QCOMPARE(sync(t, via), sync::client::Activity::Idle);
                    continue;
                }
                // A large push through the first server, which dies in the middle of it.
                auto running = std::async(std::launch::async, [&] { return sync(t, m_one); });
                std::this_thread::sleep_for(std::chrono::milliseconds(20 + random() % 150));
                m_one.kill();
                cut += running.get() != sync::client::Activity::Idle;
                QCOMPARE(sync(t, m_two), sync::client::Activity::Idle); // the other one serves
                QVERIFY(m_one.start());
            }
        }
        qInfo("server one killed in round %d; the push it was serving %s", killRound,
              cut ? "was cut" : "had finished");

        // Everyone syncs until nothing moves, through either server.
        for (int pass = 0; pass < 2; ++pass)
            for (int i = 0; i < kTablets; ++i)
                QCOMPARE(sync(tablets[static_cast<std::size_t>(i)], i % 2 ? m_one : m_two),
                         sync::client::Activity::Idle);

        // The database as a fresh tablet pulls it.
        Tablet fresh;
        fresh.store = openStore(m_dir.filePath("fresh.db"));
        const QString code = m_one.admin(
            {"enroll-code", "--staff", QString::fromStdString(tablets[1].actor.staffId)});
        auto enrolled =
            m_two.transport()->enroll({code.toStdString(), fresh.store->deviceId(), "fresh"});
        QVERIFY(enrolled);
        fresh.token = enrolled->token;
        QCOMPARE(sync(fresh, m_one), sync::client::Activity::Idle);
        const auto truth = notes(*fresh.store);
        const TestDatabase &db = m_one.database();
        const auto expectedNotes = static_cast<std::size_t>(kTablets * kRounds * 20 + 600 - 20);
        QCOMPARE(truth.size(), expectedNotes);
        QCOMPARE(db.scalar("SELECT count(*) FROM record WHERE entity = 'note' AND unit_id = '" +
                           m_unit + "'"),
                 static_cast<long long>(expectedNotes));
        for (const Tablet &t : tablets) {
            QVERIFY(notes(*t.store) == truth); // equal to the database, field by field
            QCOMPARE(pending(*t.store), std::size_t(0));
            QCOMPARE(t.store->conflicts()->size(), fresh.store->conflicts()->size());
            const std::string where =
                " FROM log WHERE device = " + std::to_string(t.store->deviceId());
            QCOMPARE(db.scalar("SELECT count(*)" + where), static_cast<long long>(t.deltas));
            QCOMPARE(db.scalar("SELECT count(DISTINCT counter)" + where),
                     static_cast<long long>(t.deltas));
            QCOMPARE(db.scalar("SELECT max(counter)" + where), static_cast<long long>(t.deltas));
        }
    }

private:
    QTemporaryDir m_dir;
    TestServer m_one;
    TestServer m_two{m_one};
    std::string m_unit;
};

QTEST_GUILESS_MAIN(TstTwoServers)
#include "tst_twoservers.moc"
