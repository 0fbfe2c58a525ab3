#include "followupfixture.h"
#include "groupservice.h"
#include "indicatorreader.h"
#include "indicators.h"

#include <QtTest>

using namespace lykta;
using namespace lykta::followup;

namespace {

QDate d(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

} // namespace

class TestIndicators : public QObject
{
    Q_OBJECT

private slots:
    // Every number below is worked out by hand from followupfixture.cpp for the period
    // 2026-01-01..2026-06-30.
    void fixtureEqualsHandComputation()
    {
        test::FollowUpFixture fx;
        auto input = IndicatorReader(fx.store()).read(fx.unitId());
        QVERIFY(input.ok());
        auto r = computeIndicators(*input, fx.unitId(), test::FollowUpFixture::period());
        QVERIFY(r.ok());
        const Indicators &i = *r;

        // Conversations dated in the period: s1 3 (01-20, 02-03, 03-10) + s2 2 (01-14, 02-20)
        // + s3 1 + s4 1 + s5 1 (04-02; its 2025-12-01 is before) + s6 1 + s8 1
        // (s7's 07-15 is after) = 10.
        QCOMPARE(i.conversations, 10);
        // parent: s1 01-20, s2 01-14, s4 02-12 = 3; child: s1 02-03, s2 02-20, s5 04-02 = 3;
        // parent_and_child: s1 03-10, s3 02-10 = 2; network: s6 = 1; family: s8 = 1.
        QCOMPARE(i.conversationsByKind.at("parent"), 3);
        QCOMPARE(i.conversationsByKind.at("child"), 3);
        QCOMPARE(i.conversationsByKind.at("parent_and_child"), 2);
        QCOMPARE(i.conversationsByKind.at("network"), 1);
        QCOMPARE(i.conversationsByKind.at("family"), 1);
        QCOMPARE(i.conversationsByKind.at("other"), 0);
        // DU055: s1 01-20, s2 01-14 = 2 (s5's is 2025); DU056: s1 03-10, s3 02-10 = 2;
        // untagged: 10 - 4 = 6.
        QCOMPARE(i.conversationsByKvaCode.size(), std::size_t{2});
        QCOMPARE(i.conversationsByKvaCode.at("DU055"), 2);
        QCOMPARE(i.conversationsByKvaCode.at("DU056"), 2);
        QCOMPARE(i.conversationsWithoutKva, 6);

        // Started in the period: s1 01-15, s2 01-12, s3 02-05, s4 02-05, s6 03-05, s7 05-05,
        // s8 04-25 = 7 (s5 started 2025-11-25). Completed s1, s2 = 2 (closed on the series
        // page with a referral each); declined s6 = 1; ended: s4 moved = 1; active s3, s7,
        // s8 = 3. Outcome: s1 support group, s2 other support.
        QCOMPARE(i.seriesStarted, 7);
        QCOMPARE(i.seriesCompleted, 2);
        QCOMPARE(i.seriesDeclined, 1);
        QCOMPARE(i.seriesEnded, 1);
        QCOMPARE(i.seriesActive, 3);
        QCOMPARE(i.seriesReferredToGroup, 1);
        QCOMPARE(i.seriesReferredToOtherSupport, 1);

        // First conversation ever per family, when in the period, minus first contact:
        // F1 01-20 - 01-05 = 15; F2 01-14 - 01-10 = 4; F3 02-10 - 02-01 = 9;
        // F5 03-08 - 03-01 = 7; F8 05-02 - 04-20 = 12. (F4's first is 2025-12-01, F6's is
        // 07-15: both outside.) Sorted 4, 7, 9, 12, 15: median 9 over 5 families.
        QCOMPARE(i.familiesWithFirstConversation, 5);
        QCOMPARE(i.familiesInconsistentFirstContact, 0);
        QCOMPARE(i.medianDaysToFirstConversation, std::optional<double>(9.0));

        // Sessions in the period with attendance: G1 02-05, 02-12; G2 03-05, 03-12 = 4
        // (G1 07-10 is after; G2 06-25 has no attendance). Groups run: G1, G2 = 2.
        QCOMPARE(i.sessionsHeld, 4);
        QCOMPARE(i.groupsRun, 2);
        // Marks: G1 2 + 2, G2 3 + 3 = 10. Present: G1 2 + 1, G2 2 + 1 = 6. 6/10 = 60 %.
        // Members marked: Astrid, David, Mira, Leo, Ines = 5.
        QCOMPARE(i.attendanceMarks, 10);
        QCOMPARE(i.attendancePresent, 6);
        QCOMPARE(i.attendanceMembers, 5);
        QCOMPARE(i.attendanceRatePercent, std::optional<double>(60.0));
        // Present at least once: Astrid, David, Mira, Leo = 4 (Ines never).
        QCOMPARE(i.childrenInGroups, 4);

        // Reached: C1-C6 and C8 by conversations (7; C7's only one is after the period),
        // Mira and Leo present in the anonymous group (2; David is already counted) = 9.
        QCOMPARE(i.childrenReached, 9);
        // Age on the first day reached: C1 9 (01-20), C2 13 (01-14), C3 16 (02-10, her
        // birthday), C4 11 (group 02-05 before his 02-12 talk), C5 15, C6 12, C8 16;
        // Mira 8, Leo 10. 7-12: C1, C4, C6, Mira, Leo = 5; 13-18: C2, C3, C5, C8 = 4.
        QCOMPARE(i.childrenByAgeBand.at("0-6"), 0);
        QCOMPARE(i.childrenByAgeBand.at("7-12"), 5);
        QCOMPARE(i.childrenByAgeBand.at("13-18"), 4);
        QCOMPARE(i.childrenByAgeBand.at("unknown"), 0);
        // Girls C1, C3, C5, C8 = 4; boys C2, C4, C6 = 3; anonymous Mira, Leo unknown = 2.
        QCOMPARE(i.childrenByGender.at("girl"), 4);
        QCOMPARE(i.childrenByGender.at("boy"), 3);
        QCOMPARE(i.childrenByGender.at("other"), 0);
        QCOMPARE(i.childrenByGender.at("unknown"), 2);

        // Families of reached children: F1, F2, F3 (C3 and C4), F4, F5, F8 = 6.
        // addiction F1 = 1; mental_illness F2, F3, F5 = 3; physical_illness F4 = 1;
        // unspecified F8 = 1.
        QCOMPARE(i.familiesReached, 6);
        QCOMPARE(i.familiesByProblemType.at("addiction"), 1);
        QCOMPARE(i.familiesByProblemType.at("mental_illness"), 3);
        QCOMPARE(i.familiesByProblemType.at("physical_illness"), 1);
        QCOMPARE(i.familiesByProblemType.at("unspecified"), 1);
        QCOMPARE(i.familiesByProblemType.at("other"), 0);

        // Mood pairs in the period: Astrid 2->4, David 3->3 (02-05), Astrid 3->5 (02-12),
        // Mira 1->3, Leo 4->3 (03-05) = 5 (Mira 03-12 has no end; 07-10 is after).
        // Start (2+3+3+1+4)/5 = 13/5 = 2.6; end (4+3+5+3+3)/5 = 18/5 = 3.6; change 1.0.
        // Rose: 3; same: David = 1; fell: Leo = 1. Members: Astrid, David, Mira, Leo = 4.
        QCOMPARE(i.moodPairs, 5);
        QCOMPARE(i.moodMembers, 4);
        QVERIFY(qFuzzyCompare(*i.moodMeanStart, 2.6));
        QVERIFY(qFuzzyCompare(*i.moodMeanEnd, 3.6));
        QVERIFY(qFuzzyCompare(*i.moodMeanChange, 1.0));
        QCOMPARE(i.moodRose, 3);
        QCOMPARE(i.moodSame, 1);
        QCOMPARE(i.moodFell, 1);

        // SDQ: C1 before 18 (the later of 19 on 01-18 and 18 on 01-20), after 12 (03-15);
        // C2 20 -> 17 (02-25); C3's after is 08-01, outside. Mean before (18+20)/2 = 19,
        // after (12+17)/2 = 14.5, change -4.5. Livsstegen: Mira 4 -> 7, change 3.
        QCOMPARE(i.scoreChanges.size(), std::size_t{2});
        const ScoreChange &sdq = i.scoreChanges.at("SDQ");
        QCOMPARE(sdq.pairs, 2);
        QCOMPARE(sdq.meanBefore, 19.0);
        QCOMPARE(sdq.meanAfter, 14.5);
        QCOMPARE(sdq.meanChange, -4.5);
        const ScoreChange &ls = i.scoreChanges.at("Livsstegen");
        QCOMPARE(ls.pairs, 1);
        QCOMPARE(ls.meanChange, 3.0);
    }

