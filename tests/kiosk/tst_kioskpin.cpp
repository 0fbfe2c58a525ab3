// The staff PIN: only an Argon2id hash on disk, private to the app; the right PIN leaves, a
// wrong one does not, and repeated wrong ones make the kiosk wait.
#include "kiosk.h"
#include "kioskpin.h"

#include <QSignalSpy>
#include <QtTest>

using namespace lykta;

class TstKioskPin : public QObject
{
    Q_OBJECT

private slots:
    void onlyAHashIsStoredPrivately()
    {
        QTemporaryDir dir;
        const QString path = kiosk::KioskPin::pathFor(dir.filePath("kiosk.db"));
        QVERIFY(!kiosk::KioskPin::set(path, QStringLiteral("12345")));  // too short
        QVERIFY(!kiosk::KioskPin::set(path, QStringLiteral("12345a"))); // not digits
        QVERIFY(!kiosk::KioskPin::load(path));
        QVERIFY(kiosk::KioskPin::set(path, QStringLiteral("480213")));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(!bytes.contains("480213"));
        QVERIFY(bytes.startsWith("$argon2id$"));
        QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther |
                                       QFileDevice::WriteGroup | QFileDevice::WriteOther),
                 QFileDevice::Permissions());
        auto hash = kiosk::KioskPin::load(path);
        QVERIFY(hash);
        QVERIFY(kiosk::KioskPin::verify(*hash, QStringLiteral("480213")));
        QVERIFY(!kiosk::KioskPin::verify(*hash, QStringLiteral("480214")));
    }

    void wrongPinsKeepTheKioskAndThenMakeItWait()
    {
        QTemporaryDir dir;
        store::StoreOptions options;
        options.database.path = dir.filePath("kiosk.db").toStdString();
        auto store = store::Store::open(options);
        QVERIFY(store);
        const QString path = kiosk::KioskPin::pathFor(dir.filePath("kiosk.db"));
        QVERIFY(kiosk::KioskPin::set(path, QStringLiteral("480213")));
        kiosk::Kiosk screen(**store, QStringLiteral("sv"), kiosk::KioskPin::load(path));
        QSignalSpy left(&screen, &kiosk::Kiosk::leaveRequested);

        for (int i = 0; i < kiosk::Kiosk::kFreeAttempts; ++i)
            QVERIFY(!screen.leave(QStringLiteral("000000")));
        QCOMPARE(left.count(), 0);
        QCOMPARE(screen.waitSeconds(), kiosk::Kiosk::kLockoutSeconds);
        // While it waits, even the right PIN is not checked.
        QVERIFY(!screen.leave(QStringLiteral("480213")));
        QCOMPARE(left.count(), 0);
    }

    void withoutAPinThereIsNoWayOut()
    {
        QTemporaryDir dir;
        store::StoreOptions options;
        options.database.path = dir.filePath("kiosk.db").toStdString();
        auto store = store::Store::open(options);
        QVERIFY(store);
        kiosk::Kiosk screen(**store, QStringLiteral("sv"), std::nullopt);
        QSignalSpy left(&screen, &kiosk::Kiosk::leaveRequested);
        QVERIFY(!screen.pinSet());
        QVERIFY(!screen.leave(QStringLiteral("000000")));
        QCOMPARE(left.count(), 0);
    }
};

QTEST_MAIN(TstKioskPin)
#include "tst_kioskpin.moc"
