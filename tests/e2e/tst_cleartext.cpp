// An enrollment code must never cross a network in clear. lykta-sync, run as a process, is
// pointed at a real TCP listener on a non-loopback address of this machine, once with
// http:// and once with no scheme at all; the listener must receive no HTTP request and no
// code: plain http:// is refused before a connection is made, and no scheme means https, so
// what arrives is a TLS handshake. Plain http:// to loopback still works (every other e2e
// test runs on it).

#include "sync/client/transport.h"
#include "taplistener.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <cstdio>
#include <cstdlib>

using namespace lykta;

namespace {

const QByteArray kCode = "CANARY42-CLEARTEXT";

struct Run
{
    int exitCode = -1;
    QByteArray output;
};

Run enroll(const QString &database, const QString &server)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral(LYKTA_SYNC_BIN), {"enroll", "--database", database, "--server", server,
                                             "--code", QString::fromLatin1(kCode)});
    if (!p.waitForFinished(120'000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAll()};
}

} // namespace

class TstCleartext : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // Without an address off loopback there is nothing to test: report the suite as
        // skipped to ctest (SKIP_RETURN_CODE), never as passed.
        if (test::TapListener::nonLoopbackAddress().isEmpty()) {
            std::fprintf(stderr, "SKIP: this machine has no non-loopback IPv4 address\n");
            std::exit(77);
        }
    }

    void plainHttpOffThisDeviceIsRefusedUnsent()
    {
        const QString address = test::TapListener::nonLoopbackAddress();
        test::TapListener tap(address);
        QVERIFY(tap.listening());
        QTemporaryDir dir;
        const QString url = QStringLiteral("http://%1:%2").arg(address).arg(tap.port());
        const Run run = enroll(dir.filePath("t.db"), url);

        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.output.contains("refused: plain http://"), run.output.constData());
        QVERIFY(run.output.contains("Nothing was sent"));
        QCOMPARE(tap.connections(), 0);
        QCOMPARE(tap.received(), QByteArray());
        QVERIFY(!QFile::exists(dir.filePath("t.db.sync")));
    }

    void noSchemeMeansHttps()
    {
        const QString address = test::TapListener::nonLoopbackAddress();
        test::TapListener tap(address);
        QVERIFY(tap.listening());
        QTemporaryDir dir;
        const Run run =
            enroll(dir.filePath("t.db"), QStringLiteral("%1:%2").arg(address).arg(tap.port()));

        QVERIFY2(run.exitCode != 0, run.output.constData());
        const QByteArray got = tap.received();
        QVERIFY(!got.isEmpty());
        QCOMPARE(got.at(0), char(0x16)); // a TLS handshake record: the ClientHello
        QVERIFY(!got.contains(kCode));
        QVERIFY(!got.contains("POST "));
        QVERIFY(!got.contains("HTTP/1."));
        QVERIFY(!QFile::exists(dir.filePath("t.db.sync")));
    }

    // What the app and lykta-sync both rely on, address by address.
    void serverAddresses_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("used"); // empty: refused
        QTest::addColumn<QString>("why");
        const QString insecure = QString::fromLatin1(sync::client::kInsecureServer);
        const QString bad = QString::fromLatin1(sync::client::kBadServer);
        QTest::newRow("no scheme") << "lykta.example:8443"
                                   << "https://lykta.example:8443"
                                   << "";
        QTest::newRow("no scheme, ip") << " 192.0.2.7 "
                                       << "https://192.0.2.7"
                                       << "";
        QTest::newRow("https") << "https://lykta.example/"
                               << "https://lykta.example"
                               << "";
        QTest::newRow("HTTPS") << "HTTPS://lykta.example"
                               << "https://lykta.example"
                               << "";
        QTest::newRow("http loopback") << "http://127.0.0.1:8080"
                                       << "http://127.0.0.1:8080"
                                       << "";
        QTest::newRow("http 127/8") << "http://127.9.8.7"
                                    << "http://127.9.8.7"
                                    << "";
        QTest::newRow("http ::1") << "http://[::1]:8080"
                                  << "http://[::1]:8080"
                                  << "";
        QTest::newRow("http localhost") << "HTTP://LocalHost:1"
                                        << "http://LocalHost:1"
                                        << "";
        QTest::newRow("http lan") << "http://192.0.2.7:8080"
                                  << "" << insecure;
        QTest::newRow("http name") << "http://lykta.example"
                                   << "" << insecure;
        QTest::newRow("http lookalike") << "http://127.0.0.1.example"
                                        << "" << insecure;
        QTest::newRow("http localhost.") << "http://localhost.evil.example"
                                         << "" << insecure;
        QTest::newRow("http v4-mapped") << "http://[::ffff:192.0.2.7]"
                                        << "" << insecure;
        QTest::newRow("ftp") << "ftp://lykta.example"
                             << "" << bad;
        QTest::newRow("file") << "file:///etc/passwd"
                              << "" << bad;
        QTest::newRow("empty") << ""
                               << "" << bad;
    }

    void serverAddresses()
    {
        QFETCH(QString, typed);
        QFETCH(QString, used);
        QFETCH(QString, why);
        const auto url = sync::client::checkServerUrl(typed.toStdString());
        if (used.isEmpty()) {
            QVERIFY(!url);
            QCOMPARE(QString::fromStdString(url.error().detail), why);
            QCOMPARE(url.error().errorClass, sync::client::ErrorClass::Fatal);
        } else {
            QVERIFY2(url, url ? "" : url.error().detail.c_str());
            QCOMPARE(QString::fromStdString(*url), used);
        }
    }
};

QTEST_GUILESS_MAIN(TstCleartext)
#include "tst_cleartext.moc"