    void anotherPeriodGivesOtherNumbers()
    {
        test::FollowUpFixture fx;
        auto input = IndicatorReader(fx.store()).read(fx.unitId());
        // July 2026: s7's conversation (07-15) and G1's 07-10 session only.
        auto r = computeIndicators(*input, fx.unitId(), {d("2026-07-01"), d("2026-07-31")});
        QCOMPARE(r->conversations, 1);
        QCOMPARE(r->sessionsHeld, 1);
        QCOMPARE(r->attendanceMarks, 2);
        QCOMPARE(r->seriesStarted, 0);
        // C7 (talk) + C1 and C4 (session) = 3; F6's first conversation: 07-15 - 05-01 = 75.
        QCOMPARE(r->childrenReached, 3);
        QCOMPARE(r->medianDaysToFirstConversation, std::optional<double>(75.0));
    }

    // G2's 03-12 session (1 of 3 present) is cancelled after its marks were taken: it was not
    // held, so the rate is that of the other three sessions, 5 of 7, and it is not held.
    void cancelledSessionLeavesTheAttendanceRateAlone()
    {
        test::FollowUpFixture fx;
        domain::GroupService groups(fx.store());
        std::string cancelled;
        const auto all = groups.groups(fx.unitId());
        for (const auto &g : *all) {
            const auto sessions = groups.sessions(g.id);
            for (const auto &s : *sessions) {
                if (s.theme == QStringLiteral("Min familj ritad"))
                    cancelled = s.id;
            }
        }
        QVERIFY(!cancelled.empty());
        QVERIFY(groups.cancelSession(fx.actor(), cancelled).ok());
        auto input = IndicatorReader(fx.store()).read(fx.unitId());
        auto r = computeIndicators(*input, fx.unitId(), test::FollowUpFixture::period());
        QVERIFY(r.ok());
        QCOMPARE(r->sessionsHeld, 3);
        QCOMPARE(r->attendanceMarks, 7);
        QCOMPARE(r->attendancePresent, 5);
        QCOMPARE(r->attendanceRatePercent, std::optional<double>(100.0 * 5 / 7));
        QCOMPARE(r->groupsRun, 2);
    }

