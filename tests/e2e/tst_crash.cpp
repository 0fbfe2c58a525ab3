// The server is killed (SIGKILL) in the middle of a push, at different moments, and started
// again on the same file: the client pushes the same batch again, and every delta is on the
// server exactly once — 0 lost, 0 duplicated.
#include "testserver.h"

#include "sync/core/uuid.h"

#include <QtTest>

#include <map>
#include <random>
#include <thread>

using namespace lykta;
using namespace lykta::test;

class TstCrash : public QObject
{
    Q_OBJECT

private slots:
    void killedMidPushThenRetried()
    {
        TestServer server;
        QVERIFY(server.start());
        const auto a = server.enrollStaff("Enhet A", 501);
        const QString code =
            server.admin({"enroll-code", "--staff", QString::fromStdString(a.staff)});
        auto reader = server.transport()->enroll({code.toStdString(), 502, "reader"});
        QVERIFY(reader);

        const unsigned seed = qEnvironmentVariableIsSet("LYKTA_SEED")
                                  ? qEnvironmentVariableIntValue("LYKTA_SEED")
                                  : std::random_device{}();
        qInfo("LYKTA_SEED=%u", seed);
        std::mt19937 random(seed);

        DeltaWriter w(501, a.staff);
        std::size_t expected = 0;
        int interrupted = 0;
        for (int round = 0; round < 4; ++round) {
            std::vector<sync::Delta> deltas;
            for (int i = 0; i < 800; ++i) {
                auto d = w.write("note", sync::newUuidV7(),
                                 {{"unit_id", a.unit},
                                  {"kind", std::string("case")},
                                  {"status", std::string("draft")},
                                  {"body", std::string(450, char('a' + i % 26))}});
                deltas.insert(deltas.end(), d.begin(), d.end());
            }
            expected += deltas.size();
            const sync::Batch batch = w.batch(deltas);

            bool firstTry = false;
            std::thread pusher([&] {
                auto client = server.transport(a.token);
                firstTry = bool(client->push(batch));
            });
            std::this_thread::sleep_for(std::chrono::milliseconds(random() % 400));
            server.kill();
            pusher.join();
            interrupted += firstTry ? 0 : 1;

            QVERIFY(server.start());
            auto retried = server.transport(a.token)->push(batch);
            QVERIFY2(retried, retried ? "" : retried.error().detail.c_str());
            QCOMPARE(retried->accepted.size(), deltas.size());
            QVERIFY(retried->rejected.empty());
        }
        qInfo("%d of 4 pushes were cut by the kill", interrupted);

        std::map<std::uint64_t, int> seen;
        auto client = server.transport(reader->token);
        std::uint64_t cursor = 0;
        for (int page = 0; page < 1000; ++page) {
            auto pulled = client->pull(cursor, 1000);
            QVERIFY(pulled);
            for (const auto &d : pulled->deltas)
                if (d.id.device != 0) // not the server's unit and staff records (staffdirectory.h)
                    ++seen[d.id.counter];
            cursor = pulled->cursor;
            if (!pulled->hasMore)
                break;
        }
        QCOMPARE(seen.size(), expected); // 0 lost
        for (const auto &[counter, n] : seen)
            QCOMPARE(n, 1); // 0 duplicated
    }
};

QTEST_GUILESS_MAIN(TstCrash)
#include "tst_crash.moc"
