// Log compaction through a real lykta-server on both backends (`lykta-server compact` beside
// the running server): superseded versions leave the log and the server's files, every current
// value and conflict copy stays; a tablet whose cursor fell behind the horizon recovers by
// itself from the server's state, its unsent work intact; a replay of a removed delta is still
// answered accepted; tablets syncing while compaction runs are served without error; a tablet
// from before state pages gets a clear refusal instead of a wrong replay.
#include "serverstate.h"
#include "tablet.h"
#include "testserver.h"

#include "storereplica.h"
#include "sync/client/syncsession.h"
#include "sync/core/uuid.h"

#include <QProcess>
#include <QtTest>

#include <thread>

using namespace lykta;
using namespace lykta::test;

namespace {

struct Compaction
{
    int exitCode = -1;
    long long horizon = 0;
    long long removed = 0;
    QString err;
};

Compaction readCompaction(QProcess &p)
{
    Compaction c;
    c.exitCode = p.exitCode();
    c.err = QString::fromUtf8(p.readAllStandardError());
    for (const QString &line : QString::fromUtf8(p.readAllStandardOutput()).split('\n')) {
        const QStringList cols = line.split('\t');
        if (cols.size() == 2 && cols[0] == "horizon")
            c.horizon = cols[1].toLongLong();
        else if (cols.size() == 2 && cols[0] == "removed")
            c.removed = cols[1].toLongLong();
    }
    return c;
}

} // namespace

class TstCompaction : public QObject
{
    Q_OBJECT

private:
    QStringList compactArgs(const QStringList &args) const
    {
        return QStringList{"compact", "--db", m_server.database().spec()} + args;
    }

    Compaction compact(const QStringList &args = {"--keep-days", "0"})
    {
        QProcess p;
        p.start(QString::fromStdString(serverBinary()), compactArgs(args));
        p.waitForFinished(120000);
        return readCompaction(p);
    }

    Tablet tablet(const QString &name)
    {
        return newTablet(m_server, m_server.dir() + "/" + name + ".db", m_staff, m_unit, name);
    }

    bool sync(Tablet &t) { return syncedClean(m_server, t); }

    bool write(Tablet &t, const store::Change &change, std::string *id = nullptr)
    {
        return writeTo(t, change, id);
    }

    bool equalsServer(Tablet &t)
    {
        return test::equalsServer(m_server.database(), m_unit, *t.store);
    }

    long long logRows() const { return m_server.database().scalar("SELECT count(*) FROM log"); }
    long long loggedFields() const
    {
        return m_server.database().scalar("SELECT count(*) FROM (SELECT DISTINCT entity, "
                                          "entity_id, field FROM log) fields");
    }

    // `notes` new notes by `t`, each body then written `versions` times in all, a sync after
    // each round; `canary` goes into the second version of the first note.
    std::vector<std::string> history(Tablet &t, int notes, int versions, const std::string &canary)
    {
        std::vector<std::string> ids;
        for (int i = 0; i < notes; ++i) {
            std::string id;
            if (!write(t,
                       {store::ChangeKind::Create,
                        "note",
                        {},
                        {{"subject_entity", std::string("family")},
                         {"subject_id", m_family},
                         {"body", "Första versionen " + std::to_string(i)},
                         {"status", std::string("draft")}}},
                       &id))
                return {};
            ids.push_back(id);
        }
        if (!sync(t))
            return {};
        for (int version = 2; version <= versions; ++version) {
            for (std::size_t i = 0; i < ids.size(); ++i) {
                const std::string body =
                    version == 2 && i == 0
                        ? canary
                        : "Version " + std::to_string(version) + " av " + std::to_string(i);
                if (!write(t, {store::ChangeKind::Update, "note", ids[i], {{"body", body}}}))
                    return {};
            }
            if (!sync(t))
                return {};
        }
        return ids;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        m_unit = m_server.admin({"create-unit", "--name", "Enhet Norr"}).toStdString();
        m_staff =
            m_server
                .admin({"create-staff", "--name", "Nora", "--unit", QString::fromStdString(m_unit)})
                .toStdString();
        m_first = tablet("first");
        QVERIFY(!m_first.token.empty());
        QVERIFY(write(
            m_first, {store::ChangeKind::Create, "unit", m_unit, {{"name", std::string("Norr")}}}));
        QVERIFY(write(m_first,
                      {store::ChangeKind::Create, "family", {}, {{"name", std::string("F")}}},
                      &m_family));
        QVERIFY(sync(m_first));
    }

