// What an operator's monitoring asks a running lykta-server: which release it is (`--version`,
// GET /v1/health), whether the process answers (liveness: /v1/health, never touching the
// database) and whether its database answers (readiness: /v1/ready, 503 when the database is
// gone). A real lykta-server process on 127.0.0.1, on each backend.
#include "rawhttp.h"
#include "sync/core/codec.h"
#include "sync/core/protocol.h"
#include "sync/core/version.h"
#include "testserver.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace lykta;
using namespace lykta::test;
namespace protocol = lykta::sync::protocol;

namespace {

struct Answer
{
    int status = 0;
    protocol::Form form;
};

Answer get(int port, std::string_view path)
{
    const QByteArray request = "GET " + QByteArray(path.data(), qsizetype(path.size())) +
                               " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";
    const RawAnswer raw = rawRequest(port, request);
    Answer answer{raw.status, {}};
    if (auto form = protocol::decodeForm(raw.body.toStdString()))
        answer.form = std::move(*form);
    return answer;
}

QString field(const Answer &answer, const std::string &key)
{
    const auto it = answer.form.find(key);
    return it == answer.form.end() ? QString("(none)") : QString::fromStdString(it->second);
}

} // namespace

class TstHealth : public QObject
{
    Q_OBJECT

private slots:
    void versionIsPrinted()
    {
        const CommandRun run = runServerCommand({"--version"});
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = run.out.split('\n');
        QCOMPARE(lines.value(0), "lykta-server " + QString::fromLatin1(kVersion));
        QVERIFY2(lines.value(1).contains("SQLite 10") && lines.value(1).contains("PostgreSQL 10"),
                 qPrintable(lines.value(1)));
    }

    // Help opens no database: in an empty folder, `admin help` prints the commands and leaves
    // the folder empty (it once created lykta-server.db there).
    void adminHelpTouchesNoDatabase()
    {
        QTemporaryDir dir;
        QProcess help;
        help.setWorkingDirectory(dir.path());
        help.start(QString::fromStdString(serverBinary()), {"admin", "help"});
        QVERIFY(help.waitForFinished(30'000));
        QCOMPARE(help.exitCode(), 0);
        QVERIFY(help.readAllStandardOutput().contains("deactivate-staff --staff STAFF"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
                 QStringList());
    }

    void readyWhileTheDatabaseAnswersAndNotOnceItIsGone()
    {
        TestServer server;
        QVERIFY(server.start());

        const Answer live = get(server.port(), protocol::kHealthPath);
        QCOMPARE(live.status, 200);
        QCOMPARE(field(live, "status"), "ok");
        QCOMPARE(field(live, "version"), QString::fromLatin1(kVersion));
        QCOMPARE(field(live, "format"), QString::number(sync::wire::kFormatVersion));
        QCOMPARE(field(live, "schema"), QString::number(sync::wire::kSchemaVersion));

        const Answer ready = get(server.port(), protocol::kReadyPath);
        QCOMPARE(ready.status, 200);
        QCOMPARE(field(ready, "status"), "ready");
        const bool sqlite = server.database().backend() == Backend::Sqlite;
        QCOMPARE(field(ready, "database"), sqlite ? "sqlite" : "postgresql");
        QCOMPARE(field(ready, "database-schema"), "10");

        QVERIFY(server.database().remove());
        for (int probe = 0; probe < 3; ++probe) {
            const Answer gone = get(server.port(), protocol::kReadyPath);
            QCOMPARE(gone.status, 503);
            QCOMPARE(field(gone, "status"), "unavailable");
            QCOMPARE(gone.form.size(), std::size_t{1}); // the reason is for the operator's log
            // The process itself still answers: liveness does not restart it for this.
            QCOMPARE(get(server.port(), protocol::kHealthPath).status, 200);
        }
        server.stop();
        // Said once in the log, when readiness changed, not at every probe.
        QCOMPARE(server.log().count("not ready:"), 1);
    }
};

QTEST_GUILESS_MAIN(TstHealth)
#include "tst_health.moc"
