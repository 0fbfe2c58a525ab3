// Resolving a conflict copy, between two real stores on real files exchanging their deltas
// through the real merge (Store::applyRemote): the resolution is an ordinary delta that
// resolves the conflict on both devices without raising a new copy, while an edit written
// without seeing it is still kept as a copy; nothing a person wrote is lost.

#include "storetestutil.h"

#include <QTemporaryDir>
#include <QTest>

#include <set>

using namespace lykta;
using namespace lykta::store;
using namespace lykta::store::test;

namespace {

const Actor kOther{"staff-2", "unit-1"};

const std::string kTextA = "A: Mamma berättar att hon är inlagd igen.";
const std::string kTextB = "B: Barnet vill veta mer om sjukdomen.";

std::vector<sync::Delta> pending(Store &store)
{
    auto deltas = store.outbox();
    return deltas ? *deltas : std::vector<sync::Delta>{};
}

std::string body(Store &store, const std::string &id)
{
    auto record = store.get("note", id);
    return record && *record ? (*record)->text("body") : "<missing>";
}

std::vector<std::string> copyTexts(Store &store, const std::string &id)
{
    std::vector<std::string> texts;
    const auto copies = store.conflicts("note", id); // held: the loop reads into it
    for (const ConflictEntry &c : *copies) {
        const auto *text = std::get_if<std::string>(&c.copy.value);
        texts.push_back(text ? *text : "<not text>");
    }
    return texts;
}

Change edit(const std::string &id, const std::string &field, sync::Value value)
{
    return {ChangeKind::Update, "note", id, {{field, std::move(value)}}};
}

ConflictKey keyOf(const ConflictEntry &c)
{
    return {c.entity, c.entityId, c.field, c.copy.hlc};
}

} // namespace

class TestResolve : public QObject
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_dir.isValid()); }

    // A keeps B's text, whichever of the two the merge made current.
    void keepingTheOtherTextResolvesOnBothDevices()
    {
        auto [a, b, id] = conflicted();
        const ConflictEntry copy = a->conflicts("note", id)->front();
        // Both versions are there to show, each with its writer.
        QCOMPARE(copy.current.value, sync::Value(body(*a, id)));
        QVERIFY(copy.current.hlc > copy.copy.hlc);
        const std::set<std::string> writers{copy.current.author, copy.copy.author};
        QCOMPARE(writers, (std::set<std::string>{kActor.staffId, kOther.staffId}));
        QVERIFY(a->resolveConflict(kActor, keyOf(copy), kTextB));
        QCOMPARE(body(*a, id), kTextB);
        QVERIFY(a->conflicts()->empty());

        const auto resolution = pending(*a);
        QCOMPARE(resolution.size(), std::size_t{1});
        QCOMPARE(resolution.front().seen, std::vector<sync::Hlc>{copy.copy.hlc});
        auto atB = exchange(*a, *b);
        QCOMPARE(atB.conflicts, std::size_t{0});
        QCOMPARE(atB.resolved, std::size_t{1});
        QCOMPARE(body(*b, id), kTextB);
        QVERIFY(b->conflicts()->empty());
        QVERIFY(a->conflicts()->empty());
    }

    // Each of the three choices, on each device: the chosen text on both, no copy left, and a
    // replay of the resolution changes nothing.
    void eachChoiceConvergesWithoutANewCopy_data()
    {
        QTest::addColumn<QString>("choice");
        QTest::addColumn<bool>("atB");
        for (const bool atB : {false, true}) {
            for (const char *choice : {"current", "copy", "merged"})
                QTest::addRow("%s at %s", choice, atB ? "B" : "A") << choice << atB;
        }
    }
    void eachChoiceConvergesWithoutANewCopy()
    {
        QFETCH(QString, choice);
        QFETCH(bool, atB);
        auto [a, b, id] = conflicted();
        Store &resolver = atB ? *b : *a;
        Store &other = atB ? *a : *b;
        const ConflictEntry copy = resolver.conflicts("note", id)->front();
        const std::string merged = kTextA + "\n" + kTextB;
        const std::string chosen = choice == "current" ? body(resolver, id)
                                   : choice == "copy"  ? std::get<std::string>(copy.copy.value)
                                                       : merged;
        auto written = resolver.resolveConflict(atB ? kOther : kActor, keyOf(copy), chosen);
        QVERIFY2(written, written ? "" : written.error().detail.c_str());
        QCOMPARE(written->deltas, std::size_t{1}); // even when the text stays the same

        const auto page = pending(resolver);
        exchange(*a, *b);
        QCOMPARE(body(*a, id), chosen);
        QCOMPARE(body(*b, id), chosen);
        QVERIFY(a->conflicts()->empty());
        QVERIFY(b->conflicts()->empty());
        auto again = other.applyRemote(page, 99);
        QVERIFY(again);
        QCOMPARE(again->duplicates, page.size());
        QVERIFY(other.conflicts()->empty());
    }

    // B edits on without having seen A's resolution: that edit is concurrent with it and is
    // kept as a conflict copy on both devices; every text survives.
    void anEditMadeWithoutSeeingTheResolutionIsKept()
    {
        auto [a, b, id] = conflicted();
        const ConflictEntry copy = a->conflicts("note", id)->front();
        QVERIFY(a->resolveConflict(kActor, keyOf(copy), kTextB));
        const std::string later = kTextB + " Hon vill träffa en sjuksköterska.";
        QVERIFY(b->write(kOther, edit(id, "body", later)));
        exchange(*a, *b);

        QCOMPARE(body(*a, id), body(*b, id));
        QCOMPARE(copyTexts(*a, id), copyTexts(*b, id));
        QCOMPARE(copyTexts(*a, id).size(), std::size_t{1});
        QCOMPARE(copyTexts(*b, id).size(), std::size_t{1});
        const std::set<std::string> seen{body(*a, id), copyTexts(*a, id).front()};
        QCOMPARE(seen, (std::set<std::string>{kTextB, later}));
        QVERIFY(a->conflicts("note", id)->front().copy.hlc != copy.copy.hlc);

        // That conflict resolves like the first.
        const ConflictEntry second = b->conflicts("note", id)->front();
        QVERIFY(b->resolveConflict(kOther, keyOf(second), later));
        exchange(*a, *b);
        QCOMPARE(body(*a, id), later);
        QCOMPARE(body(*b, id), later);
        QVERIFY(a->conflicts()->empty() && b->conflicts()->empty());
    }

    // Unknown, already resolved (here or by the other device), not long text, or signed:
    // a clear error, and nothing written.
    void resolvingWhatIsNotThereIsAnError()
    {
        auto [a, b, id] = conflicted();
        const ConflictEntry copy = a->conflicts("note", id)->front();
        const std::size_t outboxBefore = pending(*a).size();

        ConflictKey unknown = keyOf(copy);
        unknown.copy.wallMs += 1;
        auto r1 = a->resolveConflict(kActor, unknown, kTextA);
        QVERIFY(!r1);
        QCOMPARE(r1.error().code, StoreErrc::NotFound);
        QVERIFY(!a->resolveConflict(kActor, ConflictKey{}, kTextA));
        ConflictKey otherRecord = keyOf(copy);
        otherRecord.entityId = "0190f000-0000-7000-8000-00000000beef";
        QCOMPARE(a->resolveConflict(kActor, otherRecord, kTextA).error().code, StoreErrc::NotFound);
        ConflictKey plain = keyOf(copy);
        plain.field = "status";
        QCOMPARE(a->resolveConflict(kActor, plain, std::string("draft")).error().code,
                 StoreErrc::WrongType);
        QCOMPARE(pending(*a).size(), outboxBefore);
        QCOMPARE(a->conflicts()->size(), std::size_t{1});
        QCOMPARE(body(*a, id), body(*b, id));

        // Resolved at B and pulled here: the copy is gone, resolving it again is an error.
        const ConflictEntry copyAtB = b->conflicts("note", id)->front();
        QVERIFY(b->resolveConflict(kOther, keyOf(copyAtB), kTextA));
        QVERIFY(a->applyRemote(pending(*b), 50));
        QCOMPARE(a->resolveConflict(kActor, keyOf(copy), kTextB).error().code, StoreErrc::NotFound);
        QCOMPARE(b->resolveConflict(kOther, keyOf(copyAtB), kTextB).error().code,
                 StoreErrc::NotFound);
        QCOMPARE(body(*a, id), kTextA);
    }

    // A signed note never changes, so its copy cannot be resolved by a write; it stays
    // readable and the note is corrected with an amendment.
    void aSignedNoteKeepsItsCopy()
    {
        auto [a, b, id] = conflicted();
        QVERIFY(a->write(kActor, edit(id, "status", std::string("signed"))));
        const ConflictEntry copy = a->conflicts("note", id)->front();
        auto r = a->resolveConflict(kActor, keyOf(copy), kTextA);
        QVERIFY(!r);
        QCOMPARE(r.error().code, StoreErrc::SignedImmutable);
        QCOMPARE(a->conflicts()->size(), std::size_t{1});
    }

