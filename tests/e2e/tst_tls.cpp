// HTTPS with a certificate authority made by the test: the client trusts the server only
// through that CA, refuses a server it cannot verify, and the server will not speak plain
// HTTP beyond loopback.
#include "rawhttp.h"
#include "testserver.h"

#include "sync/core/limits.h"

#include <QProcess>
#include <QtTest>

#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <thread>

using namespace lykta;
using namespace lykta::test;

namespace {

bool openssl(const QStringList &args, const QString &dir)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start("openssl", args);
    p.waitForFinished(30000);
    if (p.exitCode() != 0)
        qWarning("openssl %s: %s", qPrintable(args.join(' ')), p.readAll().constData());
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

// A CA, and a key and certificate for 127.0.0.1 signed by it (or self-signed).
bool makeCertificates(const QString &dir, const QString &prefix, bool signedByCa)
{
    const QStringList ec{"-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"};
    if (signedByCa && !QFile::exists(dir + "/ca.pem") &&
        !openssl(QStringList{"req", "-x509"} + ec +
                     QStringList{"-keyout", "ca.key", "-out", "ca.pem", "-days", "2", "-subj",
                                 "/CN=Lykta Test CA"},
                 dir))
        return false;
    QFile ext(dir + "/san.cnf");
    ext.open(QIODevice::WriteOnly);
    ext.write("subjectAltName=IP:127.0.0.1\n");
    ext.close();
    if (!signedByCa)
        return openssl(QStringList{"req", "-x509"} + ec +
                           QStringList{"-keyout", prefix + ".key", "-out", prefix + ".pem", "-days",
                                       "2", "-subj", "/CN=127.0.0.1", "-addext",
                                       "subjectAltName=IP:127.0.0.1"},
                       dir);
    return openssl(QStringList{"req"} + ec +
                       QStringList{"-keyout", prefix + ".key", "-out", prefix + ".csr", "-subj",
                                   "/CN=127.0.0.1"},
                   dir) &&
           openssl({"x509", "-req", "-in", prefix + ".csr", "-CA", "ca.pem", "-CAkey", "ca.key",
                    "-CAcreateserial", "-out", prefix + ".pem", "-days", "2", "-extfile",
                    "san.cnf"},
                   dir);
}

} // namespace

