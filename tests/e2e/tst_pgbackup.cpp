// The PostgreSQL procedure of the README, scripted: scripts/pg-backup dumps the database of a
// real lykta-server on 127.0.0.1 (pg_dump, while it serves), scripts/pg-restore puts the dump
// into a new, empty database, and a new server on it hands a tablet's reader exactly the notes
// written before the backup. A database that holds tables, or a file that is no backup, is
// refused and left as it was. PostgreSQL only.
#include "sync/core/uuid.h"
#include "testserver.h"

#include <QtTest>

#include <set>

using namespace lykta;
using namespace lykta::test;

class TstPgBackup : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void aDumpRestoresIntoANewDatabaseThatANewServerServes()
    {
        TestServer server;
        QVERIFY(server.start());
        const auto tablet = server.enrollStaff("Enhet P", 601);
        const std::string reader = server.enrollAnother(tablet, 602);
        QVERIFY(!reader.empty());
        DeltaWriter writer(601, tablet.staff);
        const auto before = pushNotes(server, tablet, writer, 100);
        QCOMPARE(before.size(), std::size_t{100});

        const QString dump = m_dir.filePath("lykta.dump");
        const CommandRun made = runScript("pg-backup", {server.database().spec(), dump});
        QVERIFY2(made.exitCode == 0, qPrintable(made.err));
        QCOMPARE(made.out, dump);
        QCOMPARE(QFile(dump).permissions() & (QFile::ReadOther | QFile::ReadGroup),
                 QFile::Permissions{});
        QCOMPARE(pushNotes(server, tablet, writer, 5).size(), std::size_t{5}); // after it
        const CommandRun again = runScript("pg-backup", {server.database().spec(), dump});
        QCOMPARE(again.exitCode, 1); // never over a backup
        const std::string epoch = answeredEpoch(server, reader);
        QCOMPARE(epoch.size(), std::size_t{32});
        server.stop();

        // Into a database that holds tables: refused, nothing changed.
        const long long logRows = server.database().scalar("SELECT count(*) FROM log");
        const CommandRun over = runScript("pg-restore", {dump, server.database().spec()});
        QCOMPARE(over.exitCode, 1);
        QVERIFY2(over.err.contains("new, empty one"), qPrintable(over.err));
        QCOMPARE(server.database().scalar("SELECT count(*) FROM log"), logRows);

        TestServer restored; // a new, empty database
        const QString notADump = m_dir.filePath("not-a-dump");
        QFile f(notADump);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("SQLite format 3");
        f.close();
        QCOMPARE(runScript("pg-restore", {notADump, restored.database().spec()}).exitCode, 1);

        const CommandRun put = runScript("pg-restore", {dump, restored.database().spec()});
        QVERIFY2(put.exitCode == 0, qPrintable(put.err));
        QVERIFY(restored.start());
        // Another copy of the database: a new epoch, so a tablet can tell.
        const std::string restoredEpoch = answeredEpoch(restored, reader);
        QCOMPARE(restoredEpoch.size(), std::size_t{32});
        QVERIFY(restoredEpoch != epoch);
        QCOMPARE(pulledIds(restored, reader, "note"),
                 std::set<std::string>(before.begin(), before.end()));
    }
};

QTEST_GUILESS_MAIN(TstPgBackup)
#include "tst_pgbackup.moc"
