// A tablet that joins a unit with history starts from the server's current state (state pages,
// GET /v1/pull?form=state), not from a replay of every version the log holds. Through a real
// lykta-server on both backends it ends equal to the server field by field, conflict copies
// included, and equal to a tablet that replayed the whole log, having downloaded less; a first
// sync cut at random points, or stopped and started again, resumes from its last page.
#include "cutproxy.h"
#include "serverstate.h"
#include "tablet.h"
#include "testserver.h"

#include "storereplica.h"
#include "sync/client/syncsession.h"

#include <QtTest>

#include <random>

using namespace lykta;
using namespace lykta::test;

namespace {

std::string noteText(std::mt19937 &random, int version)
{
    static const char *const words[] = {"samtal", "barnet", "mamma",   "pappa", "skolan",
                                        "oro",    "stöd",   "träffen", "hemma", "kurator"};
    std::string text = "Version " + std::to_string(version) + ":";
    for (int w = 0; w < 60; ++w)
        text += std::string(" ") + words[random() % std::size(words)];
    return text;
}

} // namespace

class TstJoinUnit : public QObject
{
    Q_OBJECT

private:
    Tablet tablet(const QString &name, const std::string &staff)
    {
        return newTablet(m_server, m_server.dir() + "/" + name + ".db", staff, m_unit, name);
    }

    bool sync(Tablet &t) { return syncedClean(m_server, t); }

    bool write(Tablet &t, const store::Change &change, std::string *id = nullptr)
    {
        return writeTo(t, change, id);
    }

    // What a user would check: every record as the server holds it, every field's value,
    // timestamp, author and conflict copies.
    bool equalsServer(Tablet &t)
    {
        return test::equalsServer(m_server.database(), m_unit, *t.store);
    }

    sync::client::SyncStatus syncWith(Tablet &t, sync::client::LocalReplica &replica, int port = 0,
                                      sync::client::SessionOptions options = {})
    {
        sync::client::TransportOptions to;
        to.baseUrl = "http://127.0.0.1:" + std::to_string(port ? port : m_server.port());
        to.token = t.token;
        auto transport = sync::client::makeCurlTransport(to);
        sync::client::SyncSession session(*transport, replica, options);
        return session.run();
    }

private slots:
    // A unit with history: kNotes notes, each body written five times and its status changed
    // twice over as many syncs, a colleague's concurrent edits kept as conflict copies, some
    // of them resolved, one note deleted.
    void initTestCase()
    {
        QVERIFY(m_server.start());
        m_unit = m_server.admin({"create-unit", "--name", "Enhet Väst"}).toStdString();
        const auto staff = [&](const QString &name) {
            return m_server
                .admin({"create-staff", "--name", name, "--unit", QString::fromStdString(m_unit)})
                .toStdString();
        };
        m_staffA = staff("Alva");
        m_staffC = staff("Cem");
        Tablet a = tablet("a", m_staffA);
        Tablet c = tablet("c", m_staffC);
        QVERIFY(!a.token.empty() && !c.token.empty());
        std::mt19937 random(7);
        std::string family;
        QVERIFY(
            write(a, {store::ChangeKind::Create, "unit", m_unit, {{"name", std::string("V")}}}));
        QVERIFY(write(a, {store::ChangeKind::Create, "family", {}, {{"name", std::string("F")}}},
                      &family));
        for (int i = 0; i < kNotes; ++i) {
            std::string id;
            QVERIFY(write(a,
                          {store::ChangeKind::Create,
                           "note",
                           {},
                           {{"subject_entity", std::string("family")},
                            {"subject_id", family},
                            {"body", noteText(random, 1)},
                            {"status", std::string("draft")}}},
                          &id));
            m_notes.push_back(id);
        }
        QVERIFY(sync(a));
        QVERIFY(sync(c));
        for (int version = 2; version <= 5; ++version) {
            for (const std::string &id : m_notes) {
                store::Change edit{
                    store::ChangeKind::Update, "note", id, {{"body", noteText(random, version)}}};
                if (version == 3 || version == 5)
                    edit.fields.push_back(
                        {"status", std::string(version == 3 ? "review" : "draft")});
                QVERIFY(write(a, edit));
            }
            // Cem edits the first notes offline meanwhile: his texts become conflict copies.
            if (version == 4)
                for (int i = 0; i < 6; ++i)
                    QVERIFY(write(c, {store::ChangeKind::Update,
                                      "note",
                                      m_notes[i],
                                      {{"body", "Cems text " + std::to_string(i)}}}));
            QVERIFY(sync(a));
        }
        QVERIFY(sync(c));
        QVERIFY(sync(a));
        // Alva resolves two of the six; four stay for a person to decide.
        auto copies = a.store->conflicts();
        QVERIFY(copies);
        QCOMPARE(copies->size(), std::size_t(6));
        for (int i = 0; i < 2; ++i) {
            const auto &copy = (*copies)[static_cast<std::size_t>(i)];
            QVERIFY(a.store->resolveConflict(
                a.actor, {copy.entity, copy.entityId, copy.field, copy.copy.hlc},
                sync::Value(std::string("Resolved ") + std::to_string(i))));
        }
        QVERIFY(write(a, {store::ChangeKind::Delete, "note", m_notes.back(), {}}));
        QVERIFY(sync(a));
        QVERIFY(sync(c));
        QVERIFY(equalsServer(a));
        QVERIFY(equalsServer(c));
    }

