// Hostile connections to a real lykta-server (#3, #4 of the security review): a method other
// than GET and POST, a 100 MiB chunked body, a 50 MiB header line and sockets that trickle a
// byte a second are refused or closed before they cost memory or request threads, while a
// real client is served meanwhile.
#include "rawhttp.h"
#include "tablet.h"
#include "testserver.h"

#include "sync/core/limits.h"

#include <QtTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <thread>

using namespace lykta;
using namespace lykta::test;
using Clock = std::chrono::steady_clock;

namespace {

constexpr qint64 kMiB = 1 << 20;
// What the server may grow by while refusing a flood: generous, far below the flood's size.
constexpr qint64 kMemoryBound = 32 * kMiB;

// Whatever has arrived on `fd` is appended to `answer`; false once the peer closed.
bool drain(int fd, QByteArray &answer, int waitMs)
{
    pollfd p{fd, POLLIN, 0};
    while (::poll(&p, 1, waitMs) > 0) {
        char buffer[4096];
        const auto n = ::recv(fd, buffer, sizeof buffer, MSG_DONTWAIT);
        if (n <= 0)
            return n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK);
        answer.append(buffer, n);
        waitMs = 0;
    }
    return true;
}

// Sends `head`, then `fillBytes` made by `piece` (the body or the header line), then `tail`,
// as a client that reads the server's answer while it sends would: stops once an answer's
// headers have arrived or the server closed. Returns what the server answered; `closed`: the
// server then closed the connection.
QByteArray flood(int port, const QByteArray &head, qint64 fillBytes, const QByteArray &piece,
                 const QByteArray &tail, qint64 *sent, bool *closed)
{
    const int fd = connectFrom("127.0.0.1", port);
    QByteArray answer;
    *sent = 0;
    if (fd < 0)
        return answer;
    QByteArray data;
    qint64 filled = 0;
    enum
    {
        Head,
        Fill,
        Tail,
        Done
    } stage = Head;
    bool open = true;
    while (open && !answer.contains("\r\n\r\n")) {
        if (data.isEmpty()) {
            if (stage == Head) {
                data = head;
                stage = Fill;
            } else if (stage == Fill && filled < fillBytes) {
                data = piece;
                filled += piece.size();
            } else if (stage == Fill) {
                data = tail;
                stage = Tail;
            } else {
                break;
            }
        }
        const auto n =
            ::send(fd, data.constData(), std::size_t(data.size()), MSG_NOSIGNAL | MSG_DONTWAIT);
        if (n > 0) {
            *sent += n;
            data.remove(0, n);
        } else if (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK) {
            break;
        }
        open = drain(fd, answer, n > 0 ? 0 : 10);
    }
    for (int i = 0; i < 50 && open && !answer.contains("\r\n\r\n"); ++i)
        open = drain(fd, answer, 100);
    for (int i = 0; i < 50 && open; ++i)
        open = drain(fd, answer, 100);
    *closed = !open;
    ::close(fd);
    return answer;
}

} // namespace

class TstConnections : public QObject
{
    Q_OBJECT

private:
    // Another client, through libcurl, is served.
    bool healthServed() const
    {
        auto health = m_server.transport()->health();
        return static_cast<bool>(health);
    }

