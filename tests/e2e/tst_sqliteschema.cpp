// The server's SQLite schema as the shared migration runner (sync/sqlite/migrations.h) keeps it:
// an older file is copied beside itself before it is migrated, and one written by a newer
// lykta-server is refused with a clear message and left byte for byte as it was. SQLite only:
// PostgreSQL keeps its own schema (pgschema.cpp).
#include "storagefactory.h"
#include "testdatabase.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace lykta;
using namespace lykta::server;
using namespace lykta::test;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class TstSqliteSchema : public QObject
{
    Q_OBJECT

private slots:
    void anOlderFileIsBackedUpThenMigrated()
    {
        QTemporaryDir dir;
        TestDatabase db(dir.path(), Backend::Sqlite);
        const QString path = dir.filePath("server.db");
        {
            auto opened = openStorage(db.spec().toStdString());
            QVERIFY2(opened, opened ? "" : opened.error().detail.c_str());
            QVERIFY((**opened).createUnit({"unit-1", "Enhet Ett"}));
        }
        QCOMPARE(db.scalar("PRAGMA user_version"), 10LL);
        // As a server of schema 8 left it: no deactivation, erase or compaction columns yet.
        QVERIFY(db.exec(undoToSchema8(Backend::Sqlite) + "PRAGMA user_version = 8;"));

        auto opened = openStorage(db.spec().toStdString());
        QVERIFY2(opened, opened ? "" : opened.error().detail.c_str());
        QCOMPARE(db.scalar("PRAGMA user_version"), 10LL);
        QCOMPARE(db.scalar("SELECT count(*) FROM pragma_table_info('staff') WHERE name = "
                           "'deactivated_ms'"),
                 1LL);
        QCOMPARE((**opened).units().value().size(), std::size_t{1});
        opened->reset();

        // The copy taken before: schema 8 with the unit, readable as it was.
        const QString backup = path + ".schema-v8.bak";
        QVERIFY(QFile::exists(backup));
        QVERIFY(QFile::remove(path) && QFile::copy(backup, path));
        QCOMPARE(db.scalar("PRAGMA user_version"), 8LL);
        QCOMPARE(db.scalar("SELECT count(*) FROM unit"), 1LL);
    }

    void aNewerFileIsRefusedAndLeftAsItWas()
    {
        QTemporaryDir dir;
        TestDatabase db(dir.path(), Backend::Sqlite);
        const QString path = dir.filePath("server.db");
        {
            auto opened = openStorage(db.spec().toStdString());
            QVERIFY(opened);
        }
        QVERIFY(db.exec("PRAGMA user_version = 99;"));
        const QByteArray before = fileHash(path);

        auto refused = openStorage(db.spec().toStdString());
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, StorageError::Code::TooNew);
        const QString message = QString::fromStdString(refused.error().detail);
        QVERIFY2(message.contains("newer lykta-server") && message.contains("99") &&
                     message.contains("nothing was changed"),
                 qPrintable(message));
        QCOMPARE(fileHash(path), before);
        QCOMPARE(QDir(dir.path()).entryList({"*.bak"}, QDir::Files).size(), 0);
    }
};

QTEST_GUILESS_MAIN(TstSqliteSchema)
#include "tst_sqliteschema.moc"
