// Encryption at rest, from the store's side: a canary written as a note, a name and a
// personnummer is nowhere on disk (database, WAL after a SIGKILL, journal, migration backup)
// nor in the logs; the file does not open with plain SQLite; a wrong passphrase changes
// nothing; a changed passphrase keeps every note; tampered pages read as Corrupt; lock wipes
// the key and every call answers Locked until unlock. Each check is also run, where it makes
// sense, against a plain store, to show that it can fail.

#include "migrations_sql.h"
#include "storeinspector.h"
#include "storetestutil.h"
#include "sync/crypto/vault.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QMutex>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace lykta;
using namespace lykta::store;
using namespace lykta::store::test;

namespace {

const std::string kPassphrase = "gröna äpplen under bron 7";
const std::string kNewPassphrase = "blå fönster, sju kattor!";

QMutex g_logMutex;
QString g_log;

void captureLog(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    QMutexLocker lock(&g_logMutex);
    g_log += QString::fromLatin1(context.category ? context.category : "") + ": " + message + '\n';
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Every file in the folder that holds the canary, by name.
QStringList filesHolding(const QString &folder, const QByteArray &canary)
{
    QStringList found;
    for (const QFileInfo &info : QDir(folder).entryInfoList(QDir::Files)) {
        if (readAll(info.filePath()).contains(canary))
            found << info.fileName();
    }
    return found;
}

std::string makeCanary()
{
    return "KANARIE" + std::to_string(QRandomGenerator::global()->generate64());
}

std::string makePersonnummer()
{
    const quint32 digits = QRandomGenerator::global()->bounded(10000u);
    return "19" + std::to_string(10 + QRandomGenerator::global()->bounded(89u)) + "0612-" +
           QString::number(digits).rightJustified(4, '0').toStdString();
}

void writeCanaries(Store &store, const std::string &canary, const std::string &personnummer)
{
    createUnit(store);
    const std::vector<Change> changes{
        {ChangeKind::Create,
         "note",
         {},
         {{"body", "Samtal med barnet om " + canary + " och skolan"},
          {"kind", std::string("case")}}},
        {ChangeKind::Create,
         "child",
         {},
         {{"first_name", canary},
          {"last_name", std::string("Andersson")},
          {"personnummer", personnummer}}},
        {ChangeKind::Create,
         "guardian",
         {},
         {{"name", "Förälder " + canary}, {"personnummer", personnummer}}}};
    auto written = store.write(kActor, changes);
    QVERIFY2(written, written ? "" : written.error().detail.c_str());
    // The search index now holds the canary's terms too: the note and the child's name.
    QCOMPARE(store.search(canary)->size(), std::size_t{2});
}

Result<std::unique_ptr<Store>, StoreError> openWith(const std::string &path,
                                                    std::shared_ptr<crypto::Vault> vault)
{
    StoreOptions options;
    options.database.path = path;
    options.vault = std::move(vault);
    return Store::open(std::move(options));
}

// Each canary check runs on the encrypted store, and on a plain one to show it can fail.
void encryptedAndPlainControl()
{
    QTest::addColumn<bool>("encrypted");
    QTest::newRow("encrypted") << true;
    QTest::newRow("plain (control: the scan finds it)") << false;
}

} // namespace

class TestEncryption : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // testVfs() is the encrypted VFS with the fixed test key, here and in the writer.
        qputenv("LYKTA_TEST_VFS", QByteArray(kEncryptedTestVfs.data(), kEncryptedTestVfs.size()));
        QVERIFY(testRunIsEncrypted());
        QLoggingCategory::setFilterRules("lykta.*.debug=true");
        qInstallMessageHandler(captureLog);
    }

    void cleanupTestCase()
    {
        qInstallMessageHandler(nullptr);
        // Nothing any test logged (migrations, locks, errors) holds a canary.
        QVERIFY(g_log.contains("migrated to schema"));
        QVERIFY(g_log.contains("locked"));
        QVERIFY2(!g_log.contains("KANARIE"), qPrintable(g_log));
        QVERIFY2(!g_log.contains("0612-"), qPrintable(g_log));
    }

    void canaryIsNotInTheCheckpointedFileOrTheLog_data() { encryptedAndPlainControl(); }

    void canaryIsNotInTheCheckpointedFileOrTheLog()
    {
        QFETCH(bool, encrypted);
        QTemporaryDir dir;
        const std::string path = dir.filePath("store.db").toStdString();
        const std::string canary = makeCanary();
        const std::string personnummer = makePersonnummer();
        {
            StoreOptions options;
            options.database.path = path;
            options.database.vfs = encrypted ? testVfs() : std::string();
            auto store = Store::open(std::move(options));
            QVERIFY(store);
            writeCanaries(**store, canary, personnummer);
            // A failed write's detail (it is for logs) names no content either.
            auto refused =
                (*store)->write(kActor, Change{ChangeKind::Create, "note", {}, {{"nope", canary}}});
            QVERIFY(!refused);
            QVERIFY(refused.error().detail.find(canary) == std::string::npos);
            QVERIFY(StoreInspector::database(**store).exec("PRAGMA wal_checkpoint(TRUNCATE)"));
            QVERIFY(QFileInfo(dir.filePath("store.db")).size() > 4 * 4096);
            const QStringList holding =
                filesHolding(dir.path(), QByteArray::fromStdString(canary)) +
                filesHolding(dir.path(), QByteArray::fromStdString(personnummer));
            if (encrypted)
                QVERIFY2(holding.isEmpty(), qPrintable(holding.join(", ")));
            else
                QVERIFY(holding.contains("store.db"));
        }
        QVERIFY(filesHolding(dir.path(), QByteArray::fromStdString(canary)).isEmpty() == encrypted);
        QVERIFY(!g_log.contains(QString::fromStdString(canary)));

        // Plain SQLite sees no database; the file does not even start like one.
        const QByteArray head = readAll(dir.filePath("store.db")).left(16);
        QCOMPARE(head == QByteArray("SQLite format 3", 16), !encrypted);
        sqlite3 *plain = nullptr;
        QCOMPARE(sqlite3_open_v2(path.c_str(), &plain, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
        const int rc =
            sqlite3_exec(plain, "SELECT count(*) FROM sqlite_schema", nullptr, nullptr, nullptr);
        sqlite3_close(plain);
        QCOMPARE(rc, encrypted ? SQLITE_NOTADB : SQLITE_OK);
    }

    void canaryIsNotInTheWalOfAKilledWriter_data() { encryptedAndPlainControl(); }

    void canaryIsNotInTheWalOfAKilledWriter()
    {
        QFETCH(bool, encrypted);
        QTemporaryDir dir;
        const QString path = dir.filePath("crash.db");
        const std::string canary = makeCanary();
        QProcess writer;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        if (!encrypted)
            environment.remove("LYKTA_TEST_VFS");
        writer.setProcessEnvironment(environment);
        writer.start(LYKTA_CRASH_WRITER, {path, "0", QString::fromStdString(canary)});
        QVERIFY(writer.waitForStarted());
        QByteArray out;
        while (out.count('\n') < 20 && writer.state() == QProcess::Running) {
            writer.waitForReadyRead(2000);
            out += writer.readAllStandardOutput();
        }
        writer.kill(); // SIGKILL: no checkpoint, the commits live in the WAL
        writer.waitForFinished();
        QVERIFY2(out.count('\n') >= 20, writer.readAllStandardError().constData());
        QVERIFY(QFileInfo(path + "-wal").size() > 20 * 4096);

        const QStringList holding = filesHolding(dir.path(), QByteArray::fromStdString(canary));
        if (encrypted)
            QVERIFY2(holding.isEmpty(), qPrintable(holding.join(", ")));
        else
            QVERIFY(holding.contains("crash.db-wal"));

        // The commits are there for whoever has the key.
        if (encrypted) {
            auto store = openStore(path.toStdString());
            const auto notes = store->list("note");
            QVERIFY(notes && notes->size() >= 20);
            QVERIFY(notes->front().text("body").starts_with(canary));
        }
    }

    void rollbackJournalAndMigrationBackupAreSealed()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath("old.db").toStdString();
        const std::string canary = makeCanary();
        const std::string vfs = testVfs();
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                                 vfs.c_str()),
                 SQLITE_OK);
        // A first-schema file in rollback-journal mode; PERSIST keeps the journal's bytes.
        QCOMPARE(sqlite3_exec(db, "PRAGMA journal_mode=PERSIST", nullptr, nullptr, nullptr),
                 SQLITE_OK);
        QCOMPARE(sqlite3_exec(db, std::string(sql::kV1Initial).c_str(), nullptr, nullptr, nullptr),
                 SQLITE_OK);
        const std::string insert = "PRAGMA user_version=1; INSERT INTO unit(id, name) VALUES "
                                   "('u1', 'Enhet'); INSERT INTO note(id, unit_id, kind, body) "
                                   "VALUES ('n1', 'u1', 'case', '" +
                                   canary + " i journalen')";
        QCOMPARE(sqlite3_exec(db, insert.c_str(), nullptr, nullptr, nullptr), SQLITE_OK);
        // Changing the note puts its old text (the canary) into the rollback journal.
        QCOMPARE(sqlite3_exec(db, "BEGIN; UPDATE note SET body = 'ny text' WHERE id = 'n1'",
                              nullptr, nullptr, nullptr),
                 SQLITE_OK);
        QVERIFY(QFileInfo(QString::fromStdString(path + "-journal")).size() > 4096);
        QVERIFY(filesHolding(dir.path(), QByteArray::fromStdString(canary)).isEmpty());
        QCOMPARE(
            sqlite3_exec(db, "ROLLBACK; PRAGMA journal_mode=DELETE", nullptr, nullptr, nullptr),
            SQLITE_OK);
        sqlite3_close(db);

        // The store migrates it, backing it up first through the same VFS and key.
        auto store = openStore(path);
        QCOMPARE(StoreInspector::database(*store).version(), SchemaVersion::Current);
        QVERIFY((*store->get("note", "n1"))->text("body").starts_with(canary));
        QVERIFY(QFile::exists(QString::fromStdString(path + ".schema-v1.bak")));
        QVERIFY(filesHolding(dir.path(), QByteArray::fromStdString(canary)).isEmpty());
    }

    void wrongPassphraseChangesNothingAndAChangedOneKeepsEveryNote()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath("store.db").toStdString();
        const std::string keyPath = path + ".key";
        auto created = crypto::Vault::create(keyPath, kPassphrase, crypto::KdfParams::minimal());
        QVERIFY(created);
        std::shared_ptr<crypto::Vault> vault = std::move(*created);
        auto store = openWith(path, vault);
        QVERIFY(store);
        createUnit(**store);
        std::vector<std::string> ids;
        for (int i = 0; i < 50; ++i) {
            auto r = (*store)->write(kActor, Change{ChangeKind::Create,
                                                    "note",
                                                    {},
                                                    {{"body", "Anteckning " + std::to_string(i)}}});
            QVERIFY(r);
            ids.push_back(r->ids.front());
        }
        (*store)->lock();
        const QByteArray dbBefore = fileHash(QString::fromStdString(path));
        const QByteArray walBefore = fileHash(QString::fromStdString(path + "-wal"));
        const QByteArray keyBefore = fileHash(QString::fromStdString(keyPath));

        auto wrong = (*store)->unlock("fel lösenfras, helt fel");
        QVERIFY(!wrong);
        QVERIFY2(wrong.error().code == StoreErrc::WrongPassphrase, toString(wrong.error().code));
        QVERIFY((*store)->isLocked());
        QVERIFY(!(*store)->list("note"));
        QCOMPARE(fileHash(QString::fromStdString(path)), dbBefore);
        QCOMPARE(fileHash(QString::fromStdString(path + "-wal")), walBefore);
        QCOMPARE(fileHash(QString::fromStdString(keyPath)), keyBefore);

        QVERIFY((*store)->unlock(kPassphrase));
        QCOMPARE((*store)->list("note")->size(), ids.size());

        // A new passphrase rewraps the key only: the database is not rewritten.
        QVERIFY(StoreInspector::database(**store).exec("PRAGMA wal_checkpoint(TRUNCATE)"));
        const QByteArray dbAfterCheckpoint = fileHash(QString::fromStdString(path));
        auto weak = vault->changePassphrase(kPassphrase, "kort", crypto::KdfParams::minimal());
        QVERIFY(!weak);
        QCOMPARE(weak.error().code, crypto::CryptoErrc::WeakPassphrase);
        auto changed = vault->changePassphrase("fel lösenfras, helt fel", kNewPassphrase,
                                               crypto::KdfParams::minimal());
        QVERIFY(!changed);
        QCOMPARE(changed.error().code, crypto::CryptoErrc::WrongPassphrase);
        QCOMPARE(fileHash(QString::fromStdString(keyPath)), keyBefore);
        QVERIFY(vault->changePassphrase(kPassphrase, kNewPassphrase, crypto::KdfParams::minimal()));
        QVERIFY(fileHash(QString::fromStdString(keyPath)) != keyBefore);
        QCOMPARE(fileHash(QString::fromStdString(path)), dbAfterCheckpoint);
        store.value().reset();
        vault.reset();

        auto reopened = crypto::Vault::open(keyPath);
        QVERIFY(reopened);
        std::shared_ptr<crypto::Vault> again = std::move(*reopened);
        auto locked = openWith(path, again);
        QVERIFY(!locked);
        QVERIFY2(locked.error().code == StoreErrc::Locked, toString(locked.error().code));
        QCOMPARE(again->unlock(kPassphrase).error().code, crypto::CryptoErrc::WrongPassphrase);
        QVERIFY(again->unlock(kNewPassphrase));
        auto back = openWith(path, again);
        QVERIFY(back);
        for (std::size_t i = 0; i < ids.size(); ++i) {
            auto note = (*back)->get("note", ids[i]);
            QVERIFY(note && note->has_value());
            QCOMPARE((*note)->text("body"), "Anteckning " + std::to_string(i));
        }
    }

    void aWeakPassphraseIsRefusedAndNoKeyFileWritten()
    {
        QTemporaryDir dir;
        const std::string keyPath = dir.filePath("store.db.key").toStdString();
        for (const char *weak : {"123456789012345", "kort", "aaaaaaaaaaaaaaaa", "abababababab"}) {
            auto vault = crypto::Vault::create(keyPath, weak, crypto::KdfParams::minimal());
            QVERIFY(!vault);
            QCOMPARE(vault.error().code, crypto::CryptoErrc::WeakPassphrase);
            QVERIFY(!QFile::exists(QString::fromStdString(keyPath)));
        }
    }

    void tamperedPagesReadAsCorrupt_data()
    {
        QTest::addColumn<qint64>("offset");
        QTest::newRow("page 1's header") << qint64(40);
        QTest::newRow("a middle page's ciphertext") << qint64(5 * (4096 + 40) + 24 + 1000);
        QTest::newRow("a page's nonce") << qint64(7 * (4096 + 40) + 3);
        QTest::newRow("a page's tag") << qint64(9 * (4096 + 40) + 24 + 4096 + 5);
    }

    void tamperedPagesReadAsCorrupt()
    {
        QFETCH(qint64, offset);
        QTemporaryDir dir;
        const std::string path = dir.filePath("store.db").toStdString();
        {
            auto store = openStore(path);
            createUnit(*store);
            std::vector<Change> notes;
            for (int i = 0; i < 200; ++i)
                notes.push_back(
                    {ChangeKind::Create,
                     "note",
                     {},
                     {{"body", "Anteckning " + std::to_string(i) + std::string(300, 'x')}}});
            QVERIFY(store->write(kActor, notes));
        }
        QFile file(QString::fromStdString(path));
        QVERIFY(file.size() > offset + 1);
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.seek(offset);
        char byte = 0;
        file.getChar(&byte);
        file.seek(offset);
        file.putChar(static_cast<char>(byte ^ 0x01)); // one bit
        file.close();

        StoreOptions options;
        options.database.path = path;
        options.database.vfs = testVfs();
        auto store = Store::open(std::move(options));
        bool corrupt = false;
        if (!store) {
            corrupt = store.error().code == StoreErrc::Corrupt;
            QVERIFY2(corrupt, toString(store.error().code));
        } else {
            for (const auto &entity : (*store)->catalog().entities()) {
                auto rows = (*store)->list(entity.name);
                if (!rows) {
                    QVERIFY2(rows.error().code == StoreErrc::Corrupt, toString(rows.error().code));
                    corrupt = true;
                }
            }
        }
        QVERIFY(corrupt);
    }

    void anotherKeyReadsAsCorrupt()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath("store.db").toStdString();
        {
            auto store = openStore(path);
            createUnit(*store);
        }
        auto other = crypto::Vault::fromKey(crypto::SecureKey::random());
        QVERIFY(other);
        auto store = openWith(path, std::shared_ptr<crypto::Vault>(std::move(*other)));
        QVERIFY(!store);
        QVERIFY2(store.error().code == StoreErrc::Corrupt, toString(store.error().code));
    }

    void lockWipesTheKeyAndEveryCallAnswersLocked()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath("store.db").toStdString();
        auto created =
            crypto::Vault::create(path + ".key", kPassphrase, crypto::KdfParams::minimal());
        QVERIFY(created);
        std::shared_ptr<crypto::Vault> vault = std::move(*created);
        auto opened = openWith(path, vault);
        QVERIFY(opened);
        Store &store = **opened;
        createUnit(store);
        const auto id = store
                            .write(kActor, Change{ChangeKind::Create,
                                                  "note",
                                                  {},
                                                  {{"body", std::string("Före låsningen")}}})
                            ->ids.front();
        QVERIFY(!vault->keyForTest().isZero());

        store.lock();
        QVERIFY(store.isLocked());
        QVERIFY(vault->isLocked());
        QVERIFY(vault->keyForTest().valid());
        QVERIFY(vault->keyForTest().isZero());
        const auto isLocked = [](const auto &result) {
            return !result && result.error().code == StoreErrc::Locked;
        };
        QVERIFY(isLocked(store.get("note", id)));
        QVERIFY(isLocked(store.list("note")));
        QVERIFY(isLocked(store.search("låsningen")));
        QVERIFY(isLocked(store.outbox()));
        QVERIFY(isLocked(store.auditLog()));
        QVERIFY(isLocked(store.audit(kActor, AuditAction::Read, "note", id)));
        QVERIFY(isLocked(store.write(
            kActor, Change{ChangeKind::Create, "note", {}, {{"body", std::string("Under")}}})));
        // Nothing reaches the file through the VFS either.
        sqlite3 *db = nullptr;
        QVERIFY(sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY,
                                vault->vfsName().c_str()) != SQLITE_OK);
        sqlite3_close(db);

        QVERIFY(store.unlock(kPassphrase));
        QVERIFY(!store.isLocked());
        QVERIFY(!vault->keyForTest().isZero());
        QCOMPARE((*store.get("note", id))->text("body"), std::string("Före låsningen"));
        QCOMPARE(store.search("låsningen")->size(), std::size_t{1});
    }

    void aStoreWithoutAVaultIsNeverLocked()
    {
        QTemporaryDir dir;
        StoreOptions options;
        options.database.path = dir.filePath("plain.db").toStdString();
        auto store = Store::open(std::move(options));
        QVERIFY(store);
        (*store)->lock();
        QVERIFY(!(*store)->isLocked());
        QVERIFY((*store)->list("note"));
    }
};

QTEST_GUILESS_MAIN(TestEncryption)
#include "tst_encryption.moc"
