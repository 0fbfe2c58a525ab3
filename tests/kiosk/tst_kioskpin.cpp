// The staff PIN: only an Argon2id hash on disk, private to the app; the right PIN leaves, a
// wrong one does not and makes the kiosk wait, twice as long each time, through restarts.
#include "kiosk.h"
#include "kioskpin.h"

#include <QSignalSpy>
#include <QtTest>

using namespace lykta;
using namespace std::chrono_literals;

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

    // The kiosk is switched off after three wrong PINs and on again: the count and the wait
    // are still there, and the next wrong PIN doubles the wait again.
    void theWaitDoublesAndOutlastsARestart()
    {
        QTemporaryDir dir;
        const QString path = kiosk::KioskPin::pathFor(dir.filePath("kiosk.db"));
        QVERIFY(kiosk::KioskPin::set(path, QStringLiteral("480213")));
        auto now = std::chrono::system_clock::now();
        const auto clock = [&now] {
            return now;
        };
        using kiosk::KioskPin;
        using Check = KioskPin::Check;

        {
            KioskPin pin(path, clock);
            for (int i = 0; i < 3; ++i) {
                QCOMPARE(pin.waitRemaining(), 0ms);
                QCOMPARE(pin.check(QStringLiteral("000000")), Check::Wrong);
                QCOMPARE(pin.waitRemaining(), KioskPin::kFirstWait * (1 << i)); // 1 s, 2 s, 4 s
                now += 500ms;
                QCOMPARE(pin.check(QStringLiteral("480213")), Check::Waiting); // not even checked
                now += KioskPin::kFirstWait * (1 << i) - 500ms;
            }
            now -= 4s; // back to just after the third wrong PIN
        }
        QFile failures(KioskPin::failuresPathFor(path));
        QVERIFY(failures.open(QIODevice::ReadOnly));
        QCOMPARE(failures.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther |
                                           QFileDevice::WriteGroup | QFileDevice::WriteOther),
                 QFileDevice::Permissions());

        KioskPin restarted(path, clock);
        QCOMPARE(restarted.failures(), 3);
        QCOMPARE(restarted.waitRemaining(), 4s);
        QCOMPARE(restarted.check(QStringLiteral("480213")), Check::Waiting);
        now += 4s;
        QCOMPARE(restarted.check(QStringLiteral("000000")), Check::Wrong);
        QCOMPARE(restarted.waitRemaining(), 8s);

        // A clock set back does not make the wait longer than it is.
        now -= 1h;
        QCOMPARE(KioskPin(path, clock).waitRemaining(), 8s);
        now += 1h + 8s;

        QCOMPARE(KioskPin(path, clock).check(QStringLiteral("480213")), Check::Right);
        KioskPin afterRight(path, clock);
        QCOMPARE(afterRight.failures(), 0);
        QCOMPARE(afterRight.waitRemaining(), 0ms);
    }

    void theWaitIsCapped()
    {
        QCOMPARE(kiosk::KioskPin::waitAfter(0), 0ms);
        QCOMPARE(kiosk::KioskPin::waitAfter(1), kiosk::KioskPin::kFirstWait);
        QCOMPARE(kiosk::KioskPin::waitAfter(11), kiosk::KioskPin::kMaxWait);
        QCOMPARE(kiosk::KioskPin::waitAfter(1'000'000), kiosk::KioskPin::kMaxWait);
    }

    // A damaged count is not a way round the wait.
    void aDamagedCountMeansTheLongestWait()
    {
        QTemporaryDir dir;
        const QString path = kiosk::KioskPin::pathFor(dir.filePath("kiosk.db"));
        QVERIFY(kiosk::KioskPin::set(path, QStringLiteral("480213")));
        QFile failures(kiosk::KioskPin::failuresPathFor(path));
        QVERIFY(failures.open(QIODevice::WriteOnly));
        failures.write("garbage");
        failures.close();
        QCOMPARE(kiosk::KioskPin(path).waitRemaining(), kiosk::KioskPin::kMaxWait);
        // Setting a new PIN starts afresh.
        QVERIFY(kiosk::KioskPin::set(path, QStringLiteral("480213")));
        QCOMPARE(kiosk::KioskPin(path).waitRemaining(), 0ms);
    }

    void wrongPinsKeepTheKioskAndMakeItWait()
    {
        QTemporaryDir dir;
        store::StoreOptions options;
        options.database.path = dir.filePath("kiosk.db").toStdString();
        auto store = store::Store::open(options);
        QVERIFY(store);
        const QString path = kiosk::KioskPin::pathFor(dir.filePath("kiosk.db"));
        QVERIFY(kiosk::KioskPin::set(path, QStringLiteral("480213")));
        auto now = std::chrono::system_clock::now();
        const auto clock = [&now] {
            return now;
        };
        {
            kiosk::Kiosk screen(**store, QStringLiteral("sv"), kiosk::KioskPin(path, clock));
            QSignalSpy left(&screen, &kiosk::Kiosk::leaveRequested);
            QVERIFY(!screen.leave(QStringLiteral("000000")));
            QCOMPARE(screen.waitSeconds(), 1);
            now += 1s;
            QVERIFY(!screen.leave(QStringLiteral("000000")));
            QCOMPARE(screen.waitSeconds(), 2);
            // While it waits, even the right PIN is not checked.
            QVERIFY(!screen.leave(QStringLiteral("480213")));
            QCOMPARE(left.count(), 0);
        }
        // Started again, the kiosk shows the wait at once.
        kiosk::Kiosk screen(**store, QStringLiteral("sv"), kiosk::KioskPin(path, clock));
        QSignalSpy left(&screen, &kiosk::Kiosk::leaveRequested);
        QCOMPARE(screen.waitSeconds(), 2);
        // The pad counts down as the (injected) clock moves on.
        now += 1s;
        QTRY_COMPARE(screen.waitSeconds(), 1);
        now += 1s;
        QTRY_COMPARE(screen.waitSeconds(), 0);
        QVERIFY(screen.leave(QStringLiteral("480213")));
        QCOMPARE(left.count(), 1);
        QCOMPARE(screen.waitSeconds(), 0);
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
