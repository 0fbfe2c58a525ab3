// The two forms of a Batch and a StatePage on the wire (codec.h, WireForm): a tablet from
// before the compact form still pushes and pulls in the first, against a real lykta-server;
// a server from before it is sent the first form once it refuses the compact one.
#include "rawhttp.h"
#include "testserver.h"

#include "sync/core/codec.h"
#include "sync/core/protocol.h"
#include "sync/core/uuid.h"

#include <QtTest>

#include <httplib.h>

#include <atomic>
#include <thread>

using namespace lykta;
using namespace lykta::test;

namespace {

QByteArray request(const char *method, const std::string &path, const std::string &token,
                   const std::string &body = {})
{
    QByteArray r = QByteArray(method) + ' ' + QByteArray::fromStdString(path) +
                   " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nAuthorization: Bearer " +
                   QByteArray::fromStdString(token) + "\r\n";
    if (!body.empty())
        r += "Content-Type: " +
             QByteArray::fromStdString(std::string(sync::protocol::kEnvelopeType)) +
             "\r\nContent-Length: " + QByteArray::number(qsizetype(body.size())) + "\r\n";
    return r + "\r\n" + QByteArray::fromStdString(body);
}

std::string pullPath(bool state, bool compact)
{
    std::string path = std::string(sync::protocol::kPullPath) + "?since=0&limit=1000";
    if (state)
        path += "&" + std::string(sync::protocol::kPullForm) + "=" +
                std::string(sync::protocol::kStateForm);
    if (compact)
        path += "&" + std::string(sync::protocol::kWireParam) + "=" +
                std::string(sync::protocol::kCompactWire);
    return path;
}

} // namespace

class TstWireForms : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_server.start()); }

    // What a build before the compact form sends and asks for, byte for byte.
    void aTabletFromBeforeTheCompactFormPushesAndPullsInTheFirst()
    {
        const auto writer = m_server.enrollStaff("Enhet A", 401);
        const auto reader = m_server.enrollAnother(writer, 402);
        QVERIFY(!reader.empty());
        DeltaWriter w(401, writer.staff);
        std::vector<sync::Delta> deltas;
        for (int i = 0; i < 20; ++i) {
            auto d = w.write("note", sync::newUuidV7(),
                             {{"unit_id", writer.unit},
                              {"body", std::string("Anteckning ") + std::to_string(i)},
                              {"status", std::string("draft")}});
            deltas.insert(deltas.end(), d.begin(), d.end());
        }
        const std::string firstForm = *sync::encode(w.batch(deltas), sync::WireForm::First);
        QVERIFY(firstForm != *sync::encode(w.batch(deltas)));
        const RawAnswer pushed =
            rawRequest(m_server.port(), request("POST", std::string(sync::protocol::kPushPath),
                                                writer.token, firstForm));
        QCOMPARE(pushed.status, 200);
        const auto answer = sync::decodePushResponse(pushed.body.toStdString());
        QVERIFY(answer);
        QCOMPARE(answer->accepted.size(), deltas.size());
        QVERIFY(answer->rejected.empty());

        // Pulled without asking for the compact form: the page is in the first; asked, compact.
        for (const bool compact : {false, true}) {
            const RawAnswer log =
                rawRequest(m_server.port(), request("GET", pullPath(false, compact), reader));
            QCOMPARE(log.status, 200);
            const auto page = sync::decodeBatch(log.body.toStdString());
            QVERIFY(page);
            std::size_t ours = 0;
            for (const sync::Delta &d : page->deltas)
                ours += d.id.device == 401;
            QCOMPARE(ours, deltas.size());
            const auto form = compact ? sync::WireForm::Compact : sync::WireForm::First;
            QCOMPARE(log.body.toStdString(), *sync::encode(*page, form));

            const RawAnswer state =
                rawRequest(m_server.port(), request("GET", pullPath(true, compact), reader));
            QCOMPARE(state.status, 200);
            const auto statePage = sync::decodeStatePage(state.body.toStdString());
            QVERIFY(statePage);
            std::size_t notes = 0;
            for (const sync::StateRecord &r : statePage->records)
                notes += r.entity == "note";
            QCOMPARE(notes, std::size_t{20});
            QCOMPARE(state.body.toStdString(), *sync::encode(*statePage, form));
        }
    }

    // A server from before the compact form refuses it as a malformed body (the class version
    // it does not know), having taken nothing: the tablet sends the same batch again in the
    // first form, and from then on sends that form alone. (No build before it can run here, so
    // a stand-in answers as it did.)
    void aServerFromBeforeTheCompactFormIsSentTheFirst()
    {
        httplib::Server older;
        int refused = 0;
        int taken = 0;
        // What the stand-in says of a body it refuses.
        std::atomic<sync::CodecError> why{sync::CodecError::UnsupportedVersion};
        older.Post(std::string(sync::protocol::kPushPath), [&](const httplib::Request &req,
                                                               httplib::Response &res) {
            const auto batch = sync::decodeBatch(req.body);
            if (!batch || req.body != *sync::encode(*batch, sync::WireForm::First) ||
                why != sync::CodecError::UnsupportedVersion) {
                ++refused;
                res.status = 400;
                res.set_content(sync::protocol::errorBody(sync::protocol::ApiError::Malformed,
                                                          sync::toString(why.load())),
                                std::string(sync::protocol::kErrorType));
                return;
            }
            ++taken;
            sync::PushResponse answer;
            for (const sync::Delta &d : batch->deltas)
                answer.accepted.push_back(d.id);
            res.set_content(*sync::encode(answer), std::string(sync::protocol::kEnvelopeType));
        });
        const int port = older.bind_to_any_port("127.0.0.1");
        QVERIFY(port > 0);
        std::thread serving([&] { older.listen_after_bind(); }); // bound: connections wait

        sync::client::TransportOptions options;
        options.baseUrl = "http://127.0.0.1:" + std::to_string(port);
        options.token = "token";
        auto tablet = sync::client::makeCurlTransport(options);
        DeltaWriter w(403, "staff-1");
        const auto first =
            tablet->push(w.batch(w.write("note", sync::newUuidV7(), {{"body", std::string("a")}})));
        const auto second =
            tablet->push(w.batch(w.write("note", sync::newUuidV7(), {{"body", std::string("b")}})));
        // A body refused for another reason (damaged on the way) is not sent again as if the
        // server were older: the refusal is the answer.
        why = sync::CodecError::BadChecksum;
        auto fresh = sync::client::makeCurlTransport(options);
        const auto damaged =
            fresh->push(w.batch(w.write("note", sync::newUuidV7(), {{"body", std::string("c")}})));
        older.stop();
        serving.join();

        QVERIFY(!damaged);
        QCOMPARE(damaged.error().apiError, sync::protocol::ApiError::Malformed);
        QCOMPARE(damaged.error().serverDetail, std::string("bad-checksum"));
        QCOMPARE(fresh->stats().requests, std::uint64_t{1});

        QVERIFY(first);
        QCOMPARE(first->accepted.size(), std::size_t{1});
        QVERIFY(second);
        QCOMPARE(second->accepted.size(), std::size_t{1});
        QCOMPARE(refused, 2); // the first push, once, and the damaged one
        QCOMPARE(taken, 2);
        QCOMPARE(tablet->stats().requests, std::uint64_t{3});
    }

private:
    TestServer m_server;
};

QTEST_GUILESS_MAIN(TstWireForms)
#include "tst_wireforms.moc"
