// The PostgreSQL backend's connection string (pg::withTlsDefault): a server off this machine
// is reached with sslmode=verify-full unless the operator chose a mode; loopback and unix
// sockets keep libpq's default. The last test connects for real to the cluster that
// LYKTA_TEST_POSTGRES names (skipped without one).
#include "pg.h"
#include "pgstorage.h"

#include <QHostInfo>
#include <QtTest>

using namespace lykta::server;

class TestPgUrl : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qunsetenv("PGSSLMODE"); }

    void remoteHostsVerifyTheCertificate_data()
    {
        QTest::addColumn<QString>("conninfo");
        QTest::addColumn<QString>("expected");
        QTest::newRow("url") << "postgresql://lykta@db.example.org:5432/lykta"
                             << "postgresql://lykta@db.example.org:5432/lykta?sslmode=verify-full";
        QTest::newRow("url with options")
            << "postgres://lykta@10.1.2.3/lykta?connect_timeout=5"
            << "postgres://lykta@10.1.2.3/lykta?connect_timeout=5&sslmode=verify-full";
        QTest::newRow("one remote host of two")
            << "postgresql://lykta@127.0.0.1,db.example.org/lykta"
            << "postgresql://lykta@127.0.0.1,db.example.org/lykta?sslmode=verify-full";
        QTest::newRow("remote hostaddr") << "host=localhost hostaddr=10.0.0.5 dbname=lykta"
                                         << "host=localhost hostaddr=10.0.0.5 dbname=lykta "
                                            "sslmode=verify-full";
        QTest::newRow("key words") << "host=db.example.org dbname=lykta"
                                   << "host=db.example.org dbname=lykta sslmode=verify-full";
        QTest::newRow("ipv6") << "postgresql://lykta@[2001:db8::5]/lykta"
                              << "postgresql://lykta@[2001:db8::5]/lykta?sslmode=verify-full";
    }
    void remoteHostsVerifyTheCertificate()
    {
        QFETCH(QString, conninfo);
        QFETCH(QString, expected);
        QCOMPARE(QString::fromStdString(pg::withTlsDefault(conninfo.toStdString())), expected);
    }

    void localOrChosenModesStay_data()
    {
        QTest::addColumn<QString>("conninfo");
        QTest::newRow("loopback v4") << "postgresql://postgres@127.0.0.1:54329/lykta";
        QTest::newRow("loopback v6") << "postgresql://postgres@[::1]:54329/lykta";
        QTest::newRow("localhost") << "postgresql://postgres@localhost/lykta";
        QTest::newRow("default socket") << "postgresql:///lykta";
        QTest::newRow("socket folder") << "postgresql:///lykta?host=/var/run/postgresql";
        QTest::newRow("key words, socket") << "host=/tmp dbname=lykta";
        QTest::newRow("chosen mode") << "postgresql://lykta@db.example.org/lykta?sslmode=require";
        QTest::newRow("chosen mode, key words") << "host=db.example.org sslmode=disable";
        QTest::newRow("not a conninfo") << "postgresql://[bad";
    }
    void localOrChosenModesStay()
    {
        QFETCH(QString, conninfo);
        QCOMPARE(QString::fromStdString(pg::withTlsDefault(conninfo.toStdString())), conninfo);
    }

    void pgsslmodeCountsAsChosen()
    {
        qputenv("PGSSLMODE", "require");
        const std::string url = "postgresql://lykta@db.example.org/lykta";
        QCOMPARE(pg::withTlsDefault(url), url);
        qunsetenv("PGSSLMODE");
    }

    // The test cluster listens on 127.0.0.1 without TLS: by address it still connects; by a
    // host name that resolves there (this machine's name) the connection demands TLS and is
    // refused, which shows the default reaches libpq.
    void realConnections()
    {
        const QString cluster = qEnvironmentVariable("LYKTA_TEST_POSTGRES");
        if (cluster.isEmpty())
            QSKIP("LYKTA_TEST_POSTGRES names no cluster (scripts/pg-cluster start DIR)");
        QVERIFY(cluster.contains("@127.0.0.1:"));
        const auto plain = PgStorage::open(cluster.toStdString());
        QVERIFY2(plain, plain ? "" : plain.error().detail.c_str());

        const QString name = QHostInfo::localHostName();
        const auto addresses = QHostInfo::fromName(name).addresses();
        if (name.isEmpty() || addresses.isEmpty() || !addresses.first().isLoopback())
            QSKIP("this machine's name does not resolve to a loopback address");
        QString byName = cluster;
        byName.replace("@127.0.0.1:", "@" + name + ":");
        const auto refused = PgStorage::open(byName.toStdString());
        QVERIFY(!refused);
        QVERIFY2(refused.error().detail.find("SSL") != std::string::npos,
                 refused.error().detail.c_str());
    }
};

QTEST_GUILESS_MAIN(TestPgUrl)
#include "tst_pgurl.moc"
