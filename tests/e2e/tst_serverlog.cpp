// What an operator reads of a running lykta-server: each line names its category
// (lykta.sync.server) and says when it is a warning or an error; under systemd, whose journal
// reads standard error, each line starts with its syslog priority instead; and the category is
// filtered like every Qt category. A real lykta-server process on 127.0.0.1.
#include "rawhttp.h"
#include "testserver.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

using namespace lykta::test;

class TstServerLog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_run = 0;

    struct Run
    {
        int exitCode = -1;
        QStringList lines; // standard error, line by line
    };

    // Runs `lykta-server serve --db <fresh file> <args>` with standard error in a file. A server
    // that starts is asked for /v1/health once and stopped with SIGTERM. `journal`: the
    // environment says that file is the systemd journal's stream.
    Run serve(const QStringList &args, bool journal, const QString &loggingRules = {})
    {
        const QString errFile = m_dir.filePath(QString("err-%1.log").arg(++m_run));
        const QString portFile = m_dir.filePath(QString("port-%1").arg(m_run));
        QFile(errFile).open(QIODevice::WriteOnly); // exists, so its inode is known now
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove("JOURNAL_STREAM");
        env.remove("QT_MESSAGE_PATTERN");
        if (journal) {
            struct stat st = {};
            ::stat(QFile::encodeName(errFile).constData(), &st);
            env.insert("JOURNAL_STREAM", QString("%1:%2").arg(st.st_dev).arg(st.st_ino));
        }
        if (!loggingRules.isEmpty())
            env.insert("QT_LOGGING_RULES", loggingRules);
        QProcess p;
        p.setProcessEnvironment(env);
        p.setStandardErrorFile(errFile, QIODevice::Append);
        p.start(QString::fromStdString(serverBinary()),
                QStringList{"serve", "--db",
                            "sqlite:" + m_dir.filePath(QString("db-%1.db").arg(m_run)), "--port",
                            "0", "--port-file", portFile}
                    << args);
        Run run;
        if (!p.waitForStarted())
            return run;
        int port = 0;
        for (int i = 0; i < 300 && port == 0 && p.state() == QProcess::Running; ++i) {
            QThread::msleep(20);
            QFile f(portFile);
            if (f.open(QIODevice::ReadOnly))
                port = f.readAll().trimmed().toInt();
        }
        if (port != 0) {
            rawRequest(port, "GET /v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
            p.terminate();
        }
        p.waitForFinished(15000);
        run.exitCode = p.exitCode();
        QFile err(errFile);
        if (err.open(QIODevice::ReadOnly))
            run.lines = QString::fromUtf8(err.readAll()).split('\n', Qt::SkipEmptyParts);
        return run;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void aTerminalReadsTheCategoryAndTheLevel()
    {
        const Run refused = serve({"--insecure-http", "--listen", "0.0.0.0"}, false);
        QCOMPARE(refused.exitCode, 2);
        QCOMPARE(refused.lines,
                 QStringList{"lykta.sync.server: error: --insecure-http serves only on loopback "
                             "(127.0.0.1, ::1); use --tls-cert/--tls-key"});

        const Run served = serve({"--insecure-http"}, false);
        QCOMPARE(served.exitCode, 0);
        QVERIFY2(served.lines.size() == 3, qPrintable(served.lines.join(" | ")));
        QVERIFY(served.lines[0].startsWith("lykta.sync.server: listening on http://127.0.0.1:"));
        // The access log: method, path, status, sizes, request id; nothing else of the request.
        QVERIFY2(
            QRegularExpression("^lykta\\.sync\\.server: GET /v1/health 200 0->\\d+ id=[0-9a-f]+$")
                .match(served.lines[1])
                .hasMatch(),
            qPrintable(served.lines[1]));
        QCOMPARE(served.lines[2], QString("lykta.sync.server: stopped"));
    }

    void theJournalReadsEachLinesPriority()
    {
        const Run refused = serve({"--insecure-http", "--listen", "0.0.0.0"}, true);
        QCOMPARE(refused.exitCode, 2);
        QCOMPARE(refused.lines,
                 QStringList{"<3>lykta.sync.server: --insecure-http serves only on loopback "
                             "(127.0.0.1, ::1); use --tls-cert/--tls-key"});

        const Run served = serve({"--insecure-http", "--quiet"}, true);
        QCOMPARE(served.exitCode, 0);
        QVERIFY2(served.lines.size() == 2, qPrintable(served.lines.join(" | ")));
        QVERIFY(served.lines[0].startsWith("<6>lykta.sync.server: listening on http://"));
        QCOMPARE(served.lines[1], QString("<6>lykta.sync.server: stopped"));
    }

    void theCategoryIsFilteredLikeAnyOther()
    {
        const QString quiet = "lykta.sync.server.info=false";
        const Run served = serve({"--insecure-http"}, false, quiet);
        QCOMPARE(served.exitCode, 0);
        QCOMPARE(served.lines, QStringList{});
        const Run refused = serve({"--insecure-http", "--listen", "0.0.0.0"}, false, quiet);
        QCOMPARE(refused.lines.size(), 1); // errors still come
        QVERIFY(refused.lines[0].startsWith("lykta.sync.server: error: "));
    }
};

QTEST_GUILESS_MAIN(TstServerLog)
#include "tst_serverlog.moc"