class TstTls : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_certs.isValid());
        QVERIFY(makeCertificates(m_certs.path(), "server", true));
        QVERIFY(makeCertificates(m_certs.path(), "rogue", false));
    }

    void clientTrustsTheServerThroughTheTestCa()
    {
        TestServer server;
        QVERIFY(server.start(m_certs.filePath("server.pem"), m_certs.filePath("server.key")));
        QVERIFY(server.baseUrl().rfind("https://", 0) == 0);
        const auto a = server.enrollStaff("Enhet A", 0); // plain transport: must fail (no CA)
        QVERIFY(a.token.empty());

        auto trusted = server.transport({}, m_certs.filePath("ca.pem").toStdString());
        auto health = trusted->health();
        QVERIFY2(health, health ? "" : health.error().detail.c_str());
        QCOMPARE(health->status, std::string("ok"));

        // Without the CA (the system's trust store only) the certificate is refused.
        auto untrusted = server.transport();
        auto refused = untrusted->health();
        QVERIFY(!refused);
        QCOMPARE(refused.error().errorClass, sync::client::ErrorClass::Fatal);
        QCOMPARE(refused.error().httpStatus, 0);
    }

    void clientRefusesACertificateItDoesNotTrust()
    {
        TestServer rogue;
        QVERIFY(rogue.start(m_certs.filePath("rogue.pem"), m_certs.filePath("rogue.key")));
        auto client = rogue.transport({}, m_certs.filePath("ca.pem").toStdString());
        auto refused = client->health();
        QVERIFY(!refused);
        QCOMPARE(refused.error().errorClass, sync::client::ErrorClass::Fatal);
    }

    // The header cap holds under TLS too: a 50 MiB header line sent through a real TLS client
    // (openssl s_client) is refused with 431 and the server's memory stays bounded.
    void headerLineOf50MiBOverTlsIsRefusedWithBoundedMemory()
    {
        TestServer server;
        QVERIFY(server.start(m_certs.filePath("server.pem"), m_certs.filePath("server.key")));
        const qint64 before = processStatusBytes(server.pid(), "VmHWM");
        QProcess client;
        client.start("openssl", {"s_client", "-quiet", "-CAfile", m_certs.filePath("ca.pem"),
                                 "-connect", QStringLiteral("127.0.0.1:%1").arg(server.port())});
        QVERIFY(client.waitForStarted(5000));
        client.write("GET /v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Filler: ");
        const QByteArray piece(1 << 20, 'a');
        QByteArray answer;
        for (int i = 0;
             i < 50 && client.state() == QProcess::Running && !answer.contains("\r\n\r\n"); ++i) {
            client.write(piece);
            client.waitForBytesWritten(5000);
            client.waitForReadyRead(10);
            answer += client.readAllStandardOutput();
        }
        client.write("\r\n\r\n");
        for (int i = 0; i < 50 && !answer.contains("\r\n\r\n"); ++i) {
            client.waitForReadyRead(100);
            answer += client.readAllStandardOutput();
        }
        client.closeWriteChannel();
        client.waitForFinished(5000);
        const qint64 after = processStatusBytes(server.pid(), "VmHWM");
        qInfo("server peak memory %lld -> %lld MiB", before >> 20, after >> 20);
        QVERIFY(after - before < (32 << 20));
        QVERIFY2(answer.startsWith("HTTP/1.1 431"), answer.left(200).constData());

        auto trusted = server.transport({}, m_certs.filePath("ca.pem").toStdString());
        QVERIFY(trusted->health());
    }

    // A TLS handshake that trickles (a ClientHello a byte a second) is closed within the
    // header timeout, like a trickling request.
    void tricklingTlsHandshakeIsClosed()
    {
        TestServer server;
        QVERIFY(server.start(m_certs.filePath("server.pem"), m_certs.filePath("server.key")));
        const int fd = connectFrom("127.0.0.1", server.port());
        QVERIFY(fd >= 0);
        // A handshake record header announcing 512 bytes, then its bytes one at a time.
        const QByteArray record("\x16\x03\x01\x02\x00", 5);
        ::send(fd, record.constData(), std::size_t(record.size()), MSG_NOSIGNAL);
        const auto start = std::chrono::steady_clock::now();
        const auto giveUp = start + 3 * sync::limits::kHeaderTimeout;
        bool closed = false;
        while (!closed && std::chrono::steady_clock::now() < giveUp) {
            const char byte = 0;
            pollfd p{fd, POLLIN, 0};
            char sink[256];
            closed = ::send(fd, &byte, 1, MSG_NOSIGNAL) < 0 ||
                     (::poll(&p, 1, 1000) > 0 && ::recv(fd, sink, sizeof sink, 0) <= 0);
        }
        const auto openFor = std::chrono::steady_clock::now() - start;
        ::close(fd);
        QVERIFY(closed);
        QVERIFY(openFor <= sync::limits::kHeaderTimeout + std::chrono::seconds(3));
    }

    void plainHttpOnlyOnLoopback()
    {
        QProcess p;
        p.start(QString::fromStdString(serverBinary()),
                {"serve", "--db", "sqlite:" + m_certs.filePath("x.db"), "--listen", "0.0.0.0",
                 "--port", "0", "--insecure-http"});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(p.readAllStandardError().contains("loopback"));

        QProcess q;
        q.start(QString::fromStdString(serverBinary()),
                {"serve", "--db", "sqlite:" + m_certs.filePath("x.db"), "--port", "0"});
        QVERIFY(q.waitForFinished(10000));
        QCOMPARE(q.exitCode(), 2); // neither TLS files nor --insecure-http
    }

private:
    QTemporaryDir m_certs;
};

QTEST_GUILESS_MAIN(TstTls)
#include "tst_tls.moc"
