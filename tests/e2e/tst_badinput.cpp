// Hostile and broken requests to a real lykta-server: each gets a clear 4xx with a
// machine-readable error, nothing is applied, and the server goes on serving another client.
#include "rawhttp.h"
#include "testserver.h"

#include "sync/core/codec.h"
#include "sync/core/limits.h"
#include "sync/core/uuid.h"

#include <QtTest>

using namespace lykta;
using namespace lykta::test;

class TstBadInput : public QObject
{
    Q_OBJECT

private:
    QByteArray post(const QByteArray &body, const QByteArray &extraHeaders = {},
                    const char *path = "/v1/push") const
    {
        return QByteArray("POST ") + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" +
               "Authorization: Bearer " + QByteArray::fromStdString(m_a.token) + "\r\n" +
               "Content-Type: application/x-lykta\r\n" + extraHeaders +
               "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    }

    // Another client, through libcurl, is served normally.
    void othersStillServed()
    {
        QVERIFY(m_server.running());
        auto pulled = m_server.transport(m_b.token)->pull(0, 10);
        QVERIFY(pulled);
    }

private slots:
    void initTestCase()
    {
        // othersStillServed pulls from cursor 0 after every bad request: more whole copies
        // than a device is allowed in a row (e2e_throttle tests that allowance).
        m_server.setServeArgs({"--full-pull-burst", "1000"});
        QVERIFY(m_server.start());
        m_a = m_server.enrollStaff("Enhet A", 401);
        m_b = m_server.enrollStaff("Enhet B", 402);
        DeltaWriter w(401, m_a.staff);
        auto encoded = sync::encode(w.batch(w.write(
            "note", sync::newUuidV7(), {{"unit_id", m_a.unit}, {"body", std::string(2000, 'x')}})));
        QVERIFY(encoded);
        m_valid = QByteArray::fromStdString(*encoded);
    }

    void badBodies_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("error");
        QTest::newRow("garbage") << post("this is not an envelope at all") << 400
                                 << QByteArray("malformed");
        QTest::newRow("truncated")
            << post(m_valid.left(m_valid.size() / 2)) << 400 << QByteArray("malformed");
        QByteArray flipped = m_valid;
        flipped[flipped.size() - 3] = char(flipped[flipped.size() - 3] ^ 0x55);
        QTest::newRow("damaged") << post(flipped) << 400 << QByteArray("malformed");
        QTest::newRow("empty") << post({}) << 400 << QByteArray("malformed");
        const QByteArray huge = "POST /v1/push HTTP/1.1\r\nHost: x\r\nContent-Length: " +
                                QByteArray::number(qint64(sync::limits::kMaxWireBytes) + 1) +
                                "\r\n\r\n";
        QTest::newRow("oversized, refused before the body")
            << huge << 413 << QByteArray("too_large");
        QTest::newRow("no length") << QByteArray("POST /v1/push HTTP/1.1\r\nHost: x\r\n"
                                                 "Transfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n")
                                   << 411 << QByteArray("bad_request");
        QTest::newRow("compressed") << post(m_valid, "Content-Encoding: gzip\r\n") << 415
                                    << QByteArray("unsupported_media");
        QTest::newRow("bad enroll form")
            << post("%%%=&&", {}, "/v1/enroll") << 400 << QByteArray("bad_request");
        QTest::newRow("bad cursor") << QByteArray("GET /v1/pull?since=-1 HTTP/1.1\r\nHost: x\r\n"
                                                  "Authorization: Bearer " +
                                                  QByteArray::fromStdString(m_a.token) + "\r\n\r\n")
                                    << 400 << QByteArray("bad_request");
        QTest::newRow("not http") << QByteArray("\x16\x03\x01 hello\r\n\r\n") << 400
                                  << QByteArray();
    }

    void badBodies()
    {
        QFETCH(QByteArray, request);
        QFETCH(int, status);
        QFETCH(QByteArray, error);
        const RawAnswer answer = rawRequest(m_server.port(), request);
        QCOMPARE(answer.status, status);
        if (!error.isEmpty())
            QVERIFY2(answer.body.contains("\"error\":\"" + error + "\""), answer.body.constData());
        othersStillServed();
    }

    void aClientThatLiesAboutLengthOrStopsIsDropped()
    {
        // Claims 100 bytes, sends 10 and goes quiet: the read times out on the server's side
        // while others are served meanwhile.
        QByteArray lying = post("0123456789");
        lying.replace("Content-Length: 10", "Content-Length: 100");
        const RawAnswer answer = rawRequest(m_server.port(), lying, 1500, true);
        QVERIFY(answer.status == 0 || answer.status >= 400);
        othersStillServed();
    }

    void nothingBadWasApplied()
    {
        auto pulled = m_server.transport(m_b.token)->pull(0, 1000);
        QVERIFY(pulled);
        for (const auto &d : pulled->deltas) // only the server's unit and staff records
            QVERIFY2(d.id.device == 0 && (d.entity == "staff" || d.entity == "unit"),
                     d.entity.c_str());
        QVERIFY(m_server.admin({"list-devices"}).contains("401\tstaff"));
        // A's own valid push still works after all that.
        auto ok = rawRequest(m_server.port(), post(m_valid));
        QCOMPARE(ok.status, 200);
        auto decoded = sync::decodePushResponse(ok.body.toStdString());
        QVERIFY(decoded);
        QCOMPARE(decoded->accepted.size(), 2u);
    }

private:
    TestServer m_server;
    TestServer::Enrolled m_a, m_b;
    QByteArray m_valid;
};

QTEST_GUILESS_MAIN(TstBadInput)
#include "tst_badinput.moc"
