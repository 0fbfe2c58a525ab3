#include "sync/core/hlc.h"

#include <QtTest>

using namespace lykta::sync;
using namespace std::chrono_literals;

// The hybrid logical clock: total order, monotonic whatever the wall clock does, and never
// dragged into the future by a remote stamp it should not trust.
class TestHlc : public QObject
{
    Q_OBJECT

private slots:
    void ordersByWallThenCounterThenDevice()
    {
        QVERIFY((Hlc{10, 0, 9}) < (Hlc{11, 0, 1}));
        QVERIFY((Hlc{10, 1, 1}) > (Hlc{10, 0, 9}));
        QVERIFY((Hlc{10, 1, 1}) < (Hlc{10, 1, 2}));
        QCOMPARE(Hlc::fromPacked((Hlc{123456789, 42, 7}).packedTime(), 7), (Hlc{123456789, 42, 7}));
    }

    void monotonicWhenTheWallClockJumpsBackwards()
    {
        std::int64_t wall = 1'000'000;
        HlcClock clock(1, [&] { return wall; });
        Hlc previous = clock.now();
        for (int i = 0; i < 1000; ++i) {
            if (i % 100 == 50)
                wall -= 3'600'000; // an hour back (NTP correction, manual change)
            else if (i % 7 == 0)
                wall += 1;
            const Hlc next = clock.now();
            QVERIFY2(next > previous, qPrintable(QString::fromStdString(next.toString())));
            previous = next;
        }
    }

    void counterOverflowBorrowsTheNextMillisecond()
    {
        HlcClock clock(1, [] { return std::int64_t{5000}; });
        Hlc previous = clock.now();
        for (int i = 0; i < 70'000; ++i) {
            const Hlc next = clock.now();
            QVERIFY(next > previous);
            previous = next;
        }
        QVERIFY(previous.wallMs > 5000);
    }

    void receiveOrdersLaterEventsAfterTheRemoteStamp()
    {
        std::int64_t wall = 1'000'000;
        HlcClock clock(1, [&] { return wall; });
        const Hlc remote{wall + 3'600'000, 17, 2}; // a peer one hour ahead
        QCOMPARE(clock.receive(remote), ClockError::None);
        const Hlc after = clock.now();
        QVERIFY(after > remote);
        QCOMPARE(after.device, DeviceId{1});
        // Same wall and a higher remote counter: the counter moves past it.
        HlcClock same(3, [&] { return wall; });
        (void)same.now();
        QCOMPARE(same.receive(Hlc{wall, 500, 4}), ClockError::None);
        QVERIFY(same.now() > (Hlc{wall, 500, 4}));
    }

    void refusesAStampMoreThan24HoursAhead()
    {
        std::int64_t wall = 1'000'000;
        HlcClock clock(1, [&] { return wall; });
        const Hlc before = clock.now();
        const std::int64_t day = std::chrono::milliseconds(24h).count();
        QCOMPARE(clock.receive(Hlc{wall + day + 1, 0, 2}), ClockError::TooFarAhead);
        QCOMPARE(clock.last(), before); // not moved
        QVERIFY(clock.now().wallMs < wall + day);
        // Exactly at the bound is still accepted.
        QCOMPARE(clock.receive(Hlc{wall + day, 0, 2}), ClockError::None);
        QVERIFY(clock.last().wallMs == wall + day);
    }

    void restoreNeverReissuesAPersistedStamp()
    {
        HlcClock clock(1, [] { return std::int64_t{100}; });
        clock.restore(Hlc{5000, 3, 1});
        QVERIFY(clock.now() > (Hlc{5000, 3, 1}));
        clock.restore(Hlc{10, 0, 1}); // older: ignored
        QVERIFY(clock.last().wallMs == 5000);
    }
};

QTEST_GUILESS_MAIN(TestHlc)
#include "tst_hlc.moc"
