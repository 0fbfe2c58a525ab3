// The restore drill an operator runs, with real tablets: three tablets (real stores) write
// through a running lykta-server; the database is backed up while one of them keeps writing
// (`lykta-server backup` on SQLite, scripts/pg-backup on PostgreSQL); they go on writing and
// syncing, so the server takes work the backup does not hold; then the backup is restored into
// a new server (`lykta-server restore`, scripts/pg-restore) and the tablets are pointed at it.
// Each syncs twice. Afterwards the server, every tablet and a tablet enrolled afresh hold the
// same value and timestamp in every field and the same conflict copies, nothing is in an
// outbox or refused, no version is
// in the server's log twice, every note written after the backup is there, and so is every
// access-log entry the tablets made.
#include "fieldclocks.h"
#include "storeinspector.h"
#include "tablet.h"
#include "testserver.h"

#include <QtTest>

#include <atomic>
#include <map>
#include <set>
#include <thread>

using namespace lykta;
using namespace lykta::test;

namespace {

// entity, id and field → the value and the timestamp of the value.
using Snapshot = std::map<std::string, std::pair<sync::Value, sync::Hlc>>;

// Every field of the unit, family and note records a store holds, read from the file itself
// (each record's `_clock` names the timestamp of every field's current value).
Snapshot snapshot(store::Store &s)
{
    Snapshot out;
    store::Database &db = store::StoreInspector::database(s);
    for (const std::string entity : {"unit", "family", "note"}) {
        store::Statement &st = db.cached("SELECT id, _clock FROM " + entity);
        std::vector<std::pair<std::string, store::FieldClocks>> rows;
        while (st.step() == SQLITE_ROW) {
            auto clocks = store::FieldClocks::decode(st.blob(1));
            if (clocks)
                rows.emplace_back(std::string(st.text(0)), std::move(*clocks));
        }
        for (const auto &[id, clocks] : rows) {
            auto record = s.get(entity, id);
            if (!record || !*record)
                continue;
            for (const auto &e : clocks.entries())
                out[entity + '/' + id + '/' + e.field] = {(**record).value(e.field), e.hlc};
        }
    }
    return out;
}

// The first difference between two snapshots, or "" when they are equal.
std::string difference(const Snapshot &a, const Snapshot &b)
{
    for (const auto &[key, value] : a) {
        auto it = b.find(key);
        if (it == b.end())
            return key + " is missing";
        if (it->second != value)
            return key + " differs: " + std::to_string(value.second.wallMs) + "/" +
                   std::to_string(value.second.device) + " and " +
                   std::to_string(it->second.second.wallMs) + "/" +
                   std::to_string(it->second.second.device);
    }
    for (const auto &[key, value] : b)
        if (!a.count(key))
            return key + " is extra";
    return {};
}

// Every conflict copy a store holds: record, field, timestamp and text.
std::set<std::string> copies(store::Store &s)
{
    std::set<std::string> out;
    auto held = s.conflicts();
    if (!held)
        return {"<" + held.error().detail + ">"};
    for (const auto &c : *held) {
        const auto *text = std::get_if<std::string>(&c.copy.value);
        out.insert(c.entityId + '/' + c.field + '/' + std::to_string(c.copy.hlc.wallMs) + '/' +
                   std::to_string(c.copy.hlc.device) + '/' + (text ? *text : "<not text>"));
    }
    return out;
}

} // namespace

class TstRestoreDrill : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static bool write(Tablet &t, const store::Change &change, std::string *id = nullptr)
    {
        auto r = t.store->write(t.actor, change);
        if (!r)
            qWarning("write: %s %s", store::toString(r.error().code), r.error().detail.c_str());
        if (r && id)
            *id = r->ids.at(0);
        return r.ok();
    }

    static std::string note(Tablet &t, const std::string &family, const std::string &text)
    {
        std::string id;
        write(t,
              {store::ChangeKind::Create,
               "note",
               {},
               {{"subject_entity", std::string("family")},
                {"subject_id", family},
                {"kind", std::string("case")},
                {"body", text},
                {"status", std::string("draft")}}},
              &id);
        return id;
    }

    static bool edit(Tablet &t, const std::string &id, const std::string &text)
    {
        return write(t, {store::ChangeKind::Update, "note", id, {{"body", text}}});
    }

    static bool sign(Tablet &t, const std::string &id)
    {
        return write(t, {store::ChangeKind::Update,
                         "note",
                         id,
                         {{"status", std::string("signed")},
                          {"signed_by", t.actor.staffId},
                          {"signed_at", std::string("2026-12-06T10:00:00Z")}}});
    }

    static std::string body(Tablet &t, const std::string &id)
    {
        auto r = t.store->get("note", id);
        return r && *r ? (**r).text("body") : "<missing>";
    }

    // One sync that ends Idle with nothing refused; `restored` says whether it found the server
    // restored from a backup.
    static bool synced(const TestServer &server, Tablet &t, bool *restored = nullptr)
    {
        const auto s = syncTablet(server, t);
        if (s.activity != sync::client::Activity::Idle || s.rejected != 0)
            qWarning("sync: %s %s", sync::client::toString(s.activity),
                     s.error ? s.error->detail.c_str() : "");
        if (restored)
            *restored = s.serverRestored;
        return s.activity == sync::client::Activity::Idle && s.rejected == 0;
    }

    Tablet tablet(const TestServer &server, const QString &name, const std::string &staff,
                  const std::string &unit)
    {
        Tablet t;
        t.path = m_dir.filePath(name + ".db");
        t.store = openTabletStore(t.path);
        if (t.store)
            enroll(server, t, staff, unit, name);
        return t;
    }

    static CommandRun backup(const TestServer &server, const QString &out)
    {
        if (server.database().backend() == Backend::Postgresql)
            return runScript("pg-backup", {server.database().spec(), out});
        return runServerCommand({"backup", "--db", server.database().spec(), "--out", out});
    }

    static CommandRun restore(const QString &from, const TestServer &into)
    {
        if (into.database().backend() == Backend::Postgresql)
            return runScript("pg-restore", {from, into.database().spec()});
        return runServerCommand({"restore", "--db", into.database().spec(), "--from", from});
    }

