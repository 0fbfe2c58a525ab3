// The rules that live once above the storage backends (serverstorage.cpp): redeeming an
// enrollment code, assembling the caller a token names, and cutting the log into pages with
// their cursor. Run in this process on a real database, on both backends (storage_rules and
// storage_rules_pg), so that each backend's reads and writes are held to the same rule.
#include "storagefactory.h"
#include "testdatabase.h"

#include "sync/core/hlc.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace lykta;
using namespace lykta::server;
using namespace lykta::test;

namespace {

constexpr std::int64_t kNow = 1'780'000'000'000; // 2026-05-28
constexpr std::int64_t kDay = 86'400'000;

EnrollmentCodeRecord staffCode(const std::string &id, std::int64_t expiresMs)
{
    EnrollmentCodeRecord code;
    code.id = id;
    code.secretHash = "hash-of-" + id;
    code.kind = DeviceKind::Staff;
    code.staffId = "staff-1";
    code.createdMs = kNow - kDay;
    code.expiresMs = expiresMs;
    return code;
}

Device tablet(sync::DeviceId id, const std::string &name)
{
    Device d;
    d.id = id;
    d.kind = DeviceKind::Staff;
    d.staffId = "staff-1";
    d.name = name;
    d.enrolledMs = kNow;
    return d;
}

sync::Delta delta(sync::DeviceId device, std::uint64_t counter, const std::string &body)
{
    return {{device, counter},
            "note",
            "note-" + std::to_string(counter),
            "body",
            sync::Value(body),
            {kNow + static_cast<std::int64_t>(counter), 0, device},
            "staff-1",
            {}};
}

} // namespace