    // Pure input: an even number of families, a first conversation before first contact,
    // rows of another unit, rows pointing nowhere, odd values.
    void edgeCasesOnPlainRows()
    {
        IndicatorInput in;
        in.families = {{"f1", "u", "addiction", d("2026-01-01")},
                       {"f2", "u", "witchcraft", d("2026-01-01")},
                       {"f3", "u", "", d("2026-03-01")},
                       {"f4", "u", "gambling", d("2026-01-01")},
                       {"fx", "other-unit", "addiction", d("2026-01-01")}};
        in.children = {{"c1", "u", "f1", d("2020-01-01"), "girl"},
                       {"c2", "u", "f2", {}, "flicka"},
                       {"c3", "u", "f3", d("2010-01-01"), "boy"},
                       {"c4", "u", "f4", d("2000-01-01"), "other"},
                       {"cx", "other-unit", "fx", d("2015-01-01"), "girl"}};
        in.series = {{"s1", "u", "c1", "f1", d("2026-01-02"), "active", "none"},
                     {"s2", "u", "c2", "f2", d("2026-01-02"), "active", "none"},
                     {"s3", "u", "c3", "f3", d("2026-01-02"), "active", "none"},
                     {"s4", "u", "c4", "f4", d("2026-01-02"), "active", "none"},
                     {"sx", "other-unit", "cx", "fx", d("2026-01-02"), "active", "none"}};
        in.conversations = {{"k1", "u", "s1", d("2026-01-11"), "parent", "du055"},
                            {"k2", "u", "s2", d("2026-01-21"), "tea", "Kalle Anka"},
                            {"k3", "u", "s3", d("2026-01-31"), "", "XY123"},
                            {"k4", "u", "s4", d("2026-01-04"), "child", ""},
                            {"k5", "u", "missing-series", d("2026-01-05"), "child", ""},
                            {"kx", "other-unit", "sx", d("2026-01-05"), "child", ""}};
        auto r = computeIndicators(in, "u", {d("2026-01-01"), d("2026-12-31")});
        QVERIFY(r.ok());
        // Days: f1 10, f2 20, f4 3; f3 is inconsistent (01-31 before 03-01).
        // Sorted 3, 10, 20 -> 10. Now add one more to get an even count.
        QCOMPARE(r->medianDaysToFirstConversation, std::optional<double>(10.0));
        QCOMPARE(r->familiesInconsistentFirstContact, 1);
        // k5 has no series: counted as a conversation but reaches no one; kx is another unit.
        QCOMPARE(r->conversations, 5);
        QCOMPARE(r->childrenReached, 4);
        QCOMPARE(r->conversationsByKind.at("other"), 1);       // "tea"
        QCOMPARE(r->conversationsByKind.at("unspecified"), 1); // ""
        QCOMPARE(r->conversationsByKind.at("child"), 2);
        // "du055" and "Kalle Anka" are not KVÅ codes: free text never becomes a category.
        QCOMPARE(r->conversationsByKvaCode.at("other"), 2);
        QCOMPARE(r->conversationsByKvaCode.at("XY123"), 1);
        QCOMPARE(r->conversationsByKvaCode.size(), std::size_t{2});
        // c1 6 y -> 0-6; c2 no birth date -> unknown; c3 16 -> 13-18; c4 26 -> unknown.
        QCOMPARE(r->childrenByAgeBand.at("0-6"), 1);
        QCOMPARE(r->childrenByAgeBand.at("unknown"), 2);
        QCOMPARE(r->childrenByAgeBand.at("13-18"), 1);
        QCOMPARE(r->childrenByGender.at("unknown"), 1); // "flicka" is not a known key
        QCOMPARE(r->childrenByGender.at("other"), 1);
        QCOMPARE(r->familiesByProblemType.at("other"), 1); // "witchcraft"
        QCOMPARE(r->familiesByProblemType.at("unspecified"), 1);
        QCOMPARE(r->familiesByProblemType.at("gambling"), 1);

        in.families.push_back({"f5", "u", "addiction", d("2026-01-01")});
        in.children.push_back({"c5", "u", "f5", d("2015-01-01"), "boy"});
        in.series.push_back({"s5", "u", "c5", "f5", d("2026-01-02"), "active", "none"});
        in.conversations.push_back({"k6", "u", "s5", d("2026-01-31"), "child", ""});
        // Days 3, 10, 20, 30 -> (10 + 20) / 2 = 15.
        r = computeIndicators(in, "u", {d("2026-01-01"), d("2026-12-31")});
        QCOMPARE(r->medianDaysToFirstConversation, std::optional<double>(15.0));

        // Nothing in the period: no median, no rate, no mood means.
        r = computeIndicators(in, "u", {d("2030-01-01"), d("2030-01-31")});
        QCOMPARE(r->conversations, 0);
        QVERIFY(!r->medianDaysToFirstConversation);
        QVERIFY(!r->attendanceRatePercent);
        QVERIFY(!r->moodMeanChange);
    }

    void badInputIsRefused()
    {
        IndicatorInput in;
        QCOMPARE(computeIndicators(in, "", {d("2026-01-01"), d("2026-01-31")}).error().field,
                 std::string("unit"));
        auto noFrom = computeIndicators(in, "u", {QDate(), d("2026-01-31")});
        QCOMPARE(noFrom.error().code, domain::DomainErrc::InvalidDate);
        QCOMPARE(noFrom.error().field, std::string("from"));
        auto backwards = computeIndicators(in, "u", {d("2026-02-01"), d("2026-01-31")});
        QCOMPARE(backwards.error().field, std::string("to"));
        test::FollowUpFixture fx;
        QCOMPARE(IndicatorReader(fx.store()).read("").error().code, domain::DomainErrc::Empty);
    }
};

QTEST_GUILESS_MAIN(TestIndicators)
#include "tst_indicators.moc"