private slots:
    void everyTabletSyncsWithTheRestoredServerWithoutLossOrDuplicate()
    {
        TestServer first;
        QVERIFY(first.start());
        const std::string unit = first.admin({"create-unit", "--name", "Enhet Väst"}).toStdString();
        const auto staff = [&](const char *name) {
            return first
                .admin({"create-staff", "--name", name, "--unit", QString::fromStdString(unit)})
                .toStdString();
        };
        Tablet a = tablet(first, "anna", staff("Anna"), unit);
        Tablet b = tablet(first, "bo", staff("Bo"), unit);
        Tablet c = tablet(first, "cecilia", staff("Cecilia"), unit);
        QVERIFY(!a.token.empty() && !b.token.empty() && !c.token.empty());

        // Before the backup: the unit, two families and notes, one of them signed.
        std::string familyA, familyB;
        QVERIFY(write(
            a, {store::ChangeKind::Create, "unit", unit, {{"name", std::string("Enhet Väst")}}}));
        QVERIFY(write(
            a, {store::ChangeKind::Create, "family", {}, {{"name", std::string("Familjen Ek")}}},
            &familyA));
        QVERIFY(synced(first, a) && synced(first, b) && synced(first, c));
        QVERIFY(write(
            b, {store::ChangeKind::Create, "family", {}, {{"name", std::string("Familjen Berg")}}},
            &familyB));
        std::vector<std::string> early;
        for (int i = 0; i < 5; ++i) {
            early.push_back(note(a, familyA, "Anna före " + std::to_string(i)));
            early.push_back(note(b, familyB, "Bo före " + std::to_string(i)));
        }
        QVERIFY(
            std::none_of(early.begin(), early.end(), [](const auto &id) { return id.empty(); }));
        QVERIFY(sign(a, early[0]));
        for (int round = 0; round < 2; ++round)
            QVERIFY(synced(first, a) && synced(first, b) && synced(first, c));

        // The backup, while Cecilia writes and syncs.
        std::atomic<bool> stop{false};
        std::atomic<int> rounds{0}, failures{0};
        std::vector<std::string> duringBackup;
        std::thread load([&] {
            while (!stop) {
                const std::string id = note(c, familyA, "Cecilia under " + std::to_string(rounds));
                if (id.empty() || !synced(first, c))
                    ++failures;
                duringBackup.push_back(id);
                ++rounds;
            }
        });
        while (rounds < 2)
            QThread::msleep(10);
        const QString copy = m_dir.filePath("server.backup");
        const CommandRun made = backup(first, copy);
        const int atBackup = rounds;
        while (rounds < atBackup + 2) // two more after it
            QThread::msleep(10);
        stop = true;
        load.join();
        QVERIFY2(made.exitCode == 0, qPrintable(made.err));
        QCOMPARE(failures.load(), 0);

        // After the backup, taken by the server and so lost with the restore: new notes, an
        // edit of a note from before, a signature, Bo's edit of Anna's note; and work that
        // never reached the server at all (an outbox).
        const std::string annaAfter = note(a, familyA, "Anna efter säkerhetskopian.");
        QVERIFY(!annaAfter.empty());
        QVERIFY(edit(a, early[2], "Anna ändrade efter säkerhetskopian."));
        QVERIFY(sign(a, annaAfter));
        QVERIFY(synced(first, a));
        const std::string boAfter = note(b, familyB, "Bo efter säkerhetskopian.");
        QVERIFY(synced(first, b)); // pulls Anna's edit first ...
        QVERIFY(edit(b, early[4], "Bo ändrade Annas anteckning."));
        QVERIFY(synced(first, b)); // ... so his edit is based on it
        QVERIFY(synced(first, a) && synced(first, c));
        // Anna adds to Bo's note from after the backup. Until Bo syncs, the restored copy has
        // no such note: Anna's tablet forwards its unit with her edit.
        QVERIFY(edit(a, boAfter, "Bo efter säkerhetskopian. Anna lade till något."));
        QVERIFY(synced(first, a));
        // Anna and Bo change the same note at once: one text becomes a conflict copy.
        QVERIFY(edit(a, early[8], "Anna samtidigt."));
        QVERIFY(edit(b, early[8], "Bo samtidigt."));
        QVERIFY(synced(first, a) && synced(first, b) && synced(first, a));
        QCOMPARE(copies(*a.store).size(), std::size_t{1});
        const std::string annaAfter2 = note(a, familyA, "Anna skrev och skickade.");
        QVERIFY(synced(first, a));
        QVERIFY(sign(a, annaAfter2)); // signed offline: the signature follows its text
        const std::string annaUnsent = note(a, familyA, "Anna skrev, aldrig skickat.");
        QVERIFY(edit(a, early[6], "Anna ändrade, aldrig skickat."));
        const std::string boUnsent = note(b, familyB, "Bo skrev, aldrig skickat.");
        QVERIFY(!annaUnsent.empty() && !boUnsent.empty());
        QVERIFY(a.store->outbox()->size() > 0 && b.store->outbox()->size() > 0);
        first.stop();

        // Restored into a new server; the tablets are pointed at it.
        TestServer restored;
        const CommandRun put = restore(copy, restored);
        QVERIFY2(put.exitCode == 0, qPrintable(put.err));
        QVERIFY(restored.start());
        // The restored copy lacks what came after the backup (else this drill proves nothing).
        QCOMPARE(restored.database().scalar("SELECT count(*) FROM record WHERE entity_id = '" +
                                            annaAfter + "'"),
                 0LL);

        for (Tablet *t : {&a, &b, &c}) {
            bool found = false;
            QVERIFY(synced(restored, *t, &found));
            QVERIFY2(found, "the first sync finds the server restored");
        }
        for (Tablet *t : {&a, &b, &c}) {
            bool found = true;
            QVERIFY(synced(restored, *t, &found));
            QVERIFY(!found);
        }

        // A tablet enrolled afresh holds what the server holds.
        Tablet fresh = tablet(restored, "anna-ny", a.actor.staffId, unit);
        QVERIFY(!fresh.token.empty());
        QVERIFY(synced(restored, fresh));
        const Snapshot server = snapshot(*fresh.store);
        QVERIFY(server.size() > 100);
        for (Tablet *t : {&a, &b, &c}) {
            const std::string diff = difference(server, snapshot(*t->store));
            QVERIFY2(diff.empty(), diff.c_str());
            QCOMPARE(t->store->outbox()->size(), std::size_t{0});
            QCOMPARE(t->store->rejections()->size(), std::size_t{0});
            QCOMPARE(copies(*t->store), copies(*fresh.store));
        }
        QCOMPARE(copies(*fresh.store).size(), std::size_t{1}); // the same copy, on the server

        // Every note written after the backup is there, with its text; the signature too.
        QCOMPARE(body(fresh, annaAfter), std::string("Anna efter säkerhetskopian."));
        QCOMPARE(body(fresh, boAfter),
                 std::string("Bo efter säkerhetskopian. Anna lade till något."));
        QCOMPARE(body(fresh, annaUnsent), std::string("Anna skrev, aldrig skickat."));
        QCOMPARE(body(fresh, boUnsent), std::string("Bo skrev, aldrig skickat."));
        QCOMPARE(body(fresh, early[2]), std::string("Anna ändrade efter säkerhetskopian."));
        QCOMPARE(body(fresh, early[4]), std::string("Bo ändrade Annas anteckning."));
        QCOMPARE(body(fresh, early[6]), std::string("Anna ändrade, aldrig skickat."));
        QCOMPARE((*fresh.store->get("note", annaAfter))->text("status"), std::string("signed"));
        QCOMPARE((*fresh.store->get("note", early[0]))->text("status"), std::string("signed"));
        QCOMPARE(body(fresh, annaAfter2), std::string("Anna skrev och skickade."));
        QCOMPARE((*fresh.store->get("note", annaAfter2))->text("status"), std::string("signed"));
        for (const std::string &id : duringBackup)
            QVERIFY2(body(fresh, id).starts_with("Cecilia under "), id.c_str());

        // No version twice in the server's log.
        QCOMPARE(restored.database().scalar(
                     "SELECT count(*) FROM (SELECT 1 FROM log GROUP BY entity, entity_id, field, "
                     "hlc, device HAVING count(*) > 1) AS twice"),
                 0LL);
        // Every access-log entry of every tablet is in the server's audit log, once.
        for (Tablet *t : {&a, &b, &c}) {
            const std::string device = std::to_string(t->store->deviceId());
            QCOMPARE(restored.database().scalar(
                         "SELECT count(*) FROM audit WHERE device_seq IS NOT NULL AND device = " +
                         device),
                     static_cast<long long>(t->store->auditLog()->size()));
        }
    }
};

QTEST_GUILESS_MAIN(TstRestoreDrill)
#include "tst_restoredrill.moc"
