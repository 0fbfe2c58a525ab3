// An upgrade from every earlier server schema, on each backend: a database as a server of
// schema N left it (the shipped migrations v1..vN and the rows of tests/data/server-schema, see
// make_schema_fixtures.cpp) is served by this lykta-server. It backs the database up, migrates
// it to the current schema, and the unit's work goes on: a tablet of the old server pulls the
// notes it had, pushes on from its last counter, and a tablet enrolled after the upgrade pulls
// every note. Nothing of the audit log is lost.
#include "schemafixtures.h"
#include "sync/core/uuid.h"
#include "testserver.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <map>
#include <set>

using namespace lykta;
using namespace lykta::test;

namespace {

// "-- token DEVICE TOKEN" lines of a fixture's header.
std::map<sync::DeviceId, std::string> fixtureTokens(const QByteArray &fixture)
{
    std::map<sync::DeviceId, std::string> tokens;
    const QRegularExpression line("^-- token (\\d+) (\\S+)$", QRegularExpression::MultilineOption);
    for (auto it = line.globalMatch(QString::fromUtf8(fixture)); it.hasNext();) {
        const auto m = it.next();
        tokens[m.captured(1).toULongLong()] = m.captured(2).toStdString();
    }
    return tokens;
}

std::set<std::string> asSet(const std::vector<std::string> &v)
{
    return {v.begin(), v.end()};
}

long long schemaVersion(const TestDatabase &db)
{
    return db.backend() == Backend::Postgresql ? db.scalar("SELECT max(version) FROM lykta_schema")
                                               : db.scalar("PRAGMA user_version");
}

} // namespace

class TstSchemaUpgrade : public QObject
{
    Q_OBJECT

private slots:
    void everyShippedSchemaHasAFixture()
    {
        QCOMPARE(migrationFiles(testBackend()).size(), kCurrentServerSchema);
        for (int version = 1; version < kCurrentServerSchema; ++version)
            QVERIFY2(QFile::exists(fixturePath(testBackend(), version)),
                     qPrintable(fixturePath(testBackend(), version)));
    }

    void upgradesAndServesTheUnitsWork_data()
    {
        QTest::addColumn<int>("version");
        for (int version = 1; version < kCurrentServerSchema; ++version)
            QTest::addRow("schema %d", version) << version;
    }

    void upgradesAndServesTheUnitsWork()
    {
        QFETCH(int, version);
        QTemporaryDir dir;
        auto db = std::make_shared<TestDatabase>(dir.path());
        QVERIFY(createSchema(*db, version));
        QFile file(fixturePath(db->backend(), version));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray fixture = file.readAll();
        QVERIFY(db->exec(fixture.toStdString()));

        const auto tokens = fixtureTokens(fixture);
        QCOMPARE(tokens.size(), std::size_t{3});
        const auto notes = asSet(db->texts("SELECT entity_id FROM record WHERE entity = 'note'"));
        const auto firstTabletsNotes = asSet(
            db->texts("SELECT DISTINCT entity_id FROM log WHERE entity = 'note' AND device = 701"));
        QCOMPARE(notes.size(), std::size_t{15});
        QCOMPARE(firstTabletsNotes.size(), std::size_t{12});
        const long long audit = db->scalar("SELECT count(*) FROM audit");
        QVERIFY(audit > 0);
        const long long lastCounter = db->scalar("SELECT last_counter FROM device WHERE id = 701");
        QVERIFY(lastCounter > 0);

        TestServer server(db);
        server.setServeArgs({"--migration-backup-dir", dir.path()});
        QVERIFY(server.start());
        QCOMPARE(schemaVersion(*db), static_cast<long long>(kCurrentServerSchema));
        // The copy taken first.
        const QStringList backups =
            db->backend() == Backend::Postgresql
                ? QDir(dir.path()).entryList({QString("lykta-pg-schema-v%1-*.dump").arg(version)})
                : QDir(dir.path()).entryList({QString("server.db.schema-v%1.bak").arg(version)});
        QCOMPARE(backups.size(), 1);

        // The second tablet pulls what the first wrote, as before the upgrade.
        QCOMPARE(pulledIds(server, tokens.at(702), "note"), firstTabletsNotes);

        // The first tablet pushes on from its last counter.
        TestServer::Enrolled first;
        first.unit = db->texts("SELECT id FROM unit").at(0);
        first.staff = db->texts("SELECT id FROM staff").at(0);
        first.device = 701;
        first.token = tokens.at(701);
        DeltaWriter writer(first.device, first.staff);
        writer.continueAfter(static_cast<std::uint64_t>(lastCounter));
        const auto pushed = pushNotes(server, first, writer, 2);
        QCOMPARE(pushed.size(), std::size_t{2});

        // A tablet enrolled after the upgrade pulls every note, old and new.
        const std::string newcomer = server.enrollAnother(first, 704);
        QVERIFY(!newcomer.empty());
        auto expected = notes;
        expected.insert(pushed.begin(), pushed.end());
        QCOMPARE(pulledIds(server, newcomer, "note"), expected);

        // The kiosk is still enrolled: it pulls (the unit's kiosk content, none here).
        QVERIFY(server.transport(tokens.at(703))->pull(0, 100));
        server.stop();
        QVERIFY(db->scalar("SELECT count(*) FROM audit") > audit);
    }
};

QTEST_GUILESS_MAIN(TstSchemaUpgrade)
#include "tst_schemaupgrade.moc"