    void aJoiningTabletStartsFromTheServersState()
    {
        Tablet b = tablet("b", m_staffA);
        Tablet old = tablet("old", m_staffC);
        syncctl::StoreReplica stateReplica(*b.store, b.actor.staffId);
        LogReplica logReplica(*old.store, old.actor.staffId);
        const auto joined = syncWith(b, stateReplica);
        const auto replayed = syncWith(old, logReplica);
        QCOMPARE(joined.activity, sync::client::Activity::Idle);
        QCOMPARE(replayed.activity, sync::client::Activity::Idle);

        QVERIFY(equalsServer(b));
        QVERIFY(equalsServer(old)); // the two ways agree, field by field
        auto held = b.store->conflicts();
        QVERIFY(held);
        QCOMPARE(held->size(), std::size_t(4)); // the copies no one resolved yet
        auto notes = b.store->list("note");
        QVERIFY(notes);
        QCOMPARE(notes->size(), std::size_t(kNotes - 1)); // one was deleted
        QVERIFY(*b.store->pullsState() == false);

        // The log holds every version; the state page only the current one.
        QVERIFY2(joined.transfer.bytesReceived * 2 < replayed.transfer.bytesReceived,
                 qPrintable(QString("state %1 B, log %2 B")
                                .arg(joined.transfer.bytesReceived)
                                .arg(replayed.transfer.bytesReceived)));
        const std::string device = std::to_string(b.store->deviceId());
        QCOMPARE(m_server.database().scalar("SELECT count(*) FROM audit WHERE action = 'pull' AND "
                                            "entity = 'state' AND device = " +
                                            device),
                 1LL);

        // After the state, the log goes on: a new edit arrives as a delta.
        Tablet a = tablet("a2", m_staffA);
        QVERIFY(sync(a));
        QVERIFY(write(a, {store::ChangeKind::Update,
                          "note",
                          m_notes[10],
                          {{"body", std::string("After the join")}}}));
        QVERIFY(sync(a));
        QCOMPARE(syncWith(b, stateReplica).activity, sync::client::Activity::Idle);
        auto note = b.store->get("note", m_notes[10]);
        QVERIFY(note && *note);
        QCOMPARE((**note).text("body"), std::string("After the join"));
        QVERIFY(equalsServer(b));
    }

    // The connection drops at random points of the first sync's pages: the session retries
    // and the tablet ends equal to the server, nothing lost, nothing twice.
    void aFirstSyncCutAtRandomPointsResumes()
    {
        sync::client::SessionOptions options;
        options.pullLimit = 7; // records per state page: many pages
        options.retryFirstDelay = std::chrono::milliseconds(10);
        // The bytes a whole first sync receives, so every cut falls inside it.
        Tablet whole = tablet("uncut", m_staffA);
        syncctl::StoreReplica wholeReplica(*whole.store, whole.actor.staffId);
        const std::uint64_t total =
            syncWith(whole, wholeReplica, 0, options).transfer.bytesReceived;
        QVERIFY2(total > 4'000, qPrintable(QString("%1 B").arg(total)));
        std::mt19937 random(static_cast<unsigned>(QDateTime::currentMSecsSinceEpoch()));
        for (int round = 0; round < 3; ++round) {
            const std::uint64_t cutAfter = 1'000 + random() % (total - 2'000);
            CutProxy proxy(m_server.port(), cutAfter, 2);
            Tablet t = tablet("cut" + QString::number(round), m_staffA);
            syncctl::StoreReplica replica(*t.store, t.actor.staffId);
            const auto status = syncWith(t, replica, proxy.port(), options);
            QVERIFY2(status.activity == sync::client::Activity::Idle,
                     qPrintable(QString("cut after %1 B").arg(cutAfter)));
            QVERIFY(proxy.cutsMade() >= 1);
            QVERIFY2(equalsServer(t), qPrintable(QString("cut after %1 B").arg(cutAfter)));
        }
    }

    // A first sync that stops half-way (the tablet is closed) goes on from its last page
    // next time, still in state pages, and picks up what changed on the server in between.
    void aFirstSyncStoppedHalfWayGoesOnFromItsLastPage()
    {
        Tablet t = tablet("stopped", m_staffA);
        {
            syncctl::StoreReplica replica(*t.store, t.actor.staffId);
            sync::client::SessionOptions options;
            options.pullLimit = 5;
            options.maxRetries = 0;
            CutProxy proxy(m_server.port(), 6'000, 1);
            const auto status = syncWith(t, replica, proxy.port(), options);
            QCOMPARE(status.activity, sync::client::Activity::Stopped);
            QVERIFY(*t.store->pullCursor() > 0); // some pages went in
            QVERIFY(*t.store->pullsState());     // and the state sync is not over
        }
        Tablet a = tablet("a3", m_staffA);
        QVERIFY(sync(a));
        QVERIFY(write(a, {store::ChangeKind::Update,
                          "note",
                          m_notes[0],
                          {{"body", std::string("Changed while the tablet was away")}}}));
        QVERIFY(sync(a));

        t.store.reset();
        t.store = openTabletStore(m_server.dir() + "/stopped.db");
        QVERIFY(t.store);
        QVERIFY(*t.store->pullsState());
        QVERIFY(sync(t));
        QVERIFY(!*t.store->pullsState());
        QVERIFY(equalsServer(t));
    }

private:
    static constexpr int kNotes = 40;
    TestServer m_server;
    std::string m_unit;
    std::string m_staffA;
    std::string m_staffC;
    std::vector<std::string> m_notes;
};

QTEST_GUILESS_MAIN(TstJoinUnit)
#include "tst_joinunit.moc"