private:
    struct Pair
    {
        std::unique_ptr<Store> a;
        std::unique_ptr<Store> b;
        std::string id;
    };

    // Two devices holding the same note, both edited offline and exchanged: one conflict
    // copy on each, the same on both.
    Pair conflicted()
    {
        Pair p{open(), open(), {}};
        createUnit(*p.a);
        p.id = p.a->write(kActor, newNote("Gemensam början"))->ids.front();
        exchange(*p.a, *p.b);
        [&] {
            QVERIFY(p.a->write(kActor, edit(p.id, "body", kTextA)));
            QVERIFY(p.b->write(kOther, edit(p.id, "body", kTextB)));
        }();
        exchange(*p.a, *p.b);
        [&] {
            QCOMPARE(p.a->conflicts("note", p.id)->size(), std::size_t{1});
            QCOMPARE(p.b->conflicts("note", p.id)->size(), std::size_t{1});
            QCOMPARE(body(*p.a, p.id), body(*p.b, p.id));
        }();
        return p;
    }

    // Both push (everything accepted) and pull the other's deltas, as through a server.
    // Returns what B took in.
    RemoteApplyReport exchange(Store &a, Store &b)
    {
        const auto fromA = pending(a);
        const auto fromB = pending(b);
        ++m_cursor;
        auto atB = b.applyRemote(fromA, m_cursor);
        auto atA = a.applyRemote(fromB, m_cursor);
        if (!atA || !atB || !a.acknowledge(accepted(fromA)) || !b.acknowledge(accepted(fromB)))
            qFatal("exchanging deltas failed");
        return *atB;
    }

    static sync::PushResponse accepted(const std::vector<sync::Delta> &deltas)
    {
        sync::PushResponse response;
        for (const auto &d : deltas)
            response.accepted.push_back(d.id);
        return response;
    }

    std::unique_ptr<Store> open()
    {
        return openStore(m_dir.filePath(QString("resolve-%1.db").arg(m_n++)).toStdString());
    }

    QTemporaryDir m_dir;
    int m_n = 0;
    std::uint64_t m_cursor = 0;
};

QTEST_GUILESS_MAIN(TestResolve)
#include "tst_resolve.moc"
