// lykta-server's options (src/server/commandline.h): the command line and a --config file read
// through one table, the command line winning; a line the server does not know is refused with
// its file and line; the shipped /etc/lykta/server.conf (packaging/server.conf) parses and
// names every option of serve.
#include "commandline.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace lykta::server;

namespace {

const std::string kDefaultDb = "sqlite:default.db";

std::string writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &text)
{
    QFile f(dir.filePath(name));
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(text);
    return f.fileName().toStdString();
}

std::string problem(const Parsed &parsed)
{
    const auto *error = std::get_if<UsageError>(&parsed);
    return error ? error->message : std::string();
}

} // namespace

class TstCommandLine : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void theFileSetsEveryServeOption()
    {
        const std::string conf = writeFile(m_dir, "all.conf",
                                           "# a comment\n"
                                           "db = postgresql://lykta@db.example/lykta\n"
                                           "db-key-file = /etc/lykta/k\n"
                                           "migration-backup-dir = /var/lib/lykta-server\n"
                                           "listen = 0.0.0.0\n"
                                           "port = 9443\n"
                                           "port-file = /run/lykta-server/port\n"
                                           "tls-cert = /etc/lykta/tls/server.pem\n"
                                           "tls-key = /etc/lykta/tls/server.key\n"
                                           "\n"
                                           "insecure-http\n"
                                           "threads = 12\n"
                                           "max-connections-per-address = 0\n"
                                           "retention-daily = yes\n"
                                           "full-pull-burst = 3\n"
                                           "full-pull-interval = 30\n"
                                           "metrics-token-file = /etc/lykta/metrics-token\n"
                                           "quiet = true\n");
        const Parsed parsed = parseCommandLine({"serve", "--config", conf}, kDefaultDb);
        QVERIFY2(std::holds_alternative<CommandLine>(parsed), problem(parsed).c_str());
        const CommandLine c = std::get<CommandLine>(parsed);
        QCOMPARE(c.db, std::string("postgresql://lykta@db.example/lykta"));
        QCOMPARE(c.dbKeyFile, std::string("/etc/lykta/k"));
        QCOMPARE(c.migrationBackupDir, std::string("/var/lib/lykta-server"));
        QCOMPARE(c.serve.host, std::string("0.0.0.0"));
        QCOMPARE(c.serve.port, 9443);
        QCOMPARE(c.serve.portFile, std::string("/run/lykta-server/port"));
        QCOMPARE(c.serve.tlsCert, std::string("/etc/lykta/tls/server.pem"));
        QCOMPARE(c.serve.tlsKey, std::string("/etc/lykta/tls/server.key"));
        QVERIFY(c.serve.insecureHttp);
        QCOMPARE(c.serve.threads, 12);
        QCOMPARE(c.serve.maxConnectionsPerAddress, 0);
        QVERIFY(c.serve.retentionDaily);
        QCOMPARE(c.serve.fullPulls.burst, 3);
        QCOMPARE(c.serve.fullPulls.intervalMs, 30'000LL);
        QCOMPARE(c.serve.metricsTokenFile, std::string("/etc/lykta/metrics-token"));
        QVERIFY(!c.serve.accessLog);
        QVERIFY(c.rest.empty());
    }

    void theCommandLineWins()
    {
        const std::string conf =
            writeFile(m_dir, "port.conf", "port = 1000\nlisten = 127.0.0.1\nquiet = no\n");
        const Parsed parsed =
            parseCommandLine({"serve", "--port", "2000", "--config", conf}, kDefaultDb);
        QVERIFY2(std::holds_alternative<CommandLine>(parsed), problem(parsed).c_str());
        const CommandLine c = std::get<CommandLine>(parsed);
        QCOMPARE(c.serve.port, 2000);
        QCOMPARE(c.serve.host, std::string("127.0.0.1"));
        QVERIFY(c.serve.accessLog); // "quiet = no" is no switch
        QCOMPARE(c.db, kDefaultDb);
    }

    void otherCommandsTakeTheDatabaseAndLeaveServesOptions()
    {
        const std::string conf = writeFile(m_dir, "admin.conf",
                                           "db = sqlite:/var/lib/lykta-server/server.db\n"
                                           "port = 8443\ninsecure-http\n");
        const Parsed parsed = parseCommandLine(
            {"admin", "--config", conf, "list-devices", "--unit", "U"}, kDefaultDb);
        QVERIFY2(std::holds_alternative<CommandLine>(parsed), problem(parsed).c_str());
        const CommandLine c = std::get<CommandLine>(parsed);
        QCOMPARE(c.db, std::string("sqlite:/var/lib/lykta-server/server.db"));
        QCOMPARE(c.rest, (std::vector<std::string>{"list-devices", "--unit", "U"}));
    }

    void aLineTheServerDoesNotKnowIsRefusedWithItsPlace()
    {
        const std::string conf =
            writeFile(m_dir, "typo.conf", "# settings\nlisten = 0.0.0.0\nprot = 8443\n");
        const std::string message =
            problem(parseCommandLine({"serve", "--config", conf}, kDefaultDb));
        QVERIFY2(message.find("typo.conf:3") != std::string::npos &&
                     message.find("prot = 8443") != std::string::npos,
                 message.c_str());

        const std::string noValue = writeFile(m_dir, "novalue.conf", "port =\n");
        QVERIFY(problem(parseCommandLine({"serve", "--config", noValue}, kDefaultDb))
                    .find("port needs a value") != std::string::npos);
        const std::string badSwitch = writeFile(m_dir, "switch.conf", "insecure-http = maybe\n");
        QVERIFY(problem(parseCommandLine({"serve", "--config", badSwitch}, kDefaultDb))
                    .find("yes or no") != std::string::npos);
        QVERIFY(problem(parseCommandLine({"serve", "--config", "/no/such.conf"}, kDefaultDb))
                    .find("/no/such.conf") != std::string::npos);
    }

    void numbersOutOfRangeAreRefused()
    {
        QVERIFY(problem(parseCommandLine({"serve", "--port", "70000"}, kDefaultDb))
                    .find("--port takes a number from 0 to 65535, not \"70000\"") !=
                std::string::npos);
        QVERIFY(!problem(parseCommandLine({"serve", "--threads", "many"}, kDefaultDb)).empty());
        QVERIFY(
            !problem(parseCommandLine({"serve", "--full-pull-burst", "0"}, kDefaultDb)).empty());
        QVERIFY(!problem(parseCommandLine({"serve", "--bogus"}, kDefaultDb)).empty());
        QVERIFY(!problem(parseCommandLine({"frobnicate"}, kDefaultDb)).empty());
    }

    void helpAndVersion()
    {
        QVERIFY(std::holds_alternative<ShowHelp>(parseCommandLine({}, kDefaultDb)));
        QVERIFY(std::holds_alternative<ShowHelp>(parseCommandLine({"--help"}, kDefaultDb)));
        QVERIFY(
            std::holds_alternative<ShowHelp>(parseCommandLine({"serve", "--help"}, kDefaultDb)));
        QVERIFY(std::holds_alternative<ShowVersion>(parseCommandLine({"--version"}, kDefaultDb)));
    }

    void theShippedConfParsesAndNamesEveryOption()
    {
        const QString shipped = QStringLiteral(LYKTA_SOURCE_DIR "/packaging/server.conf");
        const Parsed parsed =
            parseCommandLine({"serve", "--config", shipped.toStdString()}, kDefaultDb);
        QVERIFY2(std::holds_alternative<CommandLine>(parsed), problem(parsed).c_str());
        const CommandLine c = std::get<CommandLine>(parsed);
        QCOMPARE(c.db, std::string("sqlite:/var/lib/lykta-server/server.db"));
        QCOMPARE(c.serve.host, std::string("127.0.0.1")); // plain HTTP only on loopback
        QVERIFY(c.serve.insecureHttp);

        QFile f(shipped);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        for (const std::string &name : optionNames()) {
            const QRegularExpression line(
                QStringLiteral("^(# )?%1( = .*)?$")
                    .arg(QRegularExpression::escape(QString::fromStdString(name))),
                QRegularExpression::MultilineOption);
            QVERIFY2(line.match(text).hasMatch(), name.c_str());
        }
    }
};

QTEST_GUILESS_MAIN(TstCommandLine)
#include "tst_commandline.moc"