class TstStorageRules : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir; // a fresh database for each test
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<ServerStorage> m_storage;

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = std::make_unique<TestDatabase>(m_dir->path());
        auto opened = openStorage(m_db->spec().toStdString());
        QVERIFY2(opened, opened ? "" : opened.error().detail.c_str());
        m_storage = std::move(*opened);
        QVERIFY(m_storage->createUnit({"unit-1", "Enhet Ett"}));
        QVERIFY(m_storage->createUnit({"unit-2", "Enhet Två"}));
        QVERIFY(m_storage->createStaff(
            {"staff-1", "Sara Lind", {"unit-2", "unit-1"}, StaffRole::Manager}));
    }

    void cleanup()
    {
        m_storage.reset();
        m_db.reset();
        m_dir.reset();
    }

    void aCodeIsRedeemedOnceAndItsTryGoesBack()
    {
        QVERIFY(m_storage->createCode(staffCode("code-1", kNow + kDay)));
        QVERIFY(*m_storage->reserveAttempt("code-1"));
        QCOMPARE(m_storage->findCode("code-1").value()->failedAttempts, 1);

        auto redeemed = m_storage->redeemCode("code-1", tablet(101, "Platta 1"), "token-1", kNow);
        QVERIFY(redeemed);
        QCOMPARE(*redeemed, RedeemResult::Redeemed);
        const auto code = *m_storage->findCode("code-1").value();
        QCOMPARE(code.failedAttempts, 0); // the right secret's try went back
        QCOMPARE(code.usedMs.value_or(0), kNow);

        // Used before anything else, and the try goes back then too.
        QVERIFY(*m_storage->reserveAttempt("code-1"));
        redeemed = m_storage->redeemCode("code-1", tablet(102, "Platta 2"), "token-2", kNow);
        QCOMPARE(*redeemed, RedeemResult::Used);
        QCOMPARE(m_storage->findCode("code-1").value()->failedAttempts, 0);
        QVERIFY(!m_storage->principal("token-2").value());
    }

    void anExpiredCodeAndAnUnknownCodeEnrollNothing()
    {
        QVERIFY(m_storage->createCode(staffCode("old", kNow)));
        auto redeemed = m_storage->redeemCode("old", tablet(103, "Platta 3"), "token-3", kNow);
        QCOMPARE(*redeemed, RedeemResult::Expired);
        QVERIFY(!m_storage->findCode("old").value()->usedMs);

        redeemed = m_storage->redeemCode("never-made", tablet(104, "Platta 4"), "token-4", kNow);
        QCOMPARE(*redeemed, RedeemResult::UnknownCode);
        QVERIFY(m_storage->devices().value().empty());
    }

    void aKnownDeviceEnrollsAgainOnlyAfterARevoke()
    {
        QVERIFY(m_storage->createCode(staffCode("a", kNow + kDay)));
        QVERIFY(m_storage->createCode(staffCode("b", kNow + kDay)));
        QVERIFY(m_storage->createCode(staffCode("c", kNow + kDay)));
        QCOMPARE(*m_storage->redeemCode("a", tablet(105, "Platta 5"), "token-a", kNow),
                 RedeemResult::Redeemed);
        // Still enrolled: refused, and the code stays unused for a tablet that may use it.
        QCOMPARE(*m_storage->redeemCode("b", tablet(105, "Platta 5"), "token-b", kNow),
                 RedeemResult::DeviceExists);
        QVERIFY(!m_storage->findCode("b").value()->usedMs);

        QVERIFY(*m_storage->revokeDevice(105, kNow + 1, false));
        QVERIFY(!m_storage->principal("token-a").value());
        QCOMPARE(*m_storage->redeemCode("b", tablet(105, "Platta 5 igen"), "token-b", kNow + 2),
                 RedeemResult::Redeemed);
        const auto again = m_storage->principal("token-b").value();
        QVERIFY(again);
        QCOMPARE(again->device.name, std::string("Platta 5 igen"));
        QVERIFY(!again->device.revokedMs);
        QCOMPARE(m_storage->devices().value().size(), std::size_t{1});

        // As someone else (a kiosk of a unit) the id stays refused even after a revoke.
        QVERIFY(*m_storage->revokeDevice(105, kNow + 3, false));
        Device kiosk = tablet(105, "Väntrum");
        kiosk.kind = DeviceKind::Kiosk;
        kiosk.staffId.clear();
        kiosk.unitId = "unit-1";
        QCOMPARE(*m_storage->redeemCode("c", kiosk, "token-c", kNow + 4),
                 RedeemResult::DeviceExists);
    }

    void aTokenNamesItsCallerWithTheirUnitsAndRole()
    {
        QVERIFY(m_storage->createCode(staffCode("s", kNow + kDay)));
        QCOMPARE(*m_storage->redeemCode("s", tablet(106, "Platta 6"), "token-s", kNow),
                 RedeemResult::Redeemed);
        const auto staff = m_storage->principal("token-s").value();
        QVERIFY(staff);
        QCOMPARE(staff->staffName, std::string("Sara Lind"));
        QCOMPARE(staff->role, StaffRole::Manager);
        QCOMPARE(staff->units, (std::vector<std::string>{"unit-1", "unit-2"}));

        EnrollmentCodeRecord kioskCode = staffCode("k", kNow + kDay);
        kioskCode.kind = DeviceKind::Kiosk;
        kioskCode.staffId.clear();
        kioskCode.unitId = "unit-2";
        QVERIFY(m_storage->createCode(kioskCode));
        Device kiosk = tablet(107, "Väntrum");
        kiosk.kind = DeviceKind::Kiosk;
        kiosk.staffId.clear();
        kiosk.unitId = "unit-2";
        QCOMPARE(*m_storage->redeemCode("k", kiosk, "token-k", kNow), RedeemResult::Redeemed);
        const auto waitingRoom = m_storage->principal("token-k").value();
        QVERIFY(waitingRoom);
        QCOMPARE(waitingRoom->device.kind, DeviceKind::Kiosk);
        QCOMPARE(waitingRoom->units, (std::vector<std::string>{"unit-2"}));
        QVERIFY(waitingRoom->staffName.empty());
        QCOMPARE(waitingRoom->role, StaffRole::Staff);
    }

    void theLogIsCutIntoPagesByRowsAndBytesWithTheirCursor()
    {
        QVERIFY(m_storage->createCode(staffCode("p", kNow + kDay)));
        QCOMPARE(*m_storage->redeemCode("p", tablet(108, "Platta 8"), "token-p", kNow),
                 RedeemResult::Redeemed);
        std::vector<std::uint64_t> seqs;
        QVERIFY(m_storage->push(108, [&](PushTransaction &tx) {
            for (std::uint64_t c = 1; c <= 5; ++c)
                seqs.push_back(tx.appendLog(delta(108, c, std::string(200, 'a')), "unit-1"));
        }));
        QCOMPARE(seqs.size(), std::size_t{5});
        const std::vector<std::string> units{"unit-1"};
        constexpr sync::DeviceId kReader = 999; // not the writer: its own rows are left out

        // By rows: a full page ends at its last row.
        auto page = m_storage->pullLog(units, kReader, 0, 2, 1'000'000).value();
        QCOMPARE(page.entries.size(), std::size_t{2});
        QVERIFY(page.hasMore);
        QCOMPARE(page.cursor, seqs[1]);
        QCOMPARE(page.entries[0].delta, delta(108, 1, std::string(200, 'a')));

        // By bytes: the first row always, however small the budget.
        page = m_storage->pullLog(units, kReader, page.cursor, 100, 1).value();
        QCOMPARE(page.entries.size(), std::size_t{1});
        QVERIFY(page.hasMore);
        QCOMPARE(page.cursor, seqs[2]);

        // The rest: the cursor is the log's high-water mark, nothing more.
        page = m_storage->pullLog(units, kReader, page.cursor, 100, 1'000'000).value();
        QCOMPARE(page.entries.size(), std::size_t{2});
        QVERIFY(!page.hasMore);
        QCOMPARE(page.cursor, seqs[4]);

        // Caught up, and a cursor from the future is kept, never moved back.
        page = m_storage->pullLog(units, kReader, seqs[4], 100, 1'000'000).value();
        QVERIFY(page.entries.empty());
        QVERIFY(!page.hasMore);
        QCOMPARE(page.cursor, seqs[4]);
        page = m_storage->pullLog(units, kReader, seqs[4] + 50, 100, 1'000'000).value();
        QCOMPARE(page.cursor, seqs[4] + 50);

        // The writer's own rows are not handed back to it; another unit sees none of them.
        page = m_storage->pullLog(units, 108, 0, 100, 1'000'000).value();
        QVERIFY(page.entries.empty());
        QCOMPARE(page.cursor, seqs[4]);
        page = m_storage->pullLog({"unit-2"}, kReader, 0, 100, 1'000'000).value();
        QVERIFY(page.entries.empty());
    }
};

QTEST_GUILESS_MAIN(TstStorageRules)
#include "tst_storagerules.moc"
