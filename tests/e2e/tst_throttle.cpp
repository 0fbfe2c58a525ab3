// Repeated pulls from cursor 0 (a whole copy of a unit, each time) against a real lykta-server:
// past the allowance a device is answered 429 with Retry-After, on every server of the database;
// a first sync (one pull from 0, then pages with a cursor) is never throttled; and a tablet's
// sync that meets a 429 waits as long as asked and then completes.
#include "testserver.h"

#include "storereplica.h"
#include "sync/core/limits.h"
#include "tablet.h"

#include <QtTest>

using namespace lykta;
using namespace lykta::test;
using sync::client::ErrorClass;
using sync::protocol::ApiError;

class TstThrottle : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_server.start()); }

    void hammeringFromCursorZeroGets429WithRetryAfter()
    {
        const auto device = m_server.enrollStaff("Enhet Hammare", 301);
        QVERIFY(!device.token.empty());
        auto client = m_server.transport(device.token);
        std::uint64_t cursor = 0;
        for (int i = 0; i < sync::limits::kFullPullBurst; ++i) {
            auto page = client->pull(0, 100);
            QVERIFY2(page, page ? "" : page.error().detail.c_str());
            cursor = page->cursor;
        }
        QVERIFY(cursor > 0);
        auto refused = client->pull(0, 100);
        QVERIFY(!refused);
        QCOMPARE(refused.error().httpStatus, 429);
        QCOMPARE(refused.error().apiError, ApiError::Throttled);
        QCOMPARE(refused.error().errorClass, ErrorClass::Transient);
        QVERIFY(refused.error().retryAfter.count() >= 1);
        QVERIFY(refused.error().retryAfter <= sync::limits::kFullPullInterval);

        // The allowance is the database's, not one process's: a second server says the same.
        TestServer second(m_server);
        QVERIFY(second.start());
        auto elsewhere = second.transport(device.token)->pull(0, 100);
        QVERIFY(!elsewhere);
        QCOMPARE(elsewhere.error().httpStatus, 429);

        // Pulls with a cursor go on, and other devices are not held back.
        QVERIFY(client->pull(cursor, 100));
        const auto other = m_server.enrollStaff("Enhet Lugn", 302);
        QVERIFY(m_server.transport(other.token)->pull(0, 100));
    }

    // A first sync of many pages (small pages here) pulls from 0 once: never throttled, even
    // after the tablet was enrolled and synced before on a fresh store with its last allowance.
    void aFirstSyncIsNeverThrottled()
    {
        const QString unit = m_server.admin({"create-unit", "--name", "Enhet Först"});
        const QString staff = m_server.admin({"create-staff", "--name", "Frida", "--unit", unit});
        Tablet writer = newTablet(m_server, m_server.dir() + "/writer.db", staff.toStdString(),
                                  unit.toStdString(), "writer");
        QVERIFY(!writer.token.empty());
        QVERIFY(writer.store->write(writer.actor, {store::ChangeKind::Create,
                                                   "unit",
                                                   unit.toStdString(),
                                                   {{"name", std::string("Enhet Först")}}}));
        for (int i = 0; i < 30; ++i) {
            auto written =
                writer.store->write(writer.actor, {store::ChangeKind::Create,
                                                   "family",
                                                   {},
                                                   {{"name", "Familj " + std::to_string(i)}}});
            QVERIFY2(written, written ? "" : store::toString(written.error().code));
        }
        QCOMPARE(syncTablet(m_server, writer).activity, sync::client::Activity::Idle);

        Tablet reader = newTablet(m_server, m_server.dir() + "/reader.db", staff.toStdString(),
                                  unit.toStdString(), "reader");
        QVERIFY(!reader.token.empty());
        auto transport = m_server.transport(reader.token);
        syncctl::StoreReplica replica(*reader.store);
        sync::client::SessionOptions options;
        options.pullLimit = 5;
        sync::client::SyncSession session(*transport, replica, options);
        int throttled = 0;
        session.setObserver([&](const sync::client::SyncStatus &s) {
            throttled += s.error && s.error->httpStatus == 429;
        });
        const auto status = session.run();
        QCOMPARE(status.activity, sync::client::Activity::Idle);
        QCOMPARE(throttled, 0);
        // Many pages, one of them from cursor 0: 31 records in state pages of 5, then the log.
        QVERIFY(status.transfer.requests >= 8u);
        QVERIFY(status.pulled >= 60u);
    }

    // A server that allows one pull from 0 each 5 seconds. The tablet's device has had it: its
    // first sync meets a 429, waits the Retry-After (its own backoff would retry far sooner and
    // give up) and then completes.
    void aSyncThatMeets429WaitsThenCompletes()
    {
        TestServer server;
        server.setServeArgs({"--full-pull-burst", "1", "--full-pull-interval", "5"});
        QVERIFY(server.start());
        const QString unit = server.admin({"create-unit", "--name", "Enhet Vänta"});
        const QString staff = server.admin({"create-staff", "--name", "Vera", "--unit", unit});
        Tablet t =
            newTablet(server, server.dir() + "/t.db", staff.toStdString(), unit.toStdString(), "t");
        QVERIFY(!t.token.empty());
        QVERIFY(server.transport(t.token)->pull(0, 100)); // the allowance, taken

        auto transport = server.transport(t.token);
        syncctl::StoreReplica replica(*t.store);
        sync::client::SessionOptions options;
        options.retryFirstDelay = std::chrono::milliseconds(100);
        sync::client::SyncSession session(*transport, replica, options);
        int waitsFor429 = 0;
        bool waiting = false;
        std::chrono::seconds asked{0};
        session.setObserver([&](const sync::client::SyncStatus &s) {
            if (s.willRetry && !waiting && s.error && s.error->httpStatus == 429) {
                ++waitsFor429;
                asked = s.error->retryAfter;
            }
            waiting = s.willRetry;
        });
        const auto status = session.run();
        QVERIFY2(status.activity == sync::client::Activity::Idle,
                 status.error ? status.error->detail.c_str() : "");
        QCOMPARE(waitsFor429, 1); // one 429, then it waited long enough
        QVERIFY(asked.count() >= 1);
        auto cursor = replica.pullCursor();
        QVERIFY(cursor && *cursor > 0);
        auto staffRecord = t.store->get("staff", staff.toStdString());
        QVERIFY(staffRecord && *staffRecord); // the pull's content arrived
    }

private:
    TestServer m_server;
};

QTEST_GUILESS_MAIN(TstThrottle)
#include "tst_throttle.moc"
