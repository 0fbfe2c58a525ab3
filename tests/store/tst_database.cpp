// Opening the file safely: migrations with a backup, and clear errors that leave the file
// untouched for a damaged file, a newer schema, a read-only file and a full disk.

#include "migrations_sql.h"
#include "storeinspector.h"
#include "storetestutil.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace lykta;
using namespace lykta::store;
using namespace lykta::store::test;

namespace {

Result<std::unique_ptr<Store>, StoreError> tryOpen(const std::string &path, bool readOnly = false)
{
    StoreOptions options;
    options.database.path = path;
    options.database.vfs = testVfs();
    options.database.readOnly = readOnly;
    return Store::open(std::move(options));
}

void execOrFail(sqlite3 *db, const std::string &sql)
{
    char *message = nullptr;
    if (sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
        const std::string text = message ? message : "?";
        sqlite3_free(message);
        QFAIL(text.c_str());
    }
}

// A database at `version`, made with the shipped scripts as an older Lykta made it.
void makeDatabaseAt(const std::string &path, int version)
{
    sqlite3 *db = nullptr;
    const std::string vfs = testVfs();
    QCOMPARE(sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                             vfs.empty() ? nullptr : vfs.c_str()),
             SQLITE_OK);
    execOrFail(db, std::string(sql::kV1Initial));
    if (version >= 2)
        execOrFail(db, std::string(sql::kV2Search));
    if (version >= 3)
        execOrFail(db, std::string(sql::kV3Sync));
    execOrFail(db, "PRAGMA user_version = " + std::to_string(version));
    sqlite3_close(db);
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void init() { m_path = m_dir.filePath(QString("db-%1.sqlite").arg(m_n++)).toStdString(); }

    void newFileGetsCurrentSchemaWalAndForeignKeys()
    {
        auto store = openStore(m_path);
        QCOMPARE(StoreInspector::database(*store).version(), SchemaVersion::Current);
        Statement mode(StoreInspector::database(*store).handle(), "PRAGMA journal_mode");
        QCOMPARE(mode.step(), SQLITE_ROW);
        QCOMPARE(std::string(mode.text(0)), std::string("wal"));
        Statement sync(StoreInspector::database(*store).handle(), "PRAGMA synchronous");
        QCOMPARE(sync.step(), SQLITE_ROW);
        QCOMPARE(sync.integer(0), std::int64_t{2}); // FULL
        Statement fk(StoreInspector::database(*store).handle(), "PRAGMA foreign_keys");
        QCOMPARE(fk.step(), SQLITE_ROW);
        QCOMPARE(fk.integer(0), std::int64_t{1});
    }

    // A second connection that searches keeps the page cache it is given; others keep
    // SQLite's default.
    void aConnectionKeepsThePageCacheItIsGiven()
    {
        auto first = openStore(m_path);
        StoreOptions options;
        options.database.path = m_path;
        options.database.vfs = testVfs();
        options.database.alreadyChecked = true;
        options.database.cacheKiB = 16384;
        auto reader = Store::open(std::move(options));
        QVERIFY(reader);
        const auto cacheOf = [](Store &store) {
            Statement st(StoreInspector::database(store).handle(), "PRAGMA cache_size");
            return st.step() == SQLITE_ROW ? st.integer(0) : std::int64_t{0};
        };
        QCOMPARE(cacheOf(**reader), std::int64_t{-16384});
        QCOMPARE(cacheOf(*first), std::int64_t{-2000});
    }

