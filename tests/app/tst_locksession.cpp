// The lock in front of the store: choosing a passphrase (mismatch and weak ones refused in
// plain words), unlocking (a wrong passphrase changes nothing), locking by hand and when the
// app is sent to the background, after which nothing is readable until unlocked.

#include "locksession.h"

#include <QFile>
#include <QGuiApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace lykta;
using namespace lykta::app;

namespace {
const QString kPassphrase = QStringLiteral("en lång och trygg lösenfras");
}

class TestLockSession : public QObject
{
    Q_OBJECT

private slots:
    void firstStartUnlockAndLock()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath("lykta.db").toStdString();
        {
            LockSession lock(path);
            QVERIFY(lock.firstStart());
            QVERIFY(lock.locked());
            QVERIFY(!lock.create(kPassphrase, kPassphrase + "x"));
            QCOMPARE(lock.errorText(),
                     QString("Lösenfraserna är inte likadana. Skriv samma två gånger."));
            QVERIFY(!lock.create("1234", "1234"));
            QVERIFY(lock.errorText().contains("minst 12 tecken"));
            QVERIFY(!QFile::exists(dir.filePath("lykta.db.key")));

            QSignalSpy opened(&lock, &LockSession::opened);
            QVERIFY2(lock.create(kPassphrase, kPassphrase), qPrintable(lock.errorText()));
            QCOMPARE(opened.count(), 1);
            QVERIFY(!lock.locked());
            QVERIFY(lock.store()->write({"staff-1", "unit-1"},
                                        store::Change{store::ChangeKind::Create, "unit", {}, {}}));

            QSignalSpy aboutToLock(&lock, &LockSession::aboutToLock);
            lock.lock();
            QCOMPARE(aboutToLock.count(), 1);
            QVERIFY(lock.locked());
            auto read = lock.store()->list("unit");
            QVERIFY(!read);
            QCOMPARE(read.error().code, store::StoreErrc::Locked);

            QVERIFY(!lock.unlock("fel lösenfras helt och hållet"));
            QCOMPARE(lock.errorText(), QString("Fel lösenfras. Inget har ändrats; försök igen."));
            QVERIFY(lock.locked());
            QSignalSpy reopened(&lock, &LockSession::reopened);
            QVERIFY(lock.unlock(kPassphrase));
            QVERIFY(!lock.locked());
            QCOMPARE(reopened.count(), 1); // the app reloads its lists on this
            QCOMPARE(lock.store()->list("unit")->size(), std::size_t{1});
            QCOMPARE(opened.count(), 1); // the same store, opened once

            // Sent to the background: locked at once.
            emit qApp->applicationStateChanged(Qt::ApplicationSuspended);
            QVERIFY(lock.locked());
        }
        // A later start: no passphrase to choose, the right one opens the same data.
        LockSession again(path);
        QVERIFY(!again.firstStart());
        QVERIFY(!again.create(kPassphrase, kPassphrase));
        QVERIFY(!again.unlock("fel lösenfras helt och hållet"));
        QVERIFY(again.unlock(kPassphrase));
        QCOMPARE(again.store()->list("unit")->size(), std::size_t{1});
    }

    void anOldUnencryptedStoreIsNeitherOpenedNorChanged()
    {
        QTemporaryDir dir;
        QFile old(dir.filePath("lykta.db"));
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("SQLite format 3");
        old.close();
        LockSession lock(dir.filePath("lykta.db").toStdString());
        QVERIFY(!lock.create(kPassphrase, kPassphrase));
        QVERIFY(lock.errorText().startsWith("Här finns redan en databas utan nyckel"));
        QVERIFY(!QFile::exists(dir.filePath("lykta.db.key")));
    }
};

QTEST_MAIN(TestLockSession)
#include "tst_locksession.moc"
