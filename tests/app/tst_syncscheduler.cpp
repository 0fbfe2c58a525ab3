// Syncing by itself, against a real lykta-server on 127.0.0.1 and a real store: the network
// coming back, a little after signing (one sync for a burst), every period, the backoff after
// a failed sync, no mobile data unless allowed (kept in the settings), nothing while locked
// or not enrolled, and a device without network information. The network and the clock are
// driven by the test; the server, HTTP and the sync are real. "Due" is checked by moving the
// clock and asking the scheduler, so nothing depends on how fast the machine is.

#include "casenoteeditor.h"
#include "domaintestutil.h"
#include "familyservice.h"
#include "networkstatus.h"
#include "synccontroller.h"
#include "syncscheduler.h"
#include "testserver.h"

#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace lykta;
using namespace lykta::app;
using namespace std::chrono_literals;

namespace {

// The network as the test says it is.
class DrivenNetwork : public NetworkStatus
{
public:
    bool known() const override { return m_known; }
    bool online() const override { return m_online; }
    bool metered() const override { return m_metered; }
    void set(bool online, bool metered = false, bool known = true)
    {
        m_online = online;
        m_metered = metered;
        m_known = known;
        emit changed();
    }

private:
    bool m_known = true, m_online = true, m_metered = false;
};

struct Tablet
{
    test::TestServer server;
    domain::test::DomainFixture fx;
    Workspace workspace{fx.store(), fx.actor(), false};
    std::unique_ptr<SyncController> sync;
    DrivenNetwork network;
    QDateTime clock = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
    std::unique_ptr<SyncScheduler> scheduler;
    QString familyId;