    void migratesAPopulatedFirstSchemaFile()
    {
        makeDatabaseAt(m_path, 1);
        {
            sqlite3 *db = nullptr;
            const std::string vfs = testVfs();
            sqlite3_open_v2(m_path.c_str(), &db, SQLITE_OPEN_READWRITE,
                            vfs.empty() ? nullptr : vfs.c_str());
            execOrFail(db, "INSERT INTO unit(id, unit_id, name) VALUES ('u1', 'u1', 'Enhet');"
                           "INSERT INTO note(id, unit_id, kind, body, status) VALUES "
                           "('n1', 'u1', 'case', 'Samtal om skolgården och rasterna', 'signed'),"
                           "('n2', 'u1', 'case', 'Borttagen anteckning om fotboll', 'draft');"
                           "UPDATE note SET deleted = 1 WHERE id = 'n2';"
                           "INSERT INTO note(id, unit_id, kind, event_date, body, status) VALUES "
                           "('n3', 'u1', 'case', '2026-10-01', 'Utflykt till sjön', 'draft'),"
                           "('n4', 'u1', 'case', '2026-11-01', 'Utflykt till skogen', 'draft');"
                           "INSERT INTO conversation(id, unit_id, child_view, status) VALUES "
                           "('c1', 'u1', 'Vill veta mer om mammas sjukdom', 'draft');"
                           "INSERT INTO sync_meta(key, value) VALUES ('device_id', 42);");
            sqlite3_close(db);
        }
        auto store = openStore(m_path);
        QCOMPARE(StoreInspector::database(*store).version(), SchemaVersion::Current);
        QCOMPARE(store->deviceId(), sync::DeviceId{42});
        const auto note = *store->get("note", "n1");
        QVERIFY(note.has_value());
        QCOMPARE(note->text("body"), std::string("Samtal om skolgården och rasterna"));
        // The new search index holds what was written before it existed, and not the tombstone.
        auto hits = store->search("skolgård");
        QVERIFY(hits);
        QCOMPARE(hits->size(), std::size_t{1});
        QCOMPARE(hits->front().entityId, std::string("n1"));
        QCOMPARE(store->search("mammas")->size(), std::size_t{1});
        QVERIFY(store->search("fotboll")->empty());
        // ... in the order a person reads it, newest day first (schema v17).
        const auto trips = *store->search("utflykt");
        QCOMPARE(trips.size(), std::size_t{2});
        QCOMPARE(trips[0].entityId, std::string("n4"));
        QCOMPARE(trips[1].entityId, std::string("n3"));
        QCOMPARE(store->search("sjön")->front().day, std::string("2026-10-01"));
        // A backup of the old file was taken first, and it is still the old schema.
        const QString backup = QString::fromStdString(m_path) + ".schema-v1.bak";
        QVERIFY(QFile::exists(backup));
        sqlite3 *old = nullptr;
        const std::string vfs = testVfs();
        sqlite3_open_v2(backup.toStdString().c_str(), &old, SQLITE_OPEN_READONLY,
                        vfs.empty() ? nullptr : vfs.c_str());
        Statement version(old, "PRAGMA user_version");
        QCOMPARE(version.step(), SQLITE_ROW);
        QCOMPARE(version.integer(0), std::int64_t{1});
        Statement count(old, "SELECT count(*) FROM note");
        QCOMPARE(count.step(), SQLITE_ROW);
        QCOMPARE(count.integer(0), std::int64_t{4});
        sqlite3_close(old);
        // The signed note is still immutable after the migration.
        auto edit = store->write(
            kActor, Change{ChangeKind::Update, "note", "n1", {{"body", std::string("x")}}});
        QCOMPARE(edit.error().code, StoreErrc::SignedImmutable);
    }

