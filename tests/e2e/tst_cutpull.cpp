// A proxy on loopback cuts the connection in the middle of pulls: the session retries, resumes
// from the last page it applied, and the tablet ends with every note — 0 lost, 0 twice.
#include "cutproxy.h"
#include "testserver.h"

#include "storereplica.h"
#include "sync/client/syncsession.h"
#include "sync/core/uuid.h"

#include <QtTest>

using namespace lykta;
using namespace lykta::test;

class TstCutPull : public QObject
{
    Q_OBJECT

private slots:
    void pullCutMidwayResumes()
    {
        TestServer server;
        QVERIFY(server.start());
        const auto a = server.enrollStaff("Enhet A", 601);
        constexpr int kNotes = 1500;
        DeltaWriter w(601, a.staff);
        std::vector<sync::Delta> deltas;
        std::vector<std::string> ids;
        std::uint32_t lcg = 12345; // text that does not compress away, so pages are large
        const auto text = [&] {
            std::string t;
            for (int c = 0; c < 400; ++c)
                t += char('a' + ((lcg = lcg * 1664525u + 1013904223u) >> 27) % 26);
            return t;
        };
        for (int i = 0; i < kNotes; ++i) {
            ids.push_back(sync::newUuidV7());
            auto d = w.write("note", ids.back(),
                             {{"unit_id", a.unit},
                              {"status", std::string("draft")},
                              {"body", "Anteckning " + std::to_string(i) + " " + text()}});
            deltas.insert(deltas.end(), d.begin(), d.end());
        }
        auto pushed = server.transport(a.token)->push(w.batch(deltas));
        QVERIFY(pushed && pushed->accepted.size() == deltas.size());

        store::StoreOptions options;
        options.database.path = (server.dir() + "/b.db").toStdString();
        auto opened = store::Store::open(std::move(options));
        QVERIFY(opened);
        auto &tablet = **opened;
        const QString code =
            server.admin({"enroll-code", "--staff", QString::fromStdString(a.staff)});
        auto enrolled = server.transport()->enroll({code.toStdString(), tablet.deviceId(), "b"});
        QVERIFY(enrolled);

        // Pages of 600 deltas (~130 KB); the first 3 connections are cut after 25 KB.
        CutProxy proxy(server.port(), 25'000, 3);
        sync::client::TransportOptions t;
        t.baseUrl = "http://127.0.0.1:" + std::to_string(proxy.port());
        t.token = enrolled->token;
        auto transport = sync::client::makeCurlTransport(t);
        syncctl::StoreReplica replica(tablet);
        sync::client::SessionOptions so;
        so.pullLimit = 600;
        so.retryFirstDelay = std::chrono::milliseconds(10);
        sync::client::SyncSession session(*transport, replica, so);
        int retries = 0;
        session.setObserver([&](const sync::client::SyncStatus &s) { retries += s.willRetry; });
        const auto status = session.run();
        QCOMPARE(status.activity, sync::client::Activity::Idle);
        QCOMPARE(proxy.cutsMade(), 3);
        QVERIFY(retries >= 3);

        auto notes = tablet.list("note");
        QVERIFY(notes);
        QCOMPARE(notes->size(), std::size_t(kNotes)); // 0 lost
        for (std::size_t i = 0; i < ids.size(); i += 97) {
            auto n = tablet.get("note", ids[i]);
            QVERIFY(n && *n);
            QVERIFY((**n).text("body").starts_with("Anteckning " + std::to_string(i)));
        }
        QVERIFY(tablet.conflicts()->empty()); // nothing applied twice as a "concurrent" copy
    }
};

QTEST_GUILESS_MAIN(TstCutPull)
#include "tst_cutpull.moc"
