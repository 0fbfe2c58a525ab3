// The server's PostgreSQL schema as pgschema.cpp keeps it, seen through the lykta-server binary
// an operator runs: a database of an older schema is dumped with pg_dump (pgdump.h) into
// --migration-backup-dir before it is migrated, and that dump restores the database as it was;
// when the dump cannot be made, nothing is migrated; a database written by a newer lykta-server
// is refused with a clear message and left as it was. PostgreSQL only: the SQLite file's copy
// is tst_sqliteschema's.
#include "testdatabase.h"
#include "testserver.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

using namespace lykta;
using namespace lykta::test;

namespace {

// As a server of schema 8 left the database: no deactivation or erase columns yet
// (v9_tablets.sql).
bool makeSchema8(const TestDatabase &db)
{
    return db.exec(undoToSchema8(Backend::Postgresql) + "UPDATE lykta_schema SET version = 8;");
}

long long schemaVersion(const TestDatabase &db)
{
    return db.scalar("SELECT max(version) FROM lykta_schema");
}

long long deactivationColumns(const TestDatabase &db)
{
    return db.scalar("SELECT count(*) FROM information_schema.columns WHERE table_name = 'staff' "
                     "AND column_name = 'deactivated_ms'");
}

QStringList dumpsIn(const QString &dir)
{
    return QDir(dir).entryList({"lykta-pg-schema-*"}, QDir::Files);
}

CommandRun listUnits(const TestDatabase &db, const QString &backupDir)
{
    return runServerCommand(
        {"admin", "--db", db.spec(), "--migration-backup-dir", backupDir, "list-units"});
}

} // namespace

class TstPgSchema : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void init() { QVERIFY(m_dir.isValid()); }

    void anOlderDatabaseIsDumpedThenMigrated()
    {
        TestDatabase db(m_dir.path(), Backend::Postgresql);
        QCOMPARE(
            runServerCommand({"admin", "--db", db.spec(), "create-unit", "--name", "Enhet Ett"})
                .exitCode,
            0);
        QCOMPARE(schemaVersion(db), 10LL);
        QVERIFY(makeSchema8(db));

        const QString backups = m_dir.filePath("backups");
        QVERIFY(QDir().mkpath(backups));
        const CommandRun listed = listUnits(db, backups);
        QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
        QVERIFY2(listed.out.contains("Enhet Ett"), qPrintable(listed.out));
        QCOMPARE(schemaVersion(db), 10LL);
        QCOMPARE(deactivationColumns(db), 1LL);

        // One dump, only its owner's, named in the server's log with where it went.
        const QStringList dumps = dumpsIn(backups);
        QCOMPARE(dumps.size(), 1);
        QVERIFY2(dumps[0].startsWith("lykta-pg-schema-v8-") && dumps[0].endsWith(".dump"),
                 qPrintable(dumps[0]));
        const QString dump = QDir(backups).filePath(dumps[0]);
        QCOMPARE(QFileInfo(dump).permissions() &
                     (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                 QFile::Permissions{});
        QVERIFY2(listed.err.contains("backed up PostgreSQL schema 8 to " + dump),
                 qPrintable(listed.err));

        // Migrated once: the next start finds the current schema and copies nothing.
        QCOMPARE(listUnits(db, backups).exitCode, 0);
        QCOMPARE(dumpsIn(backups).size(), 1);

        // The dump holds the database as schema 8 left it, unit and all.
        TestDatabase restored(m_dir.path(), Backend::Postgresql);
        const CommandRun put = runScript("pg-restore", {dump, restored.spec()});
        QVERIFY2(put.exitCode == 0, qPrintable(put.err));
        QCOMPARE(schemaVersion(restored), 8LL);
        QCOMPARE(deactivationColumns(restored), 0LL);
        QCOMPARE(restored.scalar("SELECT count(*) FROM unit WHERE name = 'Enhet Ett'"), 1LL);
    }

    void withoutItsBackupNothingIsMigrated()
    {
        TestDatabase db(m_dir.path(), Backend::Postgresql);
        QCOMPARE(runServerCommand({"admin", "--db", db.spec(), "list-units"}).exitCode, 0);
        QVERIFY(makeSchema8(db));

        const QString missing = m_dir.filePath("no-such-folder");
        const CommandRun refused = listUnits(db, missing);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("the backup before migrating failed") &&
                     refused.err.contains("no-such-folder"),
                 qPrintable(refused.err));
        QCOMPARE(schemaVersion(db), 8LL);
        QCOMPARE(deactivationColumns(db), 0LL);
        QVERIFY(!QFileInfo::exists(missing));
    }

    void aNewerDatabaseIsRefusedAndLeftAsItWas()
    {
        TestDatabase db(m_dir.path(), Backend::Postgresql);
        QCOMPARE(runServerCommand({"admin", "--db", db.spec(), "list-units"}).exitCode, 0);
        QVERIFY(db.exec("UPDATE lykta_schema SET version = 99;"));

        const QString backups = m_dir.filePath("newer");
        QVERIFY(QDir().mkpath(backups));
        const CommandRun refused = listUnits(db, backups);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("newer lykta-server") && refused.err.contains("99") &&
                     refused.err.contains("nothing was changed"),
                 qPrintable(refused.err));
        QCOMPARE(schemaVersion(db), 99LL);
        QCOMPARE(deactivationColumns(db), 1LL);
        QVERIFY(dumpsIn(backups).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstPgSchema)
#include "tst_pgschema.moc"
