// The store's side of sync, between real stores on real files: a pulled page goes in whole
// with its cursor or not at all, never echoes into the outbox, and a replay changes nothing;
// concurrent text edits leave a visible conflict copy; the server's answer to a push empties
// the outbox and keeps a refused edit readable.

#include "storeinspector.h"
#include "storetestutil.h"
#include "sync/core/merge.h"
#include "sync/core/uuid.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <map>
#include <set>
#include <thread>

using namespace lykta;
using namespace lykta::store;
using namespace lykta::store::test;
using namespace std::chrono_literals;

namespace {

const Actor kOther{"staff-2", "unit-1"};

std::vector<sync::Delta> pending(Store &store)
{
    auto deltas = store.outbox();
    return deltas ? *deltas : std::vector<sync::Delta>{};
}

std::string text(Store &store, std::string_view entity, std::string_view id, const char *field)
{
    auto record = store.get(entity, id);
    if (!record || !*record)
        return "<missing>";
    return (*record)->text(field);
}

// Everything a person could see of the store's records, in a stable order.
std::string contents(Store &store)
{
    std::string out;
    for (const auto &def : store.catalog().entities()) {
        auto records = store.list(def.name);
        for (const auto &r : *records) {
            out += def.name + "/" + r.id + ":";
            for (const auto &[name, value] : r.fields)
                out += name + "=" + show(value) + ";";
            out += "\n";
        }
    }
    const auto conflicts = store.conflicts(); // kept: the loop below reads into it
    for (const auto &c : *conflicts)
        out += "conflict:" + c.entityId + "." + c.field + "=" + show(c.copy.value);
    return out;
}

Change edit(const std::string &id, const std::string &field, sync::Value value)
{
    return {ChangeKind::Update, "note", id, {{field, std::move(value)}}};
}

// The record as the server would hold it after taking `deltas` in order (the last write of each
// field wins here: the tests below build histories without concurrency on the server).
sync::StateRecord stateOf(const std::string &entity, const std::string &id,
                          const std::vector<sync::Delta> &deltas)
{
    std::map<std::string, sync::StateField> fields;
    for (const sync::Delta &d : deltas)
        if (d.entity == entity && d.entityId == id)
            fields[d.field] = {d.field, {d.value, d.hlc, d.base, d.author, {}}, d.id};
    sync::StateRecord record{entity, id, {}};
    for (auto &[name, f] : fields)
        record.fields.push_back(std::move(f));
    return record;
}

sync::StateField *fieldOf(sync::StateRecord &record, std::string_view name)
{
    for (auto &f : record.fields)
        if (f.name == name)
            return &f;
    return nullptr;
}

} // namespace

