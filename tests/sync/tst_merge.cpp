#include "sync/core/merge.h"

#include <QtTest>

using namespace lykta::sync;

namespace {

Delta delta(Hlc hlc, Value value, Hlc base = {}, std::string field = "body")
{
    return {{hlc.device, static_cast<std::uint64_t>(hlc.wallMs)},
            "note",
            "0190f000-0000-7000-8000-000000000001",
            std::move(field),
            std::move(value),
            hlc,
            "staff-" + std::to_string(hlc.device),
            base};
}

FieldState apply(FieldState s, const Delta &d, FieldKind kind)
{
    return merge(s, d, kind, false).state;
}

} // namespace

// The merge rule on its own: each case is one sentence of the contract in merge.h.
class TestMerge : public QObject
{
    Q_OBJECT

private slots:
    void plainFieldIsLastWriterWins()
    {
        const Delta older = delta({10, 0, 1}, std::int64_t{1});
        const Delta newer = delta({10, 0, 2}, std::int64_t{2}); // same ms: device breaks the tie
        const FieldState a = apply(apply({}, older, FieldKind::Plain), newer, FieldKind::Plain);
        const FieldState b = apply(apply({}, newer, FieldKind::Plain), older, FieldKind::Plain);
        QCOMPARE(a, b);
        QCOMPARE(std::get<std::int64_t>(a.value), 2);
        QCOMPARE(merge(a, older, FieldKind::Plain, false).result, MergeResult::Lost);
        QVERIFY(!merge(a, older, FieldKind::Plain, false).changed());
    }

    void applyingTwiceChangesNothing()
    {
        for (const FieldKind kind : {FieldKind::Plain, FieldKind::LongText}) {
            const Delta d = delta({10, 0, 1}, std::string("text"));
            const FieldState once = apply({}, d, kind);
            const MergeOutcome again = merge(once, d, kind, false);
            QCOMPARE(again.result, MergeResult::Duplicate);
            QVERIFY(!again.changed());
            QCOMPARE(again.state, once);
        }
    }

    void concurrentLongTextKeepsTheLoserAsAConflictCopy()
    {
        const Delta origin = delta({5, 0, 1}, std::string("v0"));
        const Delta mine = delta({10, 0, 1}, std::string("mine"), origin.hlc);
        const Delta theirs = delta({12, 0, 2}, std::string("theirs"), origin.hlc);
        const FieldState base = apply({}, origin, FieldKind::LongText);

        // Winner arrives second: the displaced current text is kept.
        const MergeOutcome o1 =
            merge(apply(base, mine, FieldKind::LongText), theirs, FieldKind::LongText, false);
        QCOMPARE(o1.result, MergeResult::Applied);
        QVERIFY(o1.conflict && o1.conflict->hlc == mine.hlc && o1.conflict->author == "staff-1");
        // Loser arrives second: the incoming text is kept.
        const MergeOutcome o2 =
            merge(apply(base, theirs, FieldKind::LongText), mine, FieldKind::LongText, false);
        QCOMPARE(o2.result, MergeResult::Lost);
        QVERIFY(o2.conflict && std::get<std::string>(o2.conflict->value) == "mine");
        QCOMPARE(o1.state, o2.state);
        QCOMPARE(std::get<std::string>(o1.state.value), std::string("theirs"));
        QCOMPARE(o1.state.conflicts.size(), std::size_t{1});
    }

    void sequentialEditIsNotAConflict()
    {
        const Delta v1 = delta({5, 0, 1}, std::string("v1"));
        const Delta v2 = delta({9, 0, 2}, std::string("v2"), v1.hlc); // saw v1
        const MergeOutcome o =
            merge(apply({}, v1, FieldKind::LongText), v2, FieldKind::LongText, false);
        QCOMPARE(o.result, MergeResult::Applied);
        QVERIFY(!o.conflict);
        QVERIFY(o.state.conflicts.empty());
        // The replaced version arriving again later is recognised as seen.
        QCOMPARE(merge(o.state, v1, FieldKind::LongText, false).result, MergeResult::Duplicate);
    }

    void anEditBasedOnAConflictCopyResolvesIt()
    {
        const Delta a = delta({10, 0, 1}, std::string("a"));
        const Delta b = delta({11, 0, 2}, std::string("b"));
        FieldState s = apply(apply({}, a, FieldKind::LongText), b, FieldKind::LongText);
        QCOMPARE(s.conflicts.size(), std::size_t{1}); // "a" kept
        // Device 1 never saw "b" and keeps editing its own text.
        const Delta a2 = delta({20, 0, 1}, std::string("a2"), a.hlc);
        const MergeOutcome o = merge(s, a2, FieldKind::LongText, false);
        QCOMPARE(o.resolved, std::vector<Hlc>{a.hlc});
        QVERIFY(o.conflict && o.conflict->hlc == b.hlc); // now "b" is the concurrent loser
        QCOMPARE(o.state.conflicts.size(), std::size_t{1});
        QCOMPARE(std::get<std::string>(o.state.value), std::string("a2"));
    }

