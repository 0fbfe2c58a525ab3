// The encrypted VFS under SQLite itself: a torn WAL tail is dropped as plain SQLite drops it,
// temporary files (sorts, VACUUM) work in memory, a page size it cannot seal fails cleanly,
// and a locked key opens nothing.

#include "sync/crypto/vault.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace lykta::crypto;

namespace {

std::unique_ptr<Vault> makeVault()
{
    auto vault = Vault::fromKey(SecureKey::random());
    if (!vault)
        qFatal("vault: %s", vault.error().detail.c_str());
    return std::move(*vault);
}

int exec(sqlite3 *db, const char *sql)
{
    return sqlite3_exec(db, sql, nullptr, nullptr, nullptr);
}

std::int64_t count(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *st = nullptr;
    std::int64_t n = -1;
    if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) == SQLITE_OK &&
        sqlite3_step(st) == SQLITE_ROW)
        n = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    return n;
}

sqlite3 *openDb(const QString &path, const Vault &vault)
{
    sqlite3 *db = nullptr;
    sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                    vault.vfsName().c_str());
    return db;
}

} // namespace

class TestEncryptedVfs : public QObject
{
    Q_OBJECT

private slots:
    void aTornWalTailIsDroppedLikePlainSqliteDropsIt()
    {
        QTemporaryDir dir;
        auto vault = makeVault();
        const QString path = dir.filePath("wal.db");
        sqlite3 *db = openDb(path, *vault);
        QCOMPARE(exec(db, "PRAGMA journal_mode=WAL; PRAGMA wal_autocheckpoint=0; "
                          "CREATE TABLE t(x TEXT)"),
                 SQLITE_OK);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(exec(db, "INSERT INTO t VALUES (hex(randomblob(300)))"), SQLITE_OK);
        // A crash snapshot: the files as they are while the connection is still open.
        QVERIFY(QFile::copy(path, dir.filePath("copy.db")));
        QVERIFY(QFile::copy(path + "-wal", dir.filePath("copy.db-wal")));
        sqlite3_close(db);

        // Damage the last frame's sealed page: it is the torn tail of the last commit.
        QFile wal(dir.filePath("copy.db-wal"));
        const qint64 frames = (wal.size() - 32) / (24 + 4096 + 40);
        QVERIFY(frames >= 6);
        QVERIFY(wal.open(QIODevice::ReadWrite));
        wal.seek(32 + (frames - 1) * (24 + 4096 + 40) + 24 + 500);
        wal.write("torn");
        wal.close();

        sqlite3 *copy = openDb(dir.filePath("copy.db"), *vault);
        QCOMPARE(count(copy, "SELECT count(*) FROM t"), std::int64_t{4});
        QCOMPARE(
            count(copy, "SELECT count(*) FROM pragma_integrity_check WHERE integrity_check='ok'"),
            std::int64_t{1});
        sqlite3_close(copy);
    }

    void temporaryFilesWorkInMemory()
    {
        QTemporaryDir dir;
        auto vault = makeVault();
        sqlite3 *db = openDb(dir.filePath("temp.db"), *vault);
        // A small cache and a file temp store make SQLite spill sorts and build temp tables.
        QCOMPARE(exec(db, "PRAGMA cache_size=10; PRAGMA temp_store=FILE; CREATE TABLE t(x TEXT); "
                          "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i+1 FROM n "
                          "WHERE i < 20000) INSERT INTO t SELECT hex(randomblob(64)) FROM n; "
                          "CREATE TEMP TABLE copy AS SELECT * FROM t ORDER BY x; "
                          "CREATE INDEX tx ON t(x)"),
                 SQLITE_OK);
        QCOMPARE(count(db, "SELECT count(*) FROM (SELECT DISTINCT x FROM t ORDER BY x DESC)"),
                 std::int64_t{20000});
        QCOMPARE(count(db, "SELECT count(*) FROM copy"), std::int64_t{20000});
        QCOMPARE(exec(db, "VACUUM"), SQLITE_OK);
        QCOMPARE(count(db, "SELECT count(*) FROM t"), std::int64_t{20000});
        sqlite3_close(db);
    }

    void aPageSizeItCannotSealFailsCleanly()
    {
        QTemporaryDir dir;
        auto vault = makeVault();
        sqlite3 *db = openDb(dir.filePath("small.db"), *vault);
        QCOMPARE(exec(db, "PRAGMA page_size=1024"), SQLITE_OK);
        const int rc = exec(db, "CREATE TABLE t(x)");
        QCOMPARE(rc & 0xff, SQLITE_IOERR);
        sqlite3_close(db);
    }

    void aLockedKeyOpensAndReadsNothing()
    {
        QTemporaryDir dir;
        auto vault = makeVault();
        sqlite3 *db = openDb(dir.filePath("locked.db"), *vault);
        QCOMPARE(exec(db, "CREATE TABLE t(x); INSERT INTO t VALUES (1)"), SQLITE_OK);
        QCOMPARE(exec(db, "PRAGMA cache_size=0"), SQLITE_OK);
        vault->lock();
        QVERIFY(vault->keyForTest().isZero());
        QVERIFY(count(db, "SELECT count(*) FROM t") == -1);
        QCOMPARE(sqlite3_extended_errcode(db), SQLITE_IOERR_AUTH);
        sqlite3_close(db);
        sqlite3 *again = nullptr;
        QVERIFY(sqlite3_open_v2(dir.filePath("locked.db").toUtf8().constData(), &again,
                                SQLITE_OPEN_READWRITE, vault->vfsName().c_str()) != SQLITE_OK);
        sqlite3_close(again);
    }
};

QTEST_GUILESS_MAIN(TestEncryptedVfs)
#include "tst_encryptedvfs.moc"
