// HTTPS with a certificate authority made by the test: the client trusts the server only
// through that CA, refuses a server it cannot verify, and the server will not speak plain
// HTTP beyond loopback.
#include "testserver.h"

#include <QProcess>
#include <QtTest>

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