    // A person keeps one version (or a merge of both): the resolution is written on top of
    // the current text and names the copy as seen, so it replaces both without a new copy,
    // in either order of arrival, and whatever text it carries.
    void aResolutionReplacesTheCurrentTextAndTheCopy()
    {
        const Delta a = delta({10, 0, 1}, std::string("a"));
        const Delta b = delta({11, 0, 2}, std::string("b"));
        const FieldState s = apply(apply({}, a, FieldKind::LongText), b, FieldKind::LongText);
        QCOMPARE(s.conflicts.size(), std::size_t{1});
        for (const char *text : {"a", "b", "a och b"}) {
            Delta r = delta({30, 0, 1}, std::string(text), b.hlc);
            r.seen = {a.hlc};
            const MergeOutcome o = merge(s, r, FieldKind::LongText, false);
            QCOMPARE(o.result, MergeResult::Applied);
            QVERIFY(!o.conflict);
            QCOMPARE(o.resolved, std::vector<Hlc>{a.hlc});
            QVERIFY(o.state.conflicts.empty());
            QCOMPARE(std::get<std::string>(o.state.value), std::string(text));
            // Written on top of the copy instead, naming the current text as seen: the same.
            Delta flipped = r;
            flipped.base = a.hlc;
            flipped.seen = {b.hlc};
            const MergeOutcome f = merge(s, flipped, FieldKind::LongText, false);
            QVERIFY(!f.conflict);
            QVERIFY(f.state.conflicts.empty());
            // Without `seen` (what one base alone can say) the current text became a copy.
            Delta baseOnly = r;
            baseOnly.base = a.hlc;
            baseOnly.seen.clear();
            const MergeOutcome old = merge(s, baseOnly, FieldKind::LongText, false);
            QVERIFY(old.conflict && old.conflict->hlc == b.hlc);
        }
    }

    // An edit written without seeing the resolution is concurrent with it: whichever wins,
    // the other is kept as a conflict copy, and both orders of arrival agree.
    void anEditConcurrentWithAResolutionIsStillKept()
    {
        const Delta a = delta({10, 0, 1}, std::string("a"));
        const Delta b = delta({11, 0, 2}, std::string("b"));
        const FieldState s = apply(apply({}, a, FieldKind::LongText), b, FieldKind::LongText);
        Delta r = delta({30, 0, 1}, std::string("b"), b.hlc);
        r.seen = {a.hlc};
        for (const Hlc edited : {Hlc{29, 0, 2}, Hlc{31, 0, 2}}) {
            const Delta e = delta(edited, std::string("b, och mer"), b.hlc); // B edits on
            const FieldState re = apply(apply(s, r, FieldKind::LongText), e, FieldKind::LongText);
            const FieldState er = apply(apply(s, e, FieldKind::LongText), r, FieldKind::LongText);
            QCOMPARE(re, er);
            QCOMPARE(re.conflicts.size(), std::size_t{1}); // "a" resolved, the loser kept
            const Delta &winner = edited > r.hlc ? e : r;
            const Delta &loser = edited > r.hlc ? r : e;
            QCOMPARE(re.hlc, winner.hlc);
            QCOMPARE(re.conflicts[0].hlc, loser.hlc);
            QCOMPARE(re.conflicts[0].value, loser.value);
        }
    }

    void signedRecordRejectsChanges()
    {
        const Delta d = delta({10, 0, 1}, std::string("x"));
        const FieldState s = apply({}, d, FieldKind::LongText);
        const MergeOutcome o =
            merge(s, delta({11, 0, 2}, std::string("y"), d.hlc), FieldKind::LongText, true);
        QCOMPARE(o.result, MergeResult::Rejected);
        QCOMPARE(o.reason, RejectReason::SignedImmutable);
        QCOMPARE(o.state, s);
        // Replaying what is already there is not a change, so not a rejection.
        QCOMPARE(merge(s, d, FieldKind::LongText, true).result, MergeResult::Duplicate);
        QVERIFY(isSignedStatus(std::string("signed")));
        QVERIFY(!isSignedStatus(std::string("draft")));
    }

    void tombstoneWinsOverOlderEditsAndLosesToNewerRecreation()
    {
        const Delta created = delta({1, 0, 1}, std::int64_t{0}, {}, "deleted");
        const Delta deleted = delta({5, 0, 2}, std::int64_t{1}, created.hlc, "deleted");
        const Delta staleUndelete = delta({4, 0, 3}, std::int64_t{0}, created.hlc, "deleted");
        const Delta recreated = delta({9, 0, 3}, std::int64_t{0}, deleted.hlc, "deleted");
        FieldState s = apply(apply({}, created, FieldKind::Plain), deleted, FieldKind::Plain);
        s = apply(s, staleUndelete, FieldKind::Plain);
        QCOMPARE(std::get<std::int64_t>(s.value), 1); // older edit loses to the delete
        s = apply(s, recreated, FieldKind::Plain);
        QCOMPARE(std::get<std::int64_t>(s.value), 0); // newer re-creation wins
    }
};

QTEST_GUILESS_MAIN(TestMerge)
#include "tst_merge.moc"