    // Superseded versions go, from the log and from the server's files (the canary, a text
    // written and then replaced); the current version of every field stays, and so does a
    // conflict copy; a tablet joining afterwards equals the server field by field.
    void supersededVersionsLeaveAndEveryValueAndCopyStays()
    {
        const std::string canary = "Kanariefågel-" + sync::newUuidV7();
        const auto ids = history(m_first, 30, 4, canary);
        QCOMPARE(ids.size(), std::size_t(30));
        // A colleague's concurrent edit of one note: kept as a conflict copy on the server.
        Tablet other = tablet("other");
        QVERIFY(sync(other));
        QVERIFY(write(other, {store::ChangeKind::Update,
                              "note",
                              ids[1],
                              {{"body", std::string("Kollegans text")}}}));
        QVERIFY(write(m_first, {store::ChangeKind::Update,
                                "note",
                                ids[1],
                                {{"body", std::string("Min senaste text")}}}));
        QVERIFY(sync(m_first));
        QVERIFY(sync(other));
        QVERIFY(sync(m_first));
        QCOMPARE(m_first.store->conflicts("note", ids[1])->size(), std::size_t(1));

        const long long before = logRows();
        const long long fields = loggedFields();
        const long long head = m_server.database().scalar("SELECT max(seq) FROM log");
        // SQLite: the file and its WAL as bytes. PostgreSQL: every row as text (a log value is
        // bytes there, so the log is asked instead).
        const bool sqlite = m_server.database().backend() == Backend::Sqlite;
        const std::string firstBodies =
            "SELECT count(*) FROM log WHERE entity_id = '" + ids[0] + "' AND field = 'body'";
        QCOMPARE(m_server.database().scalar(firstBodies), 4LL);
        if (sqlite)
            QVERIFY(m_server.database().rawContents().contains(QByteArray::fromStdString(canary)));
        const Compaction c = compact();
        QVERIFY2(c.exitCode == 0, qPrintable(c.err));
        QCOMPARE(c.horizon, head);
        QCOMPARE(logRows(), before - c.removed);
        QCOMPARE(loggedFields(), fields); // every field keeps its current version
        QVERIFY(c.removed >= 30 * 3);     // at least the three older bodies of each note
        QCOMPARE(m_server.database().scalar(firstBodies), 1LL);
        QVERIFY(!m_server.database().rawContents().contains(QByteArray::fromStdString(canary)));

        Tablet joined = tablet("joined");
        QVERIFY(sync(joined));
        QVERIFY(equalsServer(joined));
        QCOMPARE(joined.store->conflicts("note", ids[1])->size(), std::size_t(1));
        QVERIFY(equalsServer(m_first));

        // Again: nothing more to remove.
        const Compaction again = compact();
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(again.removed, 0LL);
    }

    // A tablet that synced before compaction and was away while it ran: its next sync is
    // refused the log, starts again from the server's state, and sends its unsent edit; it ends
    // equal to the server and nothing it wrote is lost.
    void aTabletBehindTheHorizonRecoversByItself()
    {
        const auto ids = history(m_first, 10, 2, "Tidig text");
        Tablet away = tablet("away");
        QVERIFY(sync(away));
        QVERIFY(write(
            away,
            {store::ChangeKind::Update, "note", ids[3], {{"status", std::string("review")}}}));
        for (int version = 3; version <= 5; ++version) {
            for (const auto &id : ids)
                QVERIFY(write(m_first, {store::ChangeKind::Update,
                                        "note",
                                        id,
                                        {{"body", "Senare " + std::to_string(version)}}}));
            QVERIFY(sync(m_first));
        }
        const Compaction c = compact();
        QVERIFY2(c.exitCode == 0, qPrintable(c.err));
        QVERIFY(*away.store->pullCursor() < static_cast<std::uint64_t>(c.horizon));

        const auto status = syncTablet(m_server, away);
        QCOMPARE(status.activity, sync::client::Activity::Idle);
        QCOMPARE(status.rejected, std::uint64_t(0));
        QVERIFY(equalsServer(away));
        auto note = away.store->get("note", ids[3]);
        QVERIFY(note && *note);
        QCOMPARE((**note).text("status"), std::string("review")); // its own edit went through
        QCOMPARE((**note).text("body"), std::string("Senare 5"));
        QCOMPARE(away.store->outbox()->size(), std::size_t(0));
        QVERIFY(sync(m_first));
        QVERIFY(equalsServer(m_first));

        // A tablet from before state pages is refused, not handed a log with rows missing.
        Tablet old = tablet("old");
        LogReplica replica(*old.store, old.actor.staffId);
        auto transport = m_server.transport(old.token);
        sync::client::SyncSession session(*transport, replica);
        const auto refused = session.run();
        QCOMPARE(refused.activity, sync::client::Activity::Stopped);
        QVERIFY(refused.error);
        QCOMPARE(refused.error->httpStatus, 410);
    }