class TestStoreSync : public QObject
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_dir.isValid()); }

    void pulledPageAppliesWithoutEchoAndMovesTheCursor()
    {
        auto a = open();
        auto b = open();
        createUnit(*a);
        const auto id = a->write(kActor, newNote("Barnet berättar om skolan."))->ids.front();
        const auto page = pending(*a);

        auto report = b->applyRemote(page, 42);
        QVERIFY2(report, report ? "" : report.error().detail.c_str());
        QCOMPARE(report->applied, page.size());
        QCOMPARE(text(*b, "note", id, "body"), std::string("Barnet berättar om skolan."));
        QCOMPARE(text(*b, "note", id, "status"), std::string("draft"));
        QCOMPARE(pending(*b).size(), std::size_t{0}); // no echo
        QCOMPARE(*b->pullCursor(), std::uint64_t{42});
        QCOMPARE(contents(*b), contents(*a));
    }

    void replayingAPageOrOwnDeltasChangesNothing()
    {
        auto a = open();
        auto b = open();
        createUnit(*a);
        const auto id = a->write(kActor, newNote("Första versionen"))->ids.front();
        QVERIFY(a->write(kActor, edit(id, "body", std::string("Andra versionen"))));
        const auto page = pending(*a);
        QVERIFY(b->applyRemote(page, 10));
        const std::string once = contents(*b);

        auto again = b->applyRemote(page, 10);
        QVERIFY(again);
        QCOMPARE(again->applied, std::size_t{0});
        QCOMPARE(again->duplicates, page.size());
        QCOMPARE(again->records, std::size_t{0});
        QCOMPARE(contents(*b), once);

        // A's own deltas coming back from the server.
        const std::string before = contents(*a);
        auto own = a->applyRemote(page, 10);
        QVERIFY(own);
        QCOMPARE(own->duplicates, page.size());
        QCOMPARE(contents(*a), before);
        QCOMPARE(pending(*a).size(), page.size());
    }

    void pageAndCursorCommitTogetherOrNotAtAll()
    {
        auto a = open();
        auto b = open();
        createUnit(*a);
        QVERIFY(a->write(kActor, newNote("Den här kommer först")));
        const auto failing = a->write(kActor, newNote("Den här går inte att spara"))->ids.front();
        const auto page = pending(*a);

        // A fault in the middle of the page (a disk error, say), injected as a trigger.
        QVERIFY(StoreInspector::database(*b).exec(
            "CREATE TRIGGER inject BEFORE INSERT ON note WHEN NEW.id = '" + failing +
            "' BEGIN SELECT RAISE(ABORT, 'injected'); END"));
        QVERIFY(!b->applyRemote(page, 7));
        QCOMPARE(b->list("note")->size(), std::size_t{0});
        QCOMPARE(*b->pullCursor(), std::uint64_t{0});

        // Retried once the fault is gone, the whole page goes in: the ledger did not advance.
        QVERIFY(StoreInspector::database(*b).exec("DROP TRIGGER inject"));
        auto retried = b->applyRemote(page, 7);
        QVERIFY(retried);
        QCOMPARE(retried->applied, page.size());
        QCOMPARE(b->list("note")->size(), std::size_t{2});
        QCOMPARE(*b->pullCursor(), std::uint64_t{7});
    }

    void concurrentTextEditsKeepAVisibleConflictCopyOnBoth()
    {
        auto a = open();
        auto b = open();
        createUnit(*a);
        const auto id = a->write(kActor, newNote("Gemensam början"))->ids.front();
        QVERIFY(b->applyRemote(pending(*a), 1));
        QVERIFY(a->acknowledge(acceptAll(*a)));

        // Both edit the same text offline.
        QVERIFY(a->write(kActor, edit(id, "body", std::string("A:s version av samtalet"))));
        QVERIFY(b->write(kOther, edit(id, "body", std::string("B:s version av samtalet"))));
        const auto fromA = pending(*a);
        const auto fromB = pending(*b);
        auto atB = b->applyRemote(fromA, 2);
        auto atA = a->applyRemote(fromB, 2);
        QVERIFY(atA && atB);
        QCOMPARE(atA->conflicts + atB->conflicts, std::size_t{2});

        QCOMPARE(text(*a, "note", id, "body"), text(*b, "note", id, "body"));
        const auto copiesA = *a->conflicts("note", id);
        const auto copiesB = *b->conflicts("note", id);
        QCOMPARE(copiesA.size(), std::size_t{1});
        QCOMPARE(copiesB.size(), std::size_t{1});
        QCOMPARE(copiesA.front().copy, copiesB.front().copy);
        // Neither text is lost: one is current, the other the copy, with its writer.
        const std::set<std::string> texts{text(*a, "note", id, "body"),
                                          std::get<std::string>(copiesA.front().copy.value)};
        QCOMPARE(texts,
                 (std::set<std::string>{"A:s version av samtalet", "B:s version av samtalet"}));
        QVERIFY(!copiesA.front().copy.author.empty());
    }

    void remoteTombstoneWinsOverOlderEditsAndLosesToNewerOnes()
    {
        auto a = open();
        auto b = open();
        createUnit(*a);
        const auto id = a->write(kActor, newNote("Ska tas bort"))->ids.front();
        QVERIFY(b->applyRemote(pending(*a), 1));
        QVERIFY(a->acknowledge(acceptAll(*a)));

        QVERIFY(b->write(kOther, edit(id, "kind", std::string("group")))); // older edit
        QVERIFY(a->write(kActor, Change{ChangeKind::Delete, "note", id, {}}));
        QVERIFY(b->applyRemote(pending(*a), 2));
        QCOMPARE(b->list("note")->size(), std::size_t{0});
        // The older edit to another field stays under the tombstone, not lost.
        QCOMPARE(text(*b, "note", id, "kind"), std::string("group"));
    }

    void clockFarBehindRefusesThePageUntilFixedThenOrdersAfterIt()
    {
        std::atomic<std::int64_t> wrongBy{-48 * 3600 * 1000LL}; // 48 h behind
        auto a = open();
        auto b = open([&] { return sync::HlcClock::systemMilliseconds() + wrongBy.load(); });
        createUnit(*a);
        const auto id = a->write(kActor, newNote("Skrivet med rätt klocka"))->ids.front();
        const auto page = pending(*a);

        auto refused = b->applyRemote(page, 5);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, StoreErrc::ClockSkew);
        QCOMPARE(b->list("note")->size(), std::size_t{0});
        QCOMPARE(*b->pullCursor(), std::uint64_t{0});

        // Two hours behind is within the bound: the page applies, and B's next edit orders
        // after A's, so it wins everywhere although B's wall clock is still behind.
        wrongBy = -2 * 3600 * 1000LL;
        QVERIFY(b->applyRemote(page, 5));
        QVERIFY(b->write(kOther, edit(id, "kind", std::string("group"))));
        QVERIFY(b->lastHlc() > page.back().hlc);
        QVERIFY(a->applyRemote(pending(*b), 6));
        QCOMPARE(text(*a, "note", id, "kind"), std::string("group"));
    }

    void acknowledgementEmptiesTheOutboxAndKeepsARefusedEdit()
    {
        auto a = open();
        createUnit(*a);
        const auto id = a->write(kActor, newNote("Signerad på servern"))->ids.front();
        QVERIFY(a->acknowledge(acceptAll(*a)));
        QCOMPARE(pending(*a).size(), std::size_t{0});

        // The server's value of `body`, written before this device's edit reached it.
        QVERIFY(a->write(kActor, edit(id, "body", std::string("Min sena ändring"))));
        QVERIFY(a->write(kActor, edit(id, "kind", std::string("group"))));
        const auto outbox = pending(*a);
        QCOMPARE(outbox.size(), std::size_t{2});
        sync::Delta server = outbox.front();
        server.id = {77, 3};
        server.value = std::string("Serverns signerade text");
        server.hlc = sync::Hlc{outbox.front().hlc.wallMs - 5, 0, 77};
        server.author = "staff-9";

        sync::PushResponse response;
        response.rejected = {{outbox[0].id, sync::RejectReason::SignedImmutable, "signed", server},
                             {outbox[1].id, sync::RejectReason::OutOfOrder, "", std::nullopt}};
        QVERIFY(a->acknowledge(response));

        // The record shows what every other replica holds; the refused text is kept, with why.
        QCOMPARE(text(*a, "note", id, "body"), std::string("Serverns signerade text"));
        const auto refused = *a->rejections();
        QCOMPARE(refused.size(), std::size_t{1});
        QCOMPARE(std::get<std::string>(refused.front().value), std::string("Min sena ändring"));
        QCOMPARE(refused.front().reason, sync::RejectReason::SignedImmutable);
        // The transient refusal stays to be pushed again.
        const auto left = pending(*a);
        QCOMPARE(left.size(), std::size_t{1});
        QCOMPARE(left.front().id, outbox[1].id);

        // A replayed answer changes nothing.
        QVERIFY(a->acknowledge(response));
        QCOMPARE(a->rejections()->size(), std::size_t{1});
        QCOMPARE(pending(*a).size(), std::size_t{1});
    }

    // The server answered from another copy of its database (restored from a backup): the
    // store queues again what this device wrote last and the copy may have lost, ahead of its
    // unsent work and under counters never used, then pulls and sends its access log afresh.
    void aRestoredServerGetsThisDevicesWorkAgainAheadOfTheOutbox()
    {
        auto a = open();
        auto b = open();
        createUnit(*a);
        const auto mine = a->write(kActor, newNote("Skickad och kvitterad."))->ids.front();
        QVERIFY(b->applyRemote(pending(*a), 1));
        QVERIFY(a->acknowledge(acceptAll(*a)));
        QVERIFY(a->markAuditSent(a->auditLog()->back().seq));
        // A colleague's note, pulled: not this device's to send.
        const auto theirs = b->write(kOther, newNote("Kollegans anteckning."))->ids.front();
        QVERIFY(a->applyRemote(pending(*b), 9));
        QVERIFY(a->write(kActor, edit(mine, "status", std::string("signed"))));
        const auto unsent = pending(*a);
        QCOMPARE(unsent.size(), std::size_t{1});
        const std::uint64_t lastCounter = unsent.back().id.counter;

        // The first epoch heard of is kept; hearing it again changes nothing.
        QCOMPARE(a->noteServerEpoch("epoch-1", kActor.staffId)->restored, false);
        QCOMPARE(a->noteServerEpoch("epoch-1", kActor.staffId)->restored, false);
        QVERIFY(!a->resumeEpoch()->has_value());
        QCOMPARE(pending(*a).size(), std::size_t{1});

        const auto note = a->noteServerEpoch("epoch-2", kActor.staffId);
        QVERIFY2(note, note ? "" : note.error().detail.c_str());
        QVERIFY(note->restored);
        QCOMPARE(note->moved, std::size_t{1});
        const auto outbox = pending(*a);
        QCOMPARE(outbox.size(), note->requeued + 1);
        // Every field of the unit and the note this device wrote, except the one still unsent
        // (its newer value goes last), none of the colleague's.
        std::set<std::string> fields;
        for (std::size_t i = 0; i + 1 < outbox.size(); ++i) {
            const sync::Delta &d = outbox[i];
            QVERIFY(d.entityId != theirs);
            QCOMPARE(d.author, kActor.staffId);
            QCOMPARE(d.id.counter, lastCounter + 1 + i); // above every counter used before
            if (i > 0)
                QVERIFY(!(d.hlc < outbox[i - 1].hlc)); // oldest first
            if (d.entityId == mine)
                fields.insert(d.field);
        }
        QVERIFY(fields.count("body") && fields.count("unit_id") && !fields.count("status"));
        QCOMPARE(outbox.back().field, std::string("status"));
        QCOMPARE(outbox.back().hlc, unsent.back().hlc);
        QCOMPARE(outbox.back().id.counter, lastCounter + outbox.size());
        QCOMPARE(*a->pullCursor(), std::uint64_t{0});
        QCOMPARE(a->unsentAudit(SIZE_MAX)->size(), a->auditLog()->size());
        QCOMPARE(a->resumeEpoch()->value_or(""), std::string("epoch-2"));

        // The server takes a push after it: no longer resuming; a new write follows on.
        sync::PushResponse taken;
        taken.accepted = {outbox.front().id};
        QVERIFY(a->acknowledge(taken));
        QVERIFY(!a->resumeEpoch()->has_value());
        QVERIFY(a->write(kActor, edit(mine, "kind", std::string("group"))).error().code ==
                StoreErrc::SignedImmutable);
        const auto written = a->write(kActor, newNote("Ny efter återställningen."));
        QVERIFY(written);
        const auto now = pending(*a);
        QCOMPARE(now[now.size() - written->deltas].id.counter, lastCounter + outbox.size() + 1);

        // Nothing to send as no one: a device with work refuses an empty author, unchanged.
        auto c = open();
        createUnit(*c);
        QVERIFY(c->noteServerEpoch("epoch-1", kActor.staffId));
        QVERIFY(c->acknowledge(acceptAll(*c)));
        QVERIFY(!c->noteServerEpoch("epoch-2", ""));
        QCOMPARE(pending(*c).size(), std::size_t{0});
        QVERIFY(!c->resumeEpoch()->has_value());
    }

    void pulledChangeAcceptedBeforeASignatureApplies()
    {
        // The server's order is the order of record: a change it accepted before this
        // device's signature must apply here too, although local edits of a signed note
        // stay refused.
        auto a = open();
        auto b = open();
        createUnit(*a);
        const auto id = a->write(kActor, newNote("Utkast"))->ids.front();
        QVERIFY(b->applyRemote(pending(*a), 1));
        QVERIFY(a->acknowledge(acceptAll(*a)));
        QVERIFY(a->write(kActor, edit(id, "body", std::string("Kompletterat av A"))));
        QVERIFY(b->write(kOther, edit(id, "status", std::string("signed"))));

        QVERIFY(b->applyRemote(pending(*a), 2));
        QCOMPARE(text(*b, "note", id, "body"), std::string("Kompletterat av A"));
        auto local = b->write(kOther, edit(id, "body", std::string("Efter signering")));
        QVERIFY(!local);
        QCOMPARE(local.error().code, StoreErrc::SignedImmutable);
    }

    void twoConnectionsToOneFileNeverReuseATimestampOrDeltaId()
    {
        // The app writes on one connection while the sync worker applies pages on another.
        const std::string path = m_dir.filePath("shared.db").toStdString();
        auto ui = openStore(path);
        auto worker = openStore(path);
        auto remote = open([] { return sync::HlcClock::systemMilliseconds() + 3'600'000; });
        createUnit(*ui);
        const auto id = ui->write(kActor, newNote("Skrivet i appen"))->ids.front();
        QVERIFY(remote->applyRemote(pending(*ui), 1));
        QVERIFY(remote->write(kOther, edit(id, "kind", std::string("group")))); // an hour ahead

        QVERIFY(worker->applyRemote(pending(*remote), 2));
        auto uiEdit = ui->write(kActor, edit(id, "kind", std::string("case")));
        QVERIFY2(uiEdit, uiEdit ? "" : uiEdit.error().detail.c_str());
        QVERIFY(worker->write(kActor, edit(id, "status", std::string("draft-2"))));
        QVERIFY(ui->write(kActor, edit(id, "body", std::string("Efter synken"))));

        const auto outbox = pending(*ui);
        // The edit after the pull orders after the pulled one, so it wins everywhere.
        const auto kindEdit = std::find_if(outbox.rbegin(), outbox.rend(),
                                           [](const auto &d) { return d.field == "kind"; });
        QVERIFY(kindEdit != outbox.rend());
        QVERIFY(kindEdit->hlc > pending(*remote).back().hlc);
        // Delta ids stay unique and gap-free across both connections.
        for (std::size_t i = 0; i < outbox.size(); ++i)
            QCOMPARE(outbox[i].id.counter, std::uint64_t(i + 1));
        QVERIFY(remote->applyRemote(outbox, 3));
        QCOMPARE(text(*remote, "note", id, "kind"), std::string("case"));
    }

    void unknownEntityFromANewerVersionIsKeptNotDropped()
    {
        auto b = open();
        sync::Delta future{{99, 1},
                           "future_thing",
                           sync::newUuidV7(),
                           "colour",
                           std::string("blå"),
                           {sync::HlcClock::systemMilliseconds(), 0, 99},
                           "staff-9",
                           {}};
        auto report = b->applyRemote(std::vector<sync::Delta>{future}, 3);
        QVERIFY(report);
        QCOMPARE(report->unknown, std::size_t{1});
        Statement count(StoreInspector::database(*b).handle(),
                        "SELECT count(*) FROM remote_unknown");
        QCOMPARE(count.step(), SQLITE_ROW);
        QCOMPARE(count.integer(0), std::int64_t{1});
        QCOMPARE(*b->pullCursor(), std::uint64_t{3});
    }

    // A first sync from the server's state: each field takes the server's value, timestamps and
    // conflict copies (one the tablet held and the server's resolution removed goes), the
    // tablet's unsent edit is merged on top as the server will merge it, the cursor and the
    // end of the state sync commit with the page, and later deltas of a writer the page named
    // are not taken twice.
    void aStatePageTakesTheServersStateAndMergesUnsentEditsOnTop()
    {
        auto colleague = open();
        auto tablet = open();
        createUnit(*colleague);
        const auto id = colleague->write(kOther, newNote("Första versionen"))->ids.front();
        const auto created = pending(*colleague);
        QVERIFY(colleague->acknowledge(acceptAll(*colleague)));
        QVERIFY(tablet->applyRemote(created, 1));
        QCOMPARE(*tablet->pullsState(), false);

        // The tablet edits the body offline; meanwhile the colleague edits it and the status.
        QVERIFY(tablet->write(kActor, edit(id, "body", std::string("Min text"))));
        std::this_thread::sleep_for(2ms);
        QVERIFY(colleague->write(kOther, {ChangeKind::Update,
                                          "note",
                                          id,
                                          {{"body", std::string("Kollegans text")},
                                           {"status", std::string("review")}}}));
        auto all = created;
        const auto later = pending(*colleague);
        all.insert(all.end(), later.begin(), later.end());
        sync::StateRecord note = stateOf("note", id, all);
        // The server also holds an older concurrent text as a copy the tablet never saw.
        sync::StateField *body = fieldOf(note, "body");
        QVERIFY(body);
        const sync::ConflictCopy older{std::string("En tredje text"),
                                       {body->state.base.wallMs, 1, 77},
                                       body->state.base,
                                       "staff-3"};
        body->state.conflicts.push_back(older);

        // Pulled again from 0 (as after a restore of the server): two pages.
        QVERIFY(StoreInspector::database(*tablet).exec(
            "DELETE FROM sync_meta WHERE key = 'pull_cursor'"));
        QCOMPARE(*tablet->pullsState(), true);
        auto first = tablet->applyState({5, true, 0, {note}});
        QVERIFY2(first, first ? "" : first.error().detail.c_str());
        QCOMPARE(*tablet->pullCursor(), std::uint64_t{5});
        QCOMPARE(*tablet->pullsState(), true); // more pages follow
        QVERIFY(tablet->applyState({8, false, 0, {}}));
        QCOMPARE(*tablet->pullCursor(), std::uint64_t{8});
        QCOMPARE(*tablet->pullsState(), false);

        QCOMPARE(text(*tablet, "note", id, "body"), std::string("Kollegans text"));
        QCOMPARE(text(*tablet, "note", id, "status"), std::string("review"));
        const auto copiesOf = [&] {
            std::set<std::string> out;
            const auto held = tablet->conflicts("note", id);
            for (const auto &c : *held)
                out.insert(show(c.copy.value));
            return out;
        };
        auto copies = copiesOf();
        // The server's copy, and the tablet's own text that lost (still to be sent).
        QCOMPARE(copies, (std::set<std::string>{"\"En tredje text\"", "\"Min text\""}));
        QCOMPARE(pending(*tablet).size(), std::size_t{1});

        // The same page again changes nothing a person sees.
        const std::string before = contents(*tablet);
        QVERIFY(tablet->applyState({8, false, 0, {note}}));
        QCOMPARE(contents(*tablet), before);

        // A delta of the colleague's the page covered is not taken again.
        auto replay = tablet->applyRemote(later, 9);
        QVERIFY(replay);
        QCOMPARE(replay->applied, std::size_t{0});
        QCOMPARE(replay->duplicates, later.size());

        // The server resolved the copies: the next state the tablet takes has none but its own.
        body->state.conflicts.clear();
        QVERIFY(tablet->applyState({10, false, 0, {note}}));
        copies = copiesOf();
        QCOMPARE(copies, (std::set<std::string>{"\"Min text\""}));
    }

    // A record the server's retention removed arrives in a state page as its tombstone alone:
    // the tablet lets go of the row.
    void aStatePageCarriesRetentionsRemovals()
    {
        auto colleague = open();
        auto tablet = open();
        createUnit(*colleague);
        const auto id = colleague->write(kOther, newNote("Gallras"))->ids.front();
        QVERIFY(tablet->applyRemote(pending(*colleague), 1));
        QVERIFY(text(*tablet, "note", id, "body") == "Gallras");
        const sync::StateRecord tombstone{"note",
                                          id,
                                          {{std::string(sync::kDeletedField),
                                            {sync::Value(sync::kDeletedPurged),
                                             {sync::HlcClock::systemMilliseconds(), 0, 0},
                                             {},
                                             {},
                                             {}},
                                            {0, 1}}}};
        auto r = tablet->applyState({3, false, 0, {tombstone}});
        QVERIFY(r);
        QCOMPARE(r->purged, std::size_t{1});
        QVERIFY(!*tablet->get("note", id));
    }

    // The server's retention removed a note: its tombstone takes the row, its search text, its
    // conflict copy and the text of this device's unpushed edit, leaving no byte of them in the
    // file; other notes stay, and local code still cannot delete a note.
    void retentionTombstoneLeavesNothingOfTheRecord()
    {
        auto a = open();
        const QString bPath = m_dir.filePath(QString("sync-%1.db").arg(m_n));
        auto b = open();
        createUnit(*a);
        Change dated = newNote("Zyxwvutsrq berättade om mamma.");
        dated.fields.push_back({"event_date", std::string("2026-11-02")}); // indexed by its day
        const auto note = a->write(kActor, dated)->ids.front();
        const auto kept = a->write(kActor, newNote("Kvarstannar i akten."))->ids.front();
        QVERIFY(b->applyRemote(pending(*a), 10));
        QVERIFY(a->write(kActor, edit(note, "body", std::string("Qwertzuiop från A."))));
        QVERIFY(b->write(kOther, edit(note, "body", std::string("Asdfghjkl från B."))));
        QVERIFY(b->applyRemote(pending(*a), 20));
        QCOMPARE(b->conflicts("note", note)->size(), std::size_t{1});
        QCOMPARE(b->search("Qwertzuiop")->size() + b->search("Asdfghjkl")->size(), std::size_t{1});
        const auto waiting = pending(*b);
        QCOMPARE(waiting.size(), std::size_t{1});

        const sync::Delta tombstone{{0, 1},
                                    "note",
                                    note,
                                    std::string(sync::kDeletedField),
                                    sync::Value(sync::kDeletedPurged),
                                    {sync::HlcClock::systemMilliseconds(), 0, 0},
                                    {},
                                    {}};
        auto report = b->applyRemote(std::vector<sync::Delta>{tombstone}, 30);
        QVERIFY2(report, report ? "" : report.error().detail.c_str());
        QCOMPARE(report->purged, std::size_t{1});
        QCOMPARE(text(*b, "note", note, "body"), std::string("<missing>"));
        QCOMPARE(text(*b, "note", kept, "body"), std::string("Kvarstannar i akten."));
        QCOMPARE(b->conflicts("note", note)->size(), std::size_t{0});
        for (const char *word : {"Zyxwvutsrq", "Qwertzuiop", "Asdfghjkl"})
            QVERIFY2(b->search(word)->empty(), word);
        QCOMPARE(b->search("Kvarstannar")->size(), std::size_t{1});
        // The unpushed edit keeps its place in the device's counter sequence, without its text.
        const auto after = pending(*b);
        QCOMPARE(after.size(), std::size_t{1});
        QCOMPARE(after[0].id, waiting[0].id);
        QVERIFY(sync::isNull(after[0].value));
        // Applying it again (a replayed page) changes nothing; local code still cannot delete.
        auto again = b->applyRemote(std::vector<sync::Delta>{tombstone}, 30);
        QVERIFY(again);
        QCOMPARE(again->purged, std::size_t{0});
        const auto refused =
            StoreInspector::database(*b).exec("DELETE FROM note WHERE id = '" + kept + "'");
        QVERIFY(!refused && refused.error().code == StoreErrc::NoHardDelete);
        QCOMPARE(text(*b, "note", kept, "body"), std::string("Kvarstannar i akten."));

        b.reset();
        if (testRunIsEncrypted())
            return; // the bytes below are ciphertext anyway
        QByteArray bytes;
        for (const QString &suffix : {QString(), QString("-wal")}) {
            QFile file(bPath + suffix);
            if (file.open(QIODevice::ReadOnly))
                bytes += file.readAll();
        }
        QVERIFY(bytes.contains("Kvarstannar")); // the scan can see text
        for (const char *word : {"Zyxwvutsrq", "Qwertzuiop", "Asdfghjkl"})
            QVERIFY2(!bytes.contains(word), word);
    }

private:
    std::unique_ptr<Store> open(sync::HlcClock::PhysicalClock clock = {})
    {
        return openStore(m_dir.filePath(QString("sync-%1.db").arg(m_n++)).toStdString(),
                         std::move(clock));
    }

    static sync::PushResponse acceptAll(Store &store)
    {
        sync::PushResponse response;
        for (const auto &d : pending(store))
            response.accepted.push_back(d.id);
        return response;
    }

    QTemporaryDir m_dir;
    int m_n = 0;
};

QTEST_GUILESS_MAIN(TestStoreSync)
#include "tst_sync.moc"