    // Floods the server with one request while another client asks for its health, and checks
    // that the server answered `status`, closed the flooding connection, and grew by less than
    // kMemoryBound.
    void refusedWithBoundedMemory(const QByteArray &head, qint64 fillBytes, const QByteArray &piece,
                                  const QByteArray &tail, int status)
    {
        const qint64 before = processStatusBytes(m_server.pid(), "VmHWM");
        QVERIFY(before > 0);
        QByteArray answer;
        qint64 sent = 0;
        bool closed = false;
        std::thread flooder(
            [&] { answer = flood(m_server.port(), head, fillBytes, piece, tail, &sent, &closed); });
        bool served = true;
        for (int i = 0; i < 5; ++i)
            served = served && healthServed();
        flooder.join();
        QVERIFY(served);
        QVERIFY(healthServed());
        const qint64 after = processStatusBytes(m_server.pid(), "VmHWM");
        qInfo("sent %lld MiB, server peak memory %lld -> %lld MiB", sent / kMiB, before / kMiB,
              after / kMiB);
        QVERIFY2(after - before < kMemoryBound,
                 qPrintable(QStringLiteral("grew by %1 MiB").arg((after - before) / kMiB)));
        QVERIFY2(answer.startsWith("HTTP/1.1 " + QByteArray::number(status)),
                 answer.left(200).constData());
        QVERIFY(closed);
    }

private slots:
    void initTestCase() { QVERIFY(m_server.start()); }

    // Only GET and POST are served; any other method gets 405 at once, its body unread (the
    // request announces a megabyte and sends none of it).
    void otherMethodsAreRefusedWithoutReadingABody_data()
    {
        QTest::addColumn<QByteArray>("method");
        for (const char *method : {"PUT", "DELETE", "PATCH", "OPTIONS", "TRACE"})
            QTest::newRow(method) << QByteArray(method);
    }
    void otherMethodsAreRefusedWithoutReadingABody()
    {
        QFETCH(QByteArray, method);
        const auto answer = rawRequest(m_server.port(),
                                       method + " /v1/push HTTP/1.1\r\nHost: "
                                                "127.0.0.1\r\nContent-Length: "
                                                "1000000\r\n\r\n",
                                       5000);
        QCOMPARE(answer.status, 405);
        QVERIFY(answer.body.contains("bad_request"));
        QVERIFY(answer.all.contains("\r\nAllow: GET, POST\r\n"));
        QVERIFY(answer.all.contains("\r\nConnection: close\r\n"));
        QVERIFY(healthServed());
    }

    // Transfer-Encoding is refused on any method, before a byte of the body is read.
    void transferEncodingIsRefusedOnAGet()
    {
        const auto answer = rawRequest(m_server.port(),
                                       "GET /v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                       "Transfer-Encoding: chunked\r\n\r\n",
                                       5000);
        QCOMPARE(answer.status, 411);
        QVERIFY(answer.all.contains("\r\nConnection: close\r\n"));
    }

    // cpp-httplib 0.11.4 reads a chunked PUT body past any payload cap (CVE-2025-46728).
    void chunkedPutOf100MiBIsRefusedWithBoundedMemory()
    {
        const QByteArray chunk = "100000\r\n" + QByteArray(kMiB, 'x') + "\r\n";
        refusedWithBoundedMemory("PUT /v1/push HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                 "Transfer-Encoding: chunked\r\n\r\n",
                                 100 * kMiB, chunk, "0\r\n\r\n", 405);
    }

    // cpp-httplib 0.11.4 buffers a header line of any length before it looks at it.
    void headerLineOf50MiBIsRefusedWithBoundedMemory()
    {
        refusedWithBoundedMemory("GET /v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Filler: ",
                                 50 * kMiB, QByteArray(kMiB, 'a'), "\r\n\r\n", 431);
    }

    // Many header lines, each short, add up past the cap just the same.
    void manyShortHeaderLinesAreRefused()
    {
        QByteArray request = "GET /v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\n";
        for (int i = 0; i < 2000; ++i)
            request += "X-Line-" + QByteArray::number(i) + ": a\r\n";
        const auto answer = rawRequest(m_server.port(), request + "\r\n", 5000);
        QCOMPARE(answer.status, 431);
        QVERIFY(answer.body.contains("too_large"));
    }

