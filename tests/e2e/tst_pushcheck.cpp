// A push decided delta by delta (sync/server/pushcheck.h), through SyncService::push in this
// process on a real database, on both backends (storage_push, storage_push_pg): each step a
// delta meets — replay, order, shape, rights, scope, merge — with the answer a tablet gets and
// what the server keeps. HTTP is tested by the e2e tests.
#include "schemacatalog.h"
#include "storagefactory.h"
#include "syncservice.h"
#include "testdatabase.h"

#include "sync/core/merge.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace lykta;
using namespace lykta::server;
using namespace lykta::test;
using namespace std::string_literals;

namespace {

constexpr std::int64_t kNow = 1'780'000'000'000; // 2026-05-28
constexpr sync::DeviceId kTablet = 201;
const std::string kNote1 = "0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a01";
const std::string kNote2 = "0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a02";
const std::string kCard = "0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a03";

} // namespace

class TstPushCheck : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir; // a fresh database for each test
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<ServerStorage> m_storage;
    SchemaCatalog m_catalog = SchemaCatalog::fromClientSchema();
    std::unique_ptr<SyncService> m_service;
    Principal m_who;
    std::uint64_t m_counter = 0;

    sync::Delta next(const std::string &entity, const std::string &id, const std::string &field,
                     sync::Value value, std::int64_t wallMs = kNow)
    {
        ++m_counter;
        return {{kTablet, m_counter}, entity,    id, field, std::move(value),
                {wallMs, 0, kTablet}, "staff-1", {}};
    }

    sync::PushResponse push(std::vector<sync::Delta> deltas)
    {
        sync::Batch batch;
        batch.device = kTablet;
        batch.deltas = std::move(deltas);
        auto answer = m_service->push(m_who, batch, "request");
        if (!answer)
            qFatal("push failed: %d %s", answer.error().status, answer.error().detail.c_str());
        return *answer;
    }

    long long logRows() const { return m_db->scalar("SELECT count(*) FROM log"); }

    long long denials() const
    {
        return m_db->scalar("SELECT count(*) FROM audit WHERE action = 'push_denied'");
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = std::make_unique<TestDatabase>(m_dir->path());
        auto opened = openStorage(m_db->spec().toStdString());
        QVERIFY2(opened, opened ? "" : opened.error().detail.c_str());
        m_storage = std::move(*opened);
        m_service = std::make_unique<SyncService>(*m_storage, m_catalog, [] { return kNow; });
        QVERIFY(m_storage->createUnit({"unit-1", "Enhet Ett"}));
        QVERIFY(m_storage->createUnit({"unit-2", "Enhet Två"}));
        QVERIFY(m_storage->createStaff({"staff-1", "Sara Lind", {"unit-1"}, StaffRole::Staff}));
        EnrollmentCodeRecord code;
        code.id = "code";
        code.secretHash = "hash";
        code.staffId = "staff-1";
        code.createdMs = kNow - 1;
        code.expiresMs = kNow + 86'400'000;
        QVERIFY(m_storage->createCode(code));
        Device tablet;
        tablet.id = kTablet;
        tablet.staffId = "staff-1";
        tablet.name = "Platta";
        tablet.enrolledMs = kNow;
        QCOMPARE(*m_storage->redeemCode("code", tablet, "token", kNow), RedeemResult::Redeemed);
        m_who = m_storage->principal("token").value().value();
        m_counter = 0;
    }

    void cleanup()
    {
        m_service.reset();
        m_storage.reset();
        m_db.reset();
        m_dir.reset();
    }

    void aNewNoteIsAcceptedAndAReplayGetsTheSameAnswer()
    {
        const std::vector<sync::Delta> write{next("note", kNote1, "unit_id", "unit-1"s),
                                             next("note", kNote1, "body", "Samtal med Alva."s)};
        const auto first = push(write);
        QCOMPARE(first.accepted.size(), std::size_t{2});
        QVERIFY(first.rejected.empty());
        QCOMPARE(logRows(), 2LL);

        const auto again = push(write); // the answer was lost: the tablet sends it again
        QCOMPARE(again.accepted, first.accepted);
        QCOMPARE(again.cursor, first.cursor);
        QCOMPARE(logRows(), 2LL); // nothing twice
    }

    void aGapIsRefusedUntilTheMissingDeltaComes()
    {
        const auto missing = next("note", kNote1, "unit_id", "unit-1"s);
        const auto after = next("note", kNote1, "body", "Efter luckan."s);
        auto answer = push({after});
        QCOMPARE(answer.rejected.size(), std::size_t{1});
        QCOMPARE(answer.rejected[0].reason, sync::RejectReason::OutOfOrder);
        QCOMPARE(answer.rejected[0].detail, std::string("expected 1"));
        QCOMPARE(logRows(), 0LL);

        answer = push({missing, after}); // not final: the same delta goes through in order
        QCOMPARE(answer.accepted.size(), std::size_t{2});
        QCOMPARE(logRows(), 2LL);
    }

    void aMalformedDeltaIsRefusedWithItsReason()
    {
        const auto answer =
            push({next("nosuchentity", kNote1, "body", "x"s), next("note", kNote1, "nosuch", "x"s),
                  next("note", "not-a-uuid", "body", "x"s),
                  next("note", kNote1, "body", std::int64_t{7}),
                  next("note", kNote1, "body", "Långt fram."s, kNow + 86'400'000LL * 30)});
        QCOMPARE(answer.rejected.size(), std::size_t{5});
        QCOMPARE(answer.rejected[0].detail, std::string("entity"));
        QCOMPARE(answer.rejected[1].detail, std::string("field"));
        QCOMPARE(answer.rejected[2].detail, std::string("id"));
        QCOMPARE(answer.rejected[3].detail, std::string("type"));
        QCOMPARE(answer.rejected[4].reason, sync::RejectReason::ClockTooFarAhead);
        for (int i = 0; i < 4; ++i)
            QCOMPARE(answer.rejected[i].reason, sync::RejectReason::Invalid);
        QCOMPARE(logRows(), 0LL);

        auto someoneElse = next("note", kNote1, "body", "Skrivet i annans namn."s);
        someoneElse.author = "staff-2";
        const auto forged = push({someoneElse});
        QCOMPARE(forged.rejected[0].reason, sync::RejectReason::NotAuthorized);
        QCOMPARE(forged.rejected[0].detail, std::string("author"));
    }

    void withoutTheContentRoleKioskContentIsRefusedAndAudited()
    {
        const auto answer = push({next("info_card", kCard, "unit_id", "unit-1"s),
                                  next("info_card", kCard, "title", "Hej"s)});
        QCOMPARE(answer.rejected.size(), std::size_t{2});
        QCOMPARE(answer.rejected[0].reason, sync::RejectReason::NotAuthorized);
        QCOMPARE(answer.rejected[0].detail, std::string("content_role"));
        QCOMPARE(logRows(), 0LL);
        QCOMPARE(denials(), 1LL); // one entry per record and action
    }

    void aRecordOutsideTheCallersUnitsIsRefused()
    {
        auto answer = push({next("note", kNote1, "unit_id", "unit-2"s),
                            next("note", kNote1, "body", "Fel enhet."s)});
        QCOMPARE(answer.rejected.size(), std::size_t{2});
        QCOMPARE(answer.rejected[0].detail, std::string("unit"));
        QCOMPARE(denials(), 1LL);

        answer = push({next("note", kNote2, "body", "Ingen enhet."s)});
        QCOMPARE(answer.rejected[0].detail, std::string("no_unit"));

        answer = push({next("note", kNote2, "unit_id", "unit-1"s)});
        QVERIFY(answer.rejected.empty());
        answer = push({next("note", kNote2, "unit_id", "unit-2"s)});
        QCOMPARE(answer.rejected[0].detail, std::string("unit_move"));
    }

    // After a restore from a backup, a tablet that edited a record another tablet created
    // forwards the record's unit under the creator's clock: the record is placed, nothing of it
    // is logged as this tablet's, and no other field may come under another device's clock.
    void aForwardedUnitPlacesTheRecordWithoutLoggingIt()
    {
        const sync::Hlc creators{kNow - 60'000, 0, 202};
        sync::Delta unit = next("note", kNote2, "unit_id", "unit-1"s);
        unit.hlc = creators;
        auto answer = push({unit, next("note", kNote2, "body", "Annas tillägg."s)});
        QCOMPARE(answer.accepted.size(), std::size_t{2});
        QVERIFY(answer.rejected.empty());
        QCOMPARE(logRows(), 1LL);                               // the edit, not the forwarded unit
        answer = push({next("note", kNote2, "kind", "case"s)}); // the record is known now
        QCOMPARE(answer.accepted.size(), std::size_t{1});

        sync::Delta forged = next("note", kNote2, "body", "Under någon annans klocka."s);
        forged.hlc = creators;
        answer = push({forged});
        QCOMPARE(answer.rejected.size(), std::size_t{1});
        QCOMPARE(answer.rejected.front().detail, std::string("hlc_device"));
        QCOMPARE(logRows(), 2LL);
    }

    void aSignedNoteTakesNoLaterChangeAndTheTabletIsToldTheValue()
    {
        const std::int64_t t = kNow - 60'000;
        auto answer = push({next("note", kNote1, "unit_id", "unit-1"s, t),
                            next("note", kNote1, "body", "Slutlig text."s, t),
                            next("note", kNote1, "status", std::string(sync::kSignedStatus), t),
                            next("note", kNote1, "signed_by", "staff-1"s, t)});
        QCOMPARE(answer.accepted.size(), std::size_t{4});

        answer = push({next("note", kNote1, "body", "Ändrad efteråt."s)});
        QCOMPARE(answer.rejected.size(), std::size_t{1});
        QCOMPARE(answer.rejected[0].reason, sync::RejectReason::SignedImmutable);
        QVERIFY(answer.rejected[0].current);
        QCOMPARE(answer.rejected[0].current->value, sync::Value("Slutlig text."s));
        QCOMPARE(logRows(), 4LL);
    }

    void aSignatureInSomeoneElsesNameIsRefused()
    {
        const auto answer = push({next("note", kNote1, "unit_id", "unit-1"s),
                                  next("note", kNote1, "signed_by", "staff-2"s)});
        QCOMPARE(answer.accepted.size(), std::size_t{1});
        QCOMPARE(answer.rejected[0].detail, std::string("signed_by"));
        QCOMPARE(denials(), 1LL);
    }
};

QTEST_GUILESS_MAIN(TstPushCheck)
#include "tst_pushcheck.moc"