    // Schema v4 gives helplines a text per content language and cards an emergency line:
    // kiosk content written before reads as it was, untranslated and without the line.
    void migratesKioskContentOfTheThirdSchema()
    {
        makeDatabaseAt(m_path, 3);
        {
            sqlite3 *db = nullptr;
            const std::string vfs = testVfs();
            sqlite3_open_v2(m_path.c_str(), &db, SQLITE_OPEN_READWRITE,
                            vfs.empty() ? nullptr : vfs.c_str());
            execOrFail(db, "INSERT INTO helpline(id, unit_id, name, number, hours, last_verified) "
                           "VALUES ('h1', 'u1', 'Bris', '116 111', 'Dygnet runt', '2026-11-22');"
                           "INSERT INTO info_card(id, unit_id, title, published) VALUES "
                           "('c1', 'u1', 'Om det inte är tryggt hemma', 1);");
            sqlite3_close(db);
        }
        auto store = openStore(m_path);
        QCOMPARE(StoreInspector::database(*store).version(), SchemaVersion::Current);
        auto line = *store->get("helpline", "h1");
        QVERIFY(line.has_value());
        QCOMPARE(line->text("hours"), std::string("Dygnet runt"));
        QVERIFY(line->isNull("hours_en"));
        auto card = *store->get("info_card", "c1");
        QVERIFY(card.has_value());
        QVERIFY(card->isNull("emergency"));
        // The new fields are fields like any other: written, they wait in the outbox to sync.
        QVERIFY(store->write(kActor, Change{ChangeKind::Update,
                                            "helpline",
                                            "h1",
                                            {{"hours_en", std::string("Around the clock")}}}));
        QCOMPARE((*store->get("helpline", "h1"))->text("hours_en"),
                 std::string("Around the clock"));
        bool queued = false;
        const auto outbox = store->outbox(); // kept: the loop reads into it
        for (const auto &d : *outbox)
            queued |= d.entityId == "h1" && d.field == "hours_en";
        QVERIFY(queued);
    }

    void refusesANewerSchemaAndLeavesItUntouched()
    {
        makeDatabaseAt(m_path, 2);
        {
            sqlite3 *db = nullptr;
            const std::string vfs = testVfs();
            sqlite3_open_v2(m_path.c_str(), &db, SQLITE_OPEN_READWRITE,
                            vfs.empty() ? nullptr : vfs.c_str());
            execOrFail(db, "PRAGMA user_version = 99");
            sqlite3_close(db);
        }
        const QByteArray before = fileHash(QString::fromStdString(m_path));
        auto store = tryOpen(m_path);
        QVERIFY(!store);
        QCOMPARE(store.error().code, StoreErrc::TooNew);
        QVERIFY(store.error().detail.find("99") != std::string::npos);
        QCOMPARE(fileHash(QString::fromStdString(m_path)), before);
        QVERIFY(!QFile::exists(QString::fromStdString(m_path) + "-wal"));
    }

    void refusesADamagedFileAndLeavesItUntouched()
    {
        populate(m_path);
        QFile file(QString::fromStdString(m_path));
        QVERIFY(file.open(QIODevice::ReadWrite));
        const qint64 pages = file.size() / 4096;
        QVERIFY(pages > 3);
        for (qint64 page = 1; page < pages; ++page) { // every b-tree page header but page 1's
            file.seek(page * 4096);
            file.write("\xff\xff\xff\xff", 4);
        }
        file.close();
        const QByteArray before = fileHash(file.fileName());
        auto store = tryOpen(m_path);
        QVERIFY(!store);
        QCOMPARE(store.error().code, StoreErrc::Corrupt);
        QCOMPARE(fileHash(file.fileName()), before);
    }

    void refusesAFileThatIsNotADatabase()
    {
        populate(m_path);
        QFile file(QString::fromStdString(m_path));
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.write("this is not a database at all...");
        file.close();
        const QByteArray before = fileHash(file.fileName());
        auto store = tryOpen(m_path);
        QVERIFY(!store);
        QCOMPARE(store.error().code, StoreErrc::Corrupt);
        QCOMPARE(fileHash(file.fileName()), before);
    }

