// Logical (SQLite's) and physical (on disk) offsets and sizes of both layouts agree.

#include "sync/crypto/filelayout.h"

#include <QTest>

using namespace lykta::crypto;

class TestFileLayout : public QObject
{
    Q_OBJECT

private slots:
    void blocksPutEachPageInOneSealedUnit()
    {
        const FileLayout blocks(FileLayout::Shape::Blocks);
        const Segment page3 = blocks.segmentAt(3 * 4096 + 100);
        QVERIFY(page3.sealed);
        QCOMPARE(page3.logical, 3 * 4096);
        QCOMPARE(page3.physical, 3 * (4096 + 40));
        QCOMPARE(page3.unit, std::uint64_t{3});
        QCOMPARE(blocks.physicalSize(5 * 4096), std::int64_t{5 * 4136});
        QCOMPARE(blocks.logicalSize(5 * 4136), std::int64_t{5 * 4096});
        // A journal's partly filled last unit.
        QCOMPARE(blocks.physicalSize(4096 + 28), std::int64_t{4136 + 28 + 40});
        QCOMPARE(blocks.logicalSize(4136 + 28 + 40), std::int64_t{4096 + 28});
        // A torn unit shorter than its overhead holds nothing.
        QCOMPARE(blocks.logicalSize(4136 + 30), std::int64_t{4096});
    }

    void walKeepsHeadersPlainAndSealsEachFramesPage()
    {
        const FileLayout wal(FileLayout::Shape::Wal);
        QVERIFY(!wal.segmentAt(10).sealed);
        const Segment header = wal.segmentAt(32 + 4120 + 5); // frame 1's header
        QVERIFY(!header.sealed);
        QCOMPARE(header.physical, std::int64_t{32 + 4160});
        const Segment page = wal.segmentAt(32 + 4120 + 24);
        QVERIFY(page.sealed);
        QCOMPARE(page.unit, std::uint64_t{1});
        QCOMPARE(page.physical, std::int64_t{32 + 4160 + 24});
        for (std::int64_t frames : {0, 1, 7, 1000}) {
            const std::int64_t logical = 32 + frames * 4120;
            QCOMPARE(wal.logicalSize(wal.physicalSize(logical)), logical);
            QCOMPARE(wal.physicalSize(logical), 32 + frames * 4160);
        }
        QCOMPARE(wal.logicalSize(0), std::int64_t{0});
        QCOMPARE(wal.logicalSize(32 + 24), std::int64_t{32 + 24});
    }
};

QTEST_GUILESS_MAIN(TestFileLayout)
#include "tst_filelayout.moc"
