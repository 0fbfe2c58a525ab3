// An operator's backup and restore of an SQLite server: `lykta-server backup` copies the
// database while a real server on 127.0.0.1 takes pushes, the copy restores (`lykta-server
// restore`) into a new server that a tablet's token still opens, with every note written
// before the backup; an encrypted server's backup stays encrypted; a damaged or newer backup is
// refused and changes nothing; a database in the way is moved aside, never deleted. SQLite only
// (registered once): PostgreSQL is backed up with pg_dump (README: Deploying for a region).
#include "sync/core/uuid.h"
#include "testserver.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRegularExpression>
#include <QThread>
#include <QtTest>

#include <algorithm>
#include <atomic>
#include <cstring>
#include <set>
#include <thread>

using namespace lykta;
using namespace lykta::test;

namespace {

QString pathOf(const TestDatabase &db)
{
    return db.spec().mid(int(std::strlen("sqlite:")));
}

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly)
               ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
               : QByteArray();
}

QByteArray head(const QString &path, int bytes)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.read(bytes) : QByteArray();
}

} // namespace

class TstBackup : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void aBackupTakenWhileServingRestoresIntoANewServer()
    {
        TestServer server;
        QVERIFY(server.start());
        const auto tablet = server.enrollStaff("Enhet B", 501);
        DeltaWriter writer(501, tablet.staff);
        const auto before = pushNotes(server, tablet, writer, 200);
        QCOMPARE(before.size(), std::size_t{200});

        // A second tablet keeps pushing while the backup runs.
        const TestServer::Enrolled other{tablet.unit, tablet.staff, 502,
                                         server.enrollAnother(tablet, 502)};
        const std::string reader = server.enrollAnother(tablet, 503);
        QVERIFY(!other.token.empty() && !reader.empty());
        std::atomic<bool> stop{false};
        std::atomic<int> pushes{0}, failures{0};
        std::set<std::string> during;
        std::thread load([&] {
            DeltaWriter w(502, tablet.staff);
            while (!stop) {
                const auto ids = pushNotes(server, other, w, 20);
                if (ids.empty())
                    ++failures;
                during.insert(ids.begin(), ids.end());
                ++pushes;
            }
        });
        while (pushes == 0)
            QThread::msleep(10);
        const QString backup = m_dir.filePath("served.backup");
        const CommandRun made =
            runServerCommand({"backup", "--db", server.database().spec(), "--out", backup});
        stop = true;
        load.join();
        QVERIFY2(made.exitCode == 0, qPrintable(made.err));
        QCOMPARE(made.out, backup);
        QCOMPARE(failures.load(), 0); // the server served every push while it was copied
        QCOMPARE(head(backup, 16), QByteArray("SQLite format 3\0", 16));
        const std::string epoch = answeredEpoch(server, reader);
        QCOMPARE(epoch.size(), std::size_t{32});
        server.stop();

        TestServer restored;
        const CommandRun put =
            runServerCommand({"restore", "--db", restored.database().spec(), "--from", backup});
        QVERIFY2(put.exitCode == 0, qPrintable(put.err));
        QVERIFY(restored.start());
        // Another copy of the database: a new epoch, so a tablet can tell.
        const std::string restoredEpoch = answeredEpoch(restored, reader);
        QCOMPARE(restoredEpoch.size(), std::size_t{32});
        QVERIFY(restoredEpoch != epoch);
        QCOMPARE(restored.database().texts("SELECT epoch FROM server_epoch"),
                 std::vector<std::string>{restoredEpoch});
        // The tablet's token opens the restored server; every note written before the backup
        // is there, and nothing that was never pushed.
        const auto notes = pulledIds(restored, reader, "note");
        for (const auto &id : before)
            QVERIFY2(notes.count(id), id.c_str());
        for (const auto &id : notes)
            QVERIFY(std::find(before.begin(), before.end(), id) != before.end() ||
                    during.count(id));
    }

    void anEncryptedServersBackupIsEncryptedAndNeedsItsKey()
    {
        const QString key = m_dir.filePath("server.key");
        QCOMPARE(runServerCommand({"admin", "new-key", "--out", key}).exitCode, 0);
        TestServer server;
        server.setDbKeyFile(key);
        QVERIFY(server.start());
        const auto tablet = server.enrollStaff("Enhet K", 511);
        DeltaWriter writer(511, tablet.staff);
        const auto notes = pushNotes(server, tablet, writer, 10);
        QCOMPARE(notes.size(), std::size_t{10});
        const std::string reader = server.enrollAnother(tablet, 512);
        const QString backup = m_dir.filePath("encrypted.backup");
        const CommandRun made = runServerCommand(
            {"backup", "--db", server.database().spec(), "--db-key-file", key, "--out", backup});
        QVERIFY2(made.exitCode == 0, qPrintable(made.err));
        QVERIFY(head(backup, 16) != QByteArray("SQLite format 3\0", 16));
        QVERIFY(!head(backup, 1 << 24).contains("Anteckning"));
        server.stop();

        TestServer restored;
        const QString target = pathOf(restored.database());
        const CommandRun keyless =
            runServerCommand({"restore", "--db", restored.database().spec(), "--from", backup});
        QCOMPARE(keyless.exitCode, 1);
        QVERIFY2(keyless.err.contains("opens only with its --db-key-file") &&
                     keyless.err.contains("was not changed"),
                 qPrintable(keyless.err));
        QVERIFY(!QFile::exists(target));

        const CommandRun put = runServerCommand({"restore", "--db", restored.database().spec(),
                                                 "--db-key-file", key, "--from", backup});
        QVERIFY2(put.exitCode == 0, qPrintable(put.err));
        restored.setDbKeyFile(key);
        QVERIFY(restored.start());
        const auto back = pulledIds(restored, reader, "note");
        QCOMPARE(back, std::set<std::string>(notes.begin(), notes.end()));
    }

    void aDamagedOrNewerBackupIsRefusedAndChangesNothing()
    {
        TestServer server;
        QVERIFY(server.start());
        const auto tablet = server.enrollStaff("Enhet D", 521);
        DeltaWriter writer(521, tablet.staff);
        QCOMPARE(pushNotes(server, tablet, writer, 50).size(), std::size_t{50});
        const QString good = m_dir.filePath("good.backup");
        QCOMPARE(
            runServerCommand({"backup", "--db", server.database().spec(), "--out", good}).exitCode,
            0);
        server.stop();
        const QString target = pathOf(server.database());
        const QByteArray targetBefore = fileHash(target);

        // Pages in the middle overwritten, as a bad disk or a cut copy leaves them.
        const QString damaged = m_dir.filePath("damaged.backup");
        QVERIFY(QFile::copy(good, damaged));
        {
            QFile f(damaged);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.size() > 5 * 4096);
            f.seek(2 * 4096);
            f.write(QByteArray(2 * 4096, '\x5a'));
        }
        const CommandRun broken =
            runServerCommand({"restore", "--db", server.database().spec(), "--from", damaged});
        QCOMPARE(broken.exitCode, 1);
        QVERIFY2(broken.err.contains("was not changed"), qPrintable(broken.err));

        // A backup of a newer lykta-server.
        const QString newer = m_dir.filePath("newer.backup");
        QVERIFY(QFile::copy(good, newer));
        {
            QFile f(newer);
            QVERIFY(f.open(QIODevice::ReadWrite));
            f.seek(60); // the header's user_version, big-endian
            f.write(QByteArray("\0\0\0\x63", 4));
        }
        const CommandRun tooNew =
            runServerCommand({"restore", "--db", server.database().spec(), "--from", newer});
        QCOMPARE(tooNew.exitCode, 1);
        QVERIFY2(tooNew.err.contains("newer lykta-server") &&
                     tooNew.err.contains("was not changed"),
                 qPrintable(tooNew.err));

        const CommandRun missing = runServerCommand(
            {"restore", "--db", server.database().spec(), "--from", m_dir.filePath("none")});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains("no such file"), qPrintable(missing.err));

        QCOMPARE(fileHash(target), targetBefore);
        QVERIFY(server.start()); // still the server it was
    }

    void aDatabaseInTheWayIsMovedAsideNotDeleted()
    {
        TestServer server;
        QVERIFY(server.start());
        const auto tablet = server.enrollStaff("Enhet A", 531);
        DeltaWriter writer(531, tablet.staff);
        const auto first = pushNotes(server, tablet, writer, 5);
        const std::string reader = server.enrollAnother(tablet, 532);
        const QString backup = m_dir.filePath("aside.backup");
        QCOMPARE(runServerCommand({"backup", "--db", server.database().spec(), "--out", backup})
                     .exitCode,
                 0);
        const auto later = pushNotes(server, tablet, writer, 5); // after the backup
        QCOMPARE(later.size(), std::size_t{5});
        server.stop();
        const QString target = pathOf(server.database());
        const QByteArray current = fileHash(target);

        const CommandRun put =
            runServerCommand({"restore", "--db", server.database().spec(), "--from", backup});
        QVERIFY2(put.exitCode == 0, qPrintable(put.err));
        const QRegularExpression kept("is kept as (\\S+)");
        const auto match = kept.match(put.err);
        QVERIFY2(match.hasMatch(), qPrintable(put.err));
        QCOMPARE(fileHash(match.captured(1)), current);

        QVERIFY(server.start());
        const auto notes = pulledIds(server, reader, "note");
        QCOMPARE(notes, std::set<std::string>(first.begin(), first.end()));
    }
};

QTEST_GUILESS_MAIN(TstBackup)
#include "tst_backup.moc"