    // A push whose answer was lost, sent again after compaction removed its deltas (later
    // versions superseded them), is answered accepted as it was the first time.
    void aReplayOfARemovedDeltaIsStillAccepted()
    {
        const std::string id = sync::newUuidV7();
        Tablet raw = tablet("raw");
        DeltaWriter rawWriter(raw.store->deviceId(), m_staff);
        auto transport = m_server.transport(raw.token);
        const auto first = rawWriter.write("note", id,
                                           {{"unit_id", m_unit},
                                            {"body", std::string("Först")},
                                            {"status", std::string("draft")}});
        auto answer = transport->push(rawWriter.batch(first));
        QVERIFY(answer && answer->accepted.size() == first.size());
        const auto second = rawWriter.write("note", id, {{"body", std::string("Sedan")}});
        QVERIFY(transport->push(rawWriter.batch(second)));
        const Compaction c = compact();
        QVERIFY2(c.exitCode == 0, qPrintable(c.err));
        QCOMPARE(m_server.database().scalar("SELECT count(*) FROM log WHERE entity_id = '" + id +
                                            "' AND field = 'body'"),
                 1LL);
        auto replay = transport->push(rawWriter.batch(first));
        QVERIFY(replay);
        QCOMPARE(replay->accepted.size(), first.size());
        QVERIFY(replay->rejected.empty());
    }

    // Tablets keep syncing while compaction deletes batch after batch: every sync is served.
    void tabletsAreServedWhileCompactionRuns()
    {
        const auto ids = history(m_first, 400, 5, "Gammal text");
        QCOMPARE(ids.size(), std::size_t(400));
        Tablet busy = tablet("busy");
        QVERIFY(sync(busy));
        QProcess p;
        // One row per transaction: the run takes long enough for tablets to sync meanwhile.
        p.start(QString::fromStdString(serverBinary()),
                compactArgs({"--keep-days", "0", "--batch", "1"}));
        QVERIFY(p.waitForStarted());
        int syncs = 0;
        int during = 0; // syncs that ended while the run was still going
        int round = 0;
        while (p.state() != QProcess::NotRunning || syncs < 3) {
            QVERIFY(write(m_first, {store::ChangeKind::Update,
                                    "note",
                                    ids[round % ids.size()],
                                    {{"body", "Under packningen " + std::to_string(round)}}}));
            ++round;
            QVERIFY(sync(m_first));
            QVERIFY(sync(busy));
            ++syncs;
            p.waitForFinished(1); // lets QProcess notice the end
            during += p.state() != QProcess::NotRunning;
        }
        p.waitForFinished(60000);
        const Compaction c = readCompaction(p);
        QVERIFY2(c.exitCode == 0, qPrintable(c.err));
        QVERIFY(c.removed > 0);
        qInfo("%d of %d rounds of two tablets' syncs ended while %lld rows were removed", during,
              syncs, c.removed);
        QVERIFY(during > 0);
        QVERIFY(sync(busy));
        QVERIFY(equalsServer(busy));
        QVERIFY(equalsServer(m_first));
    }

private:
    TestServer m_server;
    std::string m_unit;
    std::string m_staff;
    std::string m_family;
    Tablet m_first;
};

QTEST_GUILESS_MAIN(TstCompaction)
#include "tst_compaction.moc"