    void randomBitFlipsNeverCrash()
    {
        // Flips that land in text are undetectable without page checksums (the encrypted VFS
        // adds those); the rest must be reported as damage, and nothing may crash.
        populate(m_path);
        QFile original(QString::fromStdString(m_path));
        QVERIFY(original.open(QIODevice::ReadOnly));
        const QByteArray pristine = original.readAll();
        original.close();
        QRandomGenerator random(20261122);
        int corruptReported = 0;
        for (int round = 0; round < 40; ++round) {
            QByteArray bytes = pristine;
            for (int i = 0; i < 16; ++i) {
                const auto at = random.bounded(static_cast<int>(bytes.size()));
                bytes[at] = static_cast<char>(bytes[at] ^ (1 << random.bounded(8)));
            }
            const std::string path = m_path + ".flip" + std::to_string(round);
            QFile flipped(QString::fromStdString(path));
            QVERIFY(flipped.open(QIODevice::WriteOnly));
            flipped.write(bytes);
            flipped.close();
            auto store = tryOpen(path);
            if (!store) {
                QVERIFY2(store.error().code == StoreErrc::Corrupt, toString(store.error().code));
                ++corruptReported;
                continue;
            }
            // Whatever opens must answer reads with values or a clear error.
            for (const auto &entity : (*store)->catalog().entities()) {
                auto rows = (*store)->list(entity.name);
                if (!rows)
                    QVERIFY(rows.error().code == StoreErrc::Corrupt);
            }
        }
        QVERIFY(corruptReported > 0);
    }

    void readOnlyFileGivesAClearErrorOnWrite()
    {
        populate(m_path);
        auto store = tryOpen(m_path, /*readOnly=*/true);
        QVERIFY(store);
        QVERIFY(!(*store)->list("note")->empty());
        const QByteArray before = fileHash(QString::fromStdString(m_path));
        auto write = (*store)->write(
            kActor, Change{ChangeKind::Create, "note", {}, {{"body", std::string("Ny")}}});
        QVERIFY(!write);
        QCOMPARE(write.error().code, StoreErrc::ReadOnly);
        store.value().reset();
        QCOMPARE(fileHash(QString::fromStdString(m_path)), before);
    }

    void fullDiskLosesNothingAlreadyWritten()
    {
        auto store = openStore(m_path);
        createUnit(*store);
        // SQLite's page limit makes the file "full" exactly as a full disk would (SQLITE_FULL).
        Statement pages(StoreInspector::database(*store).handle(), "PRAGMA page_count");
        QCOMPARE(pages.step(), SQLITE_ROW);
        const auto limit = pages.integer(0) + 8;
        QVERIFY(StoreInspector::database(*store).exec("PRAGMA max_page_count = " +
                                                      std::to_string(limit)));

        const std::string body(3000, 'x');
        std::vector<std::string> written;
        Result<WriteReceipt, StoreError> last = StoreError{};
        for (int i = 0; i < 200; ++i) {
            last = store->write(
                kActor,
                Change{ChangeKind::Create, "note", {}, {{"body", body + std::to_string(i)}}});
            if (!last)
                break;
            written.push_back(last->ids.front());
        }
        QVERIFY(!last);
        QCOMPARE(last.error().code, StoreErrc::DiskFull);
        QVERIFY(!written.empty());
        QCOMPARE(checkDeltaInvariant(StoreInspector::database(*store).handle()), std::string());
        QCOMPARE(store->list("note")->size(), written.size());

        // Space comes back: writing works again and nothing was lost.
        QVERIFY(StoreInspector::database(*store).exec("PRAGMA max_page_count = 1073741823"));
        QVERIFY(store->write(
            kActor, Change{ChangeKind::Create, "note", {}, {{"body", std::string("Efter")}}}));
        store.reset();
        auto reopened = openStore(m_path);
        QCOMPARE(reopened->list("note")->size(), written.size() + 1);
        QCOMPARE(checkDeltaInvariant(StoreInspector::database(*reopened).handle()), std::string());
    }

private:
    static void populate(const std::string &path)
    {
        auto store = openStore(path);
        createUnit(*store);
        std::vector<Change> notes;
        for (int i = 0; i < 300; ++i)
            notes.push_back(
                {ChangeKind::Create,
                 "note",
                 {},
                 {{"body", "Anteckning nummer " + std::to_string(i) + std::string(200, 'a')}}});
        QVERIFY(store->write(kActor, notes));
    }

    QTemporaryDir m_dir;
    int m_n = 0;
    std::string m_path;
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