    // Started, enrolled and synced once, with the scheduler watching from the start.
    bool start(bool enroll = true)
    {
        if (!server.start())
            return false;
        server.admin(
            {"create-unit", "--id", QString::fromStdString(fx.unitId()), "--name", "Enheten"});
        server.admin({"create-staff", "--id", QString::fromStdString(fx.staffId()), "--unit",
                      QString::fromStdString(fx.unitId()), "--name", "Maja"});
        store::StoreOptions options;
        options.database.path = fx.path();
        sync = std::make_unique<SyncController>(options, workspace);
        scheduler = std::make_unique<SyncScheduler>(
            *sync, workspace, network, SyncScheduler::Intervals{}, [this] { return clock; });
        familyId = QString::fromStdString(
            *domain::FamilyService(fx.store())
                 .createFamily(fx.actor(),
                               {{}, {}, "Familjen Synk", {}, QDate::currentDate(), {}}));
        if (!enroll)
            return true;
        QSignalSpy enrolled(sync.get(), &SyncController::enrollFinished);
        sync->enroll(
            QString::fromStdString(server.baseUrl()),
            server.admin({"enroll-code", "--staff", QString::fromStdString(fx.staffId())}));
        return enrolled.wait(20'000) && enrolled.first().at(0).toBool() && waitSynced();
    }

    bool waitSynced()
    {
        if (!QTest::qWaitFor([this] { return !sync->busy(); }, 30'000))
            return false;
        return sync->errorText().isEmpty() && fx.outboxSize() == 0;
    }

    // Time passes and the scheduler looks: true when that started a sync.
    bool after(std::chrono::seconds s)
    {
        clock = clock.addSecs(s.count());
        scheduler->check();
        return sync->busy();
    }

    QString signNote(const QString &body)
    {
        CaseNoteEditor note;
        note.setWorkspace(&workspace);
        note.setProperty("familyId", familyId);
        note.setProperty("kind", "home_visit");
        note.setProperty("date", QDate::currentDate().toString(Qt::ISODate));
        note.setProperty("body", body);
        return note.sign() ? note.noteId() : QString();
    }

    // What another device of the same staff member pulls from the server: every one of
    // these notes' text.
    bool onServer(const QStringList &noteIds)
    {
        auto transport = server.transport();
        const QString code =
            server.admin({"enroll-code", "--staff", QString::fromStdString(fx.staffId())});
        auto e = transport->enroll({code.toStdString(), 4242, "check"});
        if (!e)
            return false;
        transport->setToken(e->token);
        auto page = transport->pull(0, 10'000);
        if (!page)
            return false;
        return std::all_of(noteIds.begin(), noteIds.end(), [&](const QString &id) {
            return std::any_of(page->deltas.begin(), page->deltas.end(), [&](const auto &d) {
                return d.entity == "note" && d.entityId == id.toStdString() && d.field == "body";
            });
        });
    }

    // The next server process listens where the tablet was enrolled.
    bool restartServer()
    {
        server.setServeArgs({"--port", QString::number(server.port())});
        const int port = server.port();
        return server.start() && server.port() == port;
    }
};

QString at(const QDateTime &t)
{
    return QLocale().toString(t.toLocalTime().time(), QLocale::ShortFormat);
}

} // namespace

class TestSyncScheduler : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // the metered choice goes to a test folder
        QCoreApplication::setOrganizationName("lykta-test-syncscheduler");
        QSettings().clear();
    }
    void init() { QSettings().clear(); }

    // The test: the server goes away, a note is written and signed, the server comes
    // back and so does the network: the app syncs by itself and the note is on the server.
    void networkBackSyncsByItself()
    {
        Tablet t;
        QVERIFY(t.start());
        t.server.stop();
        t.network.set(false);
        QCOMPARE(t.scheduler->nextText(), QString("Väntar på nätverk"));

        const QString noteId = t.signNote("Hembesök. Skrivet utan nät.");
        QVERIFY(!noteId.isEmpty());
        QVERIFY(t.fx.outboxSize() > 0);
        QVERIFY(!t.after(1h)); // offline: nothing is tried, whatever is due
        QCOMPARE(t.scheduler->nextText(), QString("Väntar på nätverk"));

        QVERIFY(t.restartServer());
        t.network.set(true);
        QVERIFY(t.sync->busy()); // at once, no button pressed
        QVERIFY(t.waitSynced());
        QVERIFY(t.onServer({noteId}));
        QCOMPARE(t.scheduler->nextText(),
                 QString("Nästa försök %1 (var 15:e minut)").arg(at(t.clock.addSecs(15 * 60))));
    }

    // Signing starts a sync a little later; signing again meanwhile moves it on, so a burst
    // is one sync. Then every 15 minutes while online.
    void signingAndPeriod()
    {
        Tablet t;
        QVERIFY(t.start());
        const QString first = t.signNote("Första anteckningen.");
        QCOMPARE(t.scheduler->nextAttempt(), t.clock.addSecs(30));
        QCOMPARE(t.scheduler->nextText(),
                 QString("Nästa försök %1 (strax efter signering)").arg(at(t.clock.addSecs(30))));
        QVERIFY(!t.after(20s));
        const QString second = t.signNote("Andra anteckningen.");
        QVERIFY(!t.after(20s)); // 40 s after the first, 20 s after the second
        QVERIFY(t.after(10s));
        QVERIFY(t.waitSynced());
        QVERIFY(t.onServer({first, second}));

        // Nothing written: the period alone.
        QVERIFY(!t.after(15min - 1s));
        QVERIFY(t.after(1s));
        QVERIFY(t.waitSynced());
        QCOMPARE(t.scheduler->nextAttempt(), t.clock.addSecs(15 * 60));
    }

    // A failed sync waits 30 s, then twice as long each time; the server's return is found by
    // the next attempt. Signing meanwhile does not cut the wait short.
    void failedSyncBacksOff()
    {
        Tablet t;
        QVERIFY(t.start());
        t.server.stop();
        const QString noteId = t.signNote("Skrivet medan servern var borta.");
        QVERIFY(t.after(30s));
        QTRY_VERIFY_WITH_TIMEOUT(!t.sync->busy(), 30'000);
        QVERIFY(t.sync->errorText().startsWith("Servern går inte att nå just nu."));
        QCOMPARE(t.scheduler->nextText(),
                 QString("Nästa försök %1 (efter fel, väntar 30 s)").arg(at(t.clock.addSecs(30))));
        QVERIFY(!t.after(29s));
        QVERIFY(t.after(1s));
        QTRY_VERIFY_WITH_TIMEOUT(!t.sync->busy(), 30'000);
        QCOMPARE(t.scheduler->nextText(),
                 QString("Nästa försök %1 (efter fel, väntar 1 min)").arg(at(t.clock.addSecs(60))));
        t.signNote("Ännu en.");
        QCOMPARE(t.scheduler->nextAttempt(), t.clock.addSecs(60));

        QVERIFY(t.restartServer());
        QVERIFY(!t.after(59s));
        QVERIFY(t.after(1s));
        QVERIFY(t.waitSynced());
        QVERIFY(t.onServer({noteId}));
        QCOMPARE(t.scheduler->nextAttempt(), t.clock.addSecs(15 * 60)); // the backoff is over
    }

    // On mobile data nothing is synced by itself until the person allows it; the choice is
    // kept for the next start.
    void meteredOnlyWhenAllowed()
    {
        Tablet t;
        QVERIFY(t.start());
        t.network.set(true, true);
        QVERIFY(!t.scheduler->allowMetered());
        t.signNote("På mobildata.");
        QVERIFY(!t.after(1h));
        QCOMPARE(t.scheduler->nextText(), QString("Mobildata: synk av (ändra i Inställningar)"));
        QCOMPARE(t.scheduler->networkText(), QString());

        t.scheduler->setAllowMetered(true);
        QVERIFY(t.sync->busy()); // what was due goes at once
        QVERIFY(t.waitSynced());
        QCOMPARE(t.scheduler->networkText(),
                 QString("Mobildata: synkar ändå, enligt Inställningar."));

        SyncScheduler again(*t.sync, t.workspace, t.network, {}, [&] { return t.clock; });
        QVERIFY(again.allowMetered());
        t.scheduler->setAllowMetered(false);
        SyncScheduler third(*t.sync, t.workspace, t.network, {}, [&] { return t.clock; });
        QVERIFY(!third.allowMetered());
    }

    // Locked (the token sealed) or not enrolled: nothing is tried and nothing is promised.
    // After the unlock what came due runs.
    void lockedOrNotEnrolledWaits()
    {
        Tablet t;
        QVERIFY(t.start(false));
        QVERIFY(!t.sync->enrolled());
        QVERIFY(!t.after(1h));
        QCOMPARE(t.scheduler->nextText(), QString());

        Tablet u;
        QVERIFY(u.start());
        u.scheduler->pause();
        QCOMPARE(u.scheduler->nextText(), QString());
        QVERIFY(!u.after(1h));
        u.scheduler->resume();
        QVERIFY(u.sync->busy());
        QVERIFY(u.waitSynced());
    }

    // A sync that ends while the device locks (the lock cancels it) is not a failure: no
    // backoff, and it runs again as soon as the device is unlocked.
    void aSyncStoppedByTheLockRunsOnUnlocking()
    {
        Tablet t;
        QVERIFY(t.start());
        t.server.stop();
        const QString noteId = t.signNote("Skrivet strax innan låsningen.");
        QVERIFY(t.after(30s));
        t.scheduler->pause(); // what the lock does first, before it stops the sync
        t.sync->stopForLock();
        QTRY_VERIFY_WITH_TIMEOUT(!t.sync->busy(), 30'000);
        QCOMPARE(t.scheduler->nextText(), QString()); // locked: nothing promised

        QVERIFY(t.restartServer());
        t.scheduler->resume();
        QVERIFY(t.sync->busy()); // at once, not after 30 s
        QVERIFY(t.waitSynced());
        QVERIFY(t.onServer({noteId}));
        QCOMPARE(t.scheduler->nextAttempt(), t.clock.addSecs(15 * 60));
    }

    // A device whose system cannot say whether the network is up: syncing goes on time, and
    // the Sync page says why it cannot wait for the network.
    void noNetworkInformation()
    {
        Tablet t;
        QVERIFY(t.start());
        t.network.set(true, false, false);
        QVERIFY(t.scheduler->networkText().startsWith("Enheten visar inte om nätverket är uppe."));
        QVERIFY(!t.after(15min - 1s));
        QVERIFY(t.after(1s));
        QVERIFY(t.waitSynced());
    }
};

QTEST_GUILESS_MAIN(TestSyncScheduler)
#include "tst_syncscheduler.moc"