    // 64 sockets from another address send a request a byte a second. The server closes each
    // within the header timeout (the ones past the per-address cap at once), and meanwhile a
    // tablet enrolls and syncs through libcurl.
    void tricklingSocketsDoNotStarveATablet()
    {
        constexpr int kTricklers = 64;
        store::StoreOptions options;
        options.database.path = (m_server.dir() + "/tablet.db").toStdString();
        auto opened = store::Store::open(std::move(options));
        QVERIFY(opened);
        Tablet tablet;
        tablet.store = std::move(*opened);
        const std::string unit =
            m_server.admin({"create-unit", "--name", "Enhet Syd"}).toStdString();
        const std::string staff =
            m_server
                .admin({"create-staff", "--name", "Cilla", "--unit", QString::fromStdString(unit)})
                .toStdString();
        std::vector<int> sockets;
        std::vector<Clock::time_point> openedAt;
        for (int i = 0; i < kTricklers; ++i) {
            sockets.push_back(connectFrom("127.0.0.2", m_server.port()));
            openedAt.push_back(Clock::now());
            QVERIFY(sockets.back() >= 0);
        }
        std::vector<Clock::duration> openFor(kTricklers, Clock::duration::max());
        std::atomic<bool> stop{false};
        std::thread trickler([&] {
            const QByteArray request = "GET /v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ";
            for (int step = 0; !stop; ++step) {
                int open = 0;
                for (int i = 0; i < kTricklers; ++i) {
                    if (openFor[i] != Clock::duration::max())
                        continue;
                    QByteArray ignored;
                    const char byte = step < request.size() ? request[step] : 'a';
                    if (!drain(sockets[i], ignored, 0) ||
                        ::send(sockets[i], &byte, 1, MSG_NOSIGNAL | MSG_DONTWAIT) < 0)
                        openFor[i] = Clock::now() - openedAt[i];
                    else
                        ++open;
                }
                if (open == 0)
                    break;
                std::this_thread::sleep_for(std::chrono::seconds(1));
            }
        });

        enroll(m_server, tablet, staff, unit, "surfplatta");
        const bool enrolled = !tablet.token.empty();
        // The tablet's first write names its unit, as the app's does.
        const bool written =
            tablet.store->write(
                tablet.actor,
                {store::ChangeKind::Create, "unit", unit, {{"name", std::string("Enhet Syd")}}}) &&
            tablet.store->write(
                tablet.actor,
                {store::ChangeKind::Create, "family", {}, {{"name", std::string("Familjen Al")}}});
        const auto status = syncTablet(m_server, tablet);

        // The server closes every trickling socket; the test waits well past its timeout.
        const auto waitUntil = Clock::now() + 3 * sync::limits::kHeaderTimeout;
        while (Clock::now() < waitUntil &&
               std::count(openFor.begin(), openFor.end(), Clock::duration::max()) > 0)
            std::this_thread::sleep_for(std::chrono::milliseconds(200));
        stop = true;
        trickler.join();
        for (int fd : sockets)
            ::close(fd);

        const auto longest = *std::max_element(openFor.begin(), openFor.end());
        qInfo("%d trickling sockets closed at once (past the per-address cap), the longest open "
              "for %lld ms",
              int(std::count_if(openFor.begin(), openFor.end(),
                                [](auto d) { return d < std::chrono::seconds(2); })),
              static_cast<long long>(
                  std::chrono::duration_cast<std::chrono::milliseconds>(longest).count()));
        QVERIFY(enrolled);
        QVERIFY(written);
        QCOMPARE(status.activity, sync::client::Activity::Idle);
        QVERIFY(!status.error);
        QVERIFY(status.pushed > 0);
        // Within the header timeout, plus the trickler's one-second step and some slack.
        const auto bound = sync::limits::kHeaderTimeout + std::chrono::seconds(3);
        for (int i = 0; i < kTricklers; ++i)
            QVERIFY2(openFor[i] <= bound,
                     qPrintable(QStringLiteral("trickling socket %1 still open").arg(i)));
        QVERIFY(healthServed());
    }

private:
    TestServer m_server;
};

QTEST_GUILESS_MAIN(TstConnections)
#include "tst_connections.moc"
