// The one write path: values, deltas and audit entries commit together; tombstones, never
// deletes; signed entries never change.

#include "storeinspector.h"
#include "storetestutil.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace lykta;
using namespace lykta::store;
using namespace lykta::store::test;

namespace {

std::size_t outboxSize(Store &store)
{
    return store.outbox()->size();
}

} // namespace

class TestStore : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QString("store-%1.db").arg(m_n++)).toStdString();
        m_store = openStore(m_path);
        createUnit(*m_store);
    }
    void cleanup() { m_store.reset(); }

    // A tablet enrolled again as someone else starts afresh: no file beside the store holds
    // anything of the earlier store (a canary note, also in a migration backup), the device
    // id is the new one and stays so after a reopen, the clock never goes back behind a
    // timestamp already issued, and the new store's deltas count from 1 as the new device.
    void startAfreshLeavesNothingOfTheEarlierStore()
    {
        const std::string canary =
            "KANARIE" + std::to_string(QRandomGenerator::global()->generate64());
        QVERIFY(m_store->write(kActor, newNote(canary)));
        QVERIFY(m_store->audit(kActor, AuditAction::Read, "note", "x"));
        const QString backup = QString::fromStdString(m_path) + ".schema-v3.bak";
        {
            QFile file(backup);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray::fromStdString(canary));
        }
        const sync::Hlc issued = m_store->lastHlc();
        const sync::DeviceId earlier = m_store->deviceId();
        const sync::DeviceId next = Store::newDeviceId();
        QVERIFY(next != earlier);

        QVERIFY(m_store->startAfresh(next));
        QCOMPARE(m_store->deviceId(), next);
        QVERIFY(m_store->lastHlc().wallMs >= issued.wallMs);
        QVERIFY(m_store->outbox()->empty());
        QVERIFY(m_store->list("note")->empty());
        QVERIFY(m_store->list("unit")->empty());
        QVERIFY(m_store->auditLog()->empty());
        QVERIFY(m_store->search(canary.substr(0, 10))->empty());
        QVERIFY(!QFile::exists(backup));

        createUnit(*m_store);
        QVERIFY(m_store->write(kActor, newNote("Första anteckningen i den nya")));
        const auto outbox = m_store->outbox();
        QVERIFY(outbox && !outbox->empty());
        QCOMPARE(outbox->front().id.counter, std::uint64_t{1});
        for (const sync::Delta &d : *outbox) {
            QCOMPARE(d.id.device, next);
            QVERIFY(d.hlc > issued);
        }
        m_store.reset();
        const QString base = QString::fromStdString(m_path).section('/', -1);
        for (const QFileInfo &info : QDir(m_dir.path()).entryInfoList({base + "*"}, QDir::Files)) {
            QFile file(info.filePath());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains(QByteArray::fromStdString(canary)),
                     qPrintable(info.fileName()));
        }
        m_store = openStore(m_path);
        QCOMPARE(m_store->deviceId(), next);
    }

    void createWritesOneDeltaPerSetField()
    {
        const auto before = outboxSize(*m_store);
        auto r = m_store->write(kActor, newNote("Första anteckningen"));
        QVERIFY(r);
        QCOMPARE(r->deltas, std::size_t{5}); // kind, author, body, status + unit_id from actor
        QCOMPARE(outboxSize(*m_store), before + 5);
        const auto note = m_store->get("note", r->ids.front());
        QVERIFY(note && note->has_value());
        QCOMPARE((*note)->text("body"), std::string("Första anteckningen"));
        QCOMPARE((*note)->text("unit_id"), kActor.unitId);
        QCOMPARE(checkDeltaInvariant(StoreInspector::database(*m_store).handle()), std::string());
    }

    void updateWritesOnlyChangedFieldsWithTheirBase()
    {
        auto created = m_store->write(kActor, newNote("Utkast"));
        QVERIFY(created);
        const std::string id = created->ids.front();
        const auto createdDeltas = *m_store->outbox();
        const sync::Hlc bodyBase = createdDeltas.back().hlc;

        Change edit{ChangeKind::Update,
                    "note",
                    id,
                    {{"body", std::string("Utkast, ändrat")}, {"kind", std::string("case")}}};
        auto r = m_store->write(kActor, edit);
        QVERIFY(r);
        QCOMPARE(r->deltas, std::size_t{1}); // kind did not change
        const auto deltas = *m_store->outbox();
        const sync::Delta &last = deltas.back();
        QCOMPARE(last.field, std::string("body"));
        QCOMPARE(last.value, sync::Value(std::string("Utkast, ändrat")));
        QCOMPARE(last.base, bodyBase);
        QVERIFY(bodyBase < last.hlc);
        QCOMPARE(last.author, kActor.staffId);
        QCOMPARE(last.id.counter, deltas[deltas.size() - 2].id.counter + 1);

        // Writing the same values again is not a change: no delta, no audit entry.
        const auto auditBefore = m_store->auditLog(id)->size();
        auto again = m_store->write(kActor, edit);
        QVERIFY(again);
        QCOMPARE(again->deltas, std::size_t{0});
        QCOMPARE(m_store->auditLog(id)->size(), auditBefore);
        QCOMPARE(checkDeltaInvariant(StoreInspector::database(*m_store).handle()), std::string());
    }

    void deleteIsATombstone()
    {
        auto created = m_store->write(kActor, newNote("Ska tas bort"));
        QVERIFY(created);
        const std::string id = created->ids.front();
        QVERIFY(m_store->write(kActor, Change{ChangeKind::Delete, "note", id, {}}));

        const auto row = m_store->get("note", id);
        QVERIFY(row->has_value());
        QVERIFY((*row)->deleted());
        QCOMPARE((*row)->text("body"), std::string("Ska tas bort"));
        QVERIFY(m_store->list("note")->empty());
        const auto deltas = *m_store->outbox();
        QCOMPARE(deltas.back().field, std::string("deleted"));
        QCOMPARE(deltas.back().value, sync::Value(std::int64_t{1}));

        // Even SQL cannot delete a note.
        const int rc = sqlite3_exec(StoreInspector::database(*m_store).handle(), "DELETE FROM note",
                                    nullptr, nullptr, nullptr);
        QCOMPARE(rc & 0xff, SQLITE_CONSTRAINT);
        QVERIFY(m_store->get("note", id)->has_value());

        // A tombstoned record cannot be edited.
        auto edit = m_store->write(
            kActor, Change{ChangeKind::Update, "note", id, {{"body", std::string("x")}}});
        QVERIFY(!edit);
        QCOMPARE(edit.error().code, StoreErrc::NotFound);
    }

    void signedNoteNeverChanges()
    {
        auto created = m_store->write(kActor, newNote("Undertecknad text"));
        QVERIFY(created);
        const std::string id = created->ids.front();
        QVERIFY(m_store->write(kActor, Change{ChangeKind::Update,
                                              "note",
                                              id,
                                              {{"status", std::string("signed")},
                                               {"signed_by", kActor.staffId},
                                               {"signed_at", std::string("2026-11-22")}}}));
        const auto before = outboxSize(*m_store);

        auto edit = m_store->write(
            kActor, Change{ChangeKind::Update, "note", id, {{"body", std::string("Ändrad")}}});
        QVERIFY(!edit);
        QCOMPARE(edit.error().code, StoreErrc::SignedImmutable);
        auto del = m_store->write(kActor, Change{ChangeKind::Delete, "note", id, {}});
        QVERIFY(!del);
        QCOMPARE(del.error().code, StoreErrc::SignedImmutable);
        QCOMPARE(outboxSize(*m_store), before);

        // The store refuses it beneath the write path too: a direct UPDATE.
        char *message = nullptr;
        const int rc = sqlite3_exec(StoreInspector::database(*m_store).handle(),
                                    "UPDATE note SET body = 'Ändrad'", nullptr, nullptr, &message);
        QCOMPARE(rc & 0xff, SQLITE_CONSTRAINT);
        QVERIFY(std::string(message).find("signed-immutable") != std::string::npos);
        sqlite3_free(message);
        QCOMPARE((*m_store->get("note", id))->text("body"), std::string("Undertecknad text"));
    }

    void aFailedChangeRollsBackTheWholeWrite()
    {
        const auto before = outboxSize(*m_store);
        const auto notesBefore = m_store->list("note")->size();
        std::vector<Change> batch{newNote("Första"), newNote("Andra")};
        batch.push_back({ChangeKind::Update, "note", "no-such-id", {{"body", std::string("x")}}});
        auto r = m_store->write(kActor, batch);
        QVERIFY(!r);
        QCOMPARE(r.error().code, StoreErrc::NotFound);
        QCOMPARE(outboxSize(*m_store), before);
        QCOMPARE(m_store->list("note")->size(), notesBefore);

        // The delta counter did not advance either: the next write continues without a gap.
        QVERIFY(m_store->write(kActor, newNote("Tredje")));
        QCOMPARE(checkDeltaInvariant(StoreInspector::database(*m_store).handle()), std::string());
    }

    void rejectsUnknownEntityFieldAndType()
    {
        auto unknownEntity = m_store->write(kActor, Change{ChangeKind::Create, "nope", {}, {}});
        QCOMPARE(unknownEntity.error().code, StoreErrc::UnknownEntity);
        auto unknownField = m_store->write(
            kActor, Change{ChangeKind::Create, "note", {}, {{"colour", std::string("red")}}});
        QCOMPARE(unknownField.error().code, StoreErrc::UnknownField);
        auto wrongType = m_store->write(
            kActor, Change{ChangeKind::Create, "note", {}, {{"body", std::int64_t{5}}}});
        QCOMPARE(wrongType.error().code, StoreErrc::WrongType);
        auto tombstoneByUpdate = m_store->write(
            kActor, Change{ChangeKind::Create, "note", {}, {{"deleted", std::int64_t{1}}}});
        QCOMPARE(tombstoneByUpdate.error().code, StoreErrc::UnknownField);
        auto badReference = m_store->write(
            kActor, Change{ChangeKind::Create, "child", {}, {{"family_id", std::string("none")}}});
        QVERIFY(!badReference);
        QCOMPARE(badReference.error().code, StoreErrc::Constraint);
        QCOMPARE(checkDeltaInvariant(StoreInspector::database(*m_store).handle()), std::string());
    }

    void everyWriteIsAudited()
    {
        auto created = m_store->write(kActor, newNote("Granskad"));
        const std::string id = created->ids.front();
        QVERIFY(m_store->write(
            kActor, Change{ChangeKind::Update, "note", id, {{"body", std::string("Ändrad")}}}));
        QVERIFY(m_store->audit(kActor, AuditAction::Read, "note", id));
        QVERIFY(m_store->audit(kActor, AuditAction::Export, "note", id));
        const auto log = *m_store->auditLog(id);
        QCOMPARE(log.size(), std::size_t{4});
        QCOMPARE(log[0].action, std::string("create"));
        QCOMPARE(log[1].action, std::string("change"));
        QCOMPARE(log[2].action, std::string("read"));
        QCOMPARE(log[3].action, std::string("export"));
        for (const auto &entry : log) {
            QCOMPARE(entry.actor, kActor.staffId);
            QCOMPARE(entry.unitId, kActor.unitId);
            QCOMPARE(entry.entity, std::string("note"));
            QCOMPARE(entry.device, m_store->deviceId());
        }
        // Append-only, even for SQL.
        auto *db = StoreInspector::database(*m_store).handle();
        QCOMPARE(sqlite3_exec(db, "UPDATE audit_log SET actor='x'", nullptr, nullptr, nullptr) &
                     0xff,
                 SQLITE_CONSTRAINT);
        QCOMPARE(sqlite3_exec(db, "DELETE FROM audit_log", nullptr, nullptr, nullptr) & 0xff,
                 SQLITE_CONSTRAINT);
        QCOMPARE(m_store->auditLog(id)->size(), std::size_t{4});
    }

    void clockOrdersWritesWhenTheWallClockJumpsBack()
    {
        m_store.reset();
        std::int64_t wall = 1'800'000'000'000;
        m_store = openStore(m_path, [&wall] { return wall; });
        auto a = m_store->write(kActor, newNote("Före"));
        wall -= 3'600'000; // the tablet's clock is set back an hour
        auto b = m_store->write(kActor, newNote("Efter"));
        QVERIFY(a && b);
        const auto deltas = *m_store->outbox();
        for (std::size_t i = 1; i < deltas.size(); ++i)
            QVERIFY2(deltas[i - 1].hlc <= deltas[i].hlc, "deltas out of order");
        QVERIFY(deltas.front().hlc < deltas.back().hlc);
    }

    void identityAndCountersSurviveReopening()
    {
        QVERIFY(m_store->write(kActor, newNote("Ett")));
        const auto device = m_store->deviceId();
        const auto last = m_store->outbox()->back();
        m_store.reset();
        m_store = openStore(m_path);
        QCOMPARE(m_store->deviceId(), device);
        QVERIFY(m_store->write(kActor, newNote("Två")));
        const auto next = m_store->outbox()->back();
        QCOMPARE(next.id.device, device);
        QVERIFY(next.id.counter > last.id.counter);
        QVERIFY(last.hlc < next.hlc);
        QCOMPARE(checkDeltaInvariant(StoreInspector::database(*m_store).handle()), std::string());
    }

    void invariantCheckNoticesAChangeWithoutItsDelta()
    {
        // The check the crash test relies on must be able to fail.
        auto created = m_store->write(kActor, newNote("Kontroll"));
        QVERIFY(created);
        auto *db = StoreInspector::database(*m_store).handle();
        QCOMPARE(checkDeltaInvariant(db), std::string());
        QCOMPARE(sqlite3_exec(db, "UPDATE note SET kind = 'other'", nullptr, nullptr, nullptr),
                 SQLITE_OK);
        QVERIFY(!checkDeltaInvariant(db).empty());
        QCOMPARE(sqlite3_exec(db,
                              "UPDATE note SET kind = 'case'; DELETE FROM outbox WHERE "
                              "counter = (SELECT max(counter) FROM outbox)",
                              nullptr, nullptr, nullptr),
                 SQLITE_OK);
        QVERIFY(!checkDeltaInvariant(db).empty());
    }

private:
    QTemporaryDir m_dir;
    int m_n = 0;
    std::string m_path;
    std::unique_ptr<Store> m_store;
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
