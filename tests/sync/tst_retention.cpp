// The retention planner (sync/server/retention.h) on its own: what belongs to which tree, when a
// tree is due, leap days, held cases, records the server does not hold, damaged links.
#include "retention.h"

#include "sync/core/merge.h"

#include <QtTest>

#include <set>

using namespace lykta;
using namespace lykta::server;
using namespace lykta::server::retention;

namespace {

Day day(const char *iso)
{
    return *parseDay(iso);
}

// A stored record with text fields, all written at `writtenIso` (noon UTC).
StoredRecord record(const std::string &entity, const std::string &id, const char *writtenIso,
                    std::vector<std::pair<std::string, std::string>> fields = {})
{
    StoredRecord r{entity, id, "unit-1", 1, {}};
    const std::int64_t ms = day(writtenIso) * 86'400'000 + 43'200'000;
    fields.emplace_back("unit_id", "unit-1");
    for (auto &[name, value] : fields)
        r.state.fields[name] = {{sync::Value(value), {ms, 0, 7}, {}, {}, {}}, {7, 1}};
    return r;
}

std::vector<RecordFacts> facts(const std::vector<StoredRecord> &records)
{
    std::vector<RecordFacts> out;
    for (const auto &r : records)
        if (auto f = factsOf(r))
            out.push_back(*f);
    return out;
}

std::set<std::string> removedIds(const Plan &plan)
{
    std::set<std::string> out;
    for (const auto &r : plan.removals)
        out.insert(r.id);
    return out;
}

const std::vector<EffectiveRule> kDefaults = effectiveRules({});

} // namespace

class TstRetention : public QObject
{
    Q_OBJECT

private slots:
    void datesParseStrictlyAndYearsFollowTheCalendar()
    {
        QCOMPARE(formatDay(day("2020-03-14")), std::string("2020-03-14"));
        QVERIFY(!parseDay("2021-02-29"));
        QVERIFY(!parseDay("2020-13-01"));
        QVERIFY(!parseDay("20-03-14"));
        QVERIFY(!parseDay("2020-3-14x"));
        QCOMPARE(formatDay(*parseDay("2020-03-14T10:00:00Z")), std::string("2020-03-14"));
        QCOMPARE(formatDay(addYears(day("2020-02-29"), 5)), std::string("2025-03-01"));
        QCOMPARE(formatDay(addYears(day("2020-02-29"), 4)), std::string("2024-02-29"));
        QCOMPARE(formatDay(addYears(day("2019-12-31"), 10)), std::string("2029-12-31"));
        // The audit log's cut-off: the last day whose entries are due.
        QCOMPARE(formatDay(lastDayDue(day("2026-03-01"), 10)), std::string("2016-03-01"));
        QCOMPARE(formatDay(lastDayDue(day("2026-02-28"), 10)), std::string("2016-02-28"));
        QCOMPARE(formatDay(lastDayDue(day("2024-02-29"), 10)), std::string("2014-02-28"));
        QVERIFY(addYears(day("2016-02-29"), 10) > day("2026-02-28"));
    }

    void aCaseGoesWholeOnItsDayAndNotBefore()
    {
        const auto records = facts({
            record("family", "f", "2018-05-01", {{"first_contact", "2018-04-01"}}),
            record("child", "c", "2018-05-01", {{"family_id", "f"}, {"birth_date", "2030-01-01"}}),
            record("conversation_series", "s", "2018-05-01", {{"child_id", "c"}}),
            record("conversation", "v", "2019-06-10", {{"series_id", "s"}, {"date", "2019-06-11"}}),
            record("note", "n", "2018-05-01", {{"subject_id", "v"}}),
            record("amendment", "a", "2018-05-01", {{"target_id", "n"}}),
            record("questionnaire_schedule", "q", "2018-05-01", {{"subject_id", "c"}}),
            record("questionnaire_score", "qs", "2018-05-01", {{"schedule_id", "q"}}),
            record("unit", "u", "2000-01-01"), // organisation data: never touched
        });
        QCOMPARE(records.size(), std::size_t{8});
        // The last entry is the conversation's date (a day after it was written); the birth date
        // is not an entry.
        QCOMPARE(removedIds(plan(records, kDefaults, day("2024-06-10"))), std::set<std::string>{});
        const Plan due = plan(records, kDefaults, day("2024-06-11"));
        QCOMPARE(removedIds(due), (std::set<std::string>{"f", "c", "s", "v", "n", "a", "q", "qs"}));
        for (const auto &r : due.removals) {
            QCOMPARE(r.type, std::string("case"));
            QCOMPARE(formatDay(r.lastEntry), std::string("2019-06-11"));
            QCOMPARE(formatDay(r.due), std::string("2024-06-11"));
        }
        // Permanent, or a longer rule, keeps it.
        QVERIFY(plan(records, effectiveRules({{"case", std::nullopt, 1}}), day("2100-01-01"))
                    .removals.empty());
        QVERIFY(
            plan(records, effectiveRules({{"case", 10, 1}}), day("2029-06-10")).removals.empty());
    }

    void aRecordWithoutItsParentIsATreeOfItsOwn()
    {
        // A note about a family the server does not hold, and a link cycle only a damaged
        // client could write: each is judged by its own entries, nothing loops.
        const auto records = facts({
            record("note", "orphan", "2018-01-01", {{"subject_id", "missing"}}),
            record("note", "x", "2018-01-01", {{"subject_id", "y"}}),
            record("note", "y", "2021-01-01", {{"subject_id", "x"}}),
        });
        const Plan p = plan(records, kDefaults, day("2023-01-01"));
        QCOMPARE(removedIds(p), std::set<std::string>{"orphan"});
        QCOMPARE(removedIds(plan(records, kDefaults, day("2026-01-01"))),
                 (std::set<std::string>{"orphan", "x", "y"}));
    }

    void anonymousAttendanceGoesEarlierAndHeldCasesWait()
    {
        const auto records = facts({
            record("support_group", "g", "2020-01-01", {{"mode", "anonymous"}}),
            record("group_session", "gs", "2020-01-01",
                   {{"group_id", "g"}, {"date", "2020-02-01"}}),
            record("attendance", "at", "2020-01-01", {{"session_id", "gs"}}),
            record("note", "gn", "2020-01-01",
                   {{"subject_entity", "group_session"}, {"subject_id", "gs"}}),
            record("support_group", "g2", "2021-01-01", {{"mode", "identified"}}),
            record("group_member", "m2", "2021-01-01", {{"group_id", "g2"}, {"child_id", "c"}}),
            record("family", "f", "2015-01-01"),
            record("child", "c", "2015-01-01", {{"family_id", "f"}}),
        });
        QCOMPARE(removedIds(plan(records, kDefaults, day("2022-01-31"))), std::set<std::string>{});
        Plan p = plan(records, kDefaults, day("2022-02-01"));
        QCOMPARE(removedIds(p), std::set<std::string>{"at"});
        QCOMPARE(p.removals.at(0).type, std::string("anonymous_attendance"));
        QCOMPARE(p.held.size(), std::size_t{1});
        QCOMPARE(p.held.at(0).id, std::string("f"));
        QCOMPARE(p.held.at(0).byId, std::string("m2"));
        // 2025-02-01: group 1 goes (its session note with it); 2026-01-01: group 2, and the
        // case it held.
        QCOMPARE(removedIds(plan(records, kDefaults, day("2025-02-01"))),
                 (std::set<std::string>{"g", "gs", "at", "gn"}));
        p = plan(records, kDefaults, day("2026-01-01"));
        QVERIFY(p.held.empty());
        QCOMPARE(removedIds(p),
                 (std::set<std::string>{"g", "gs", "at", "gn", "g2", "m2", "f", "c"}));
    }

    void tombstonesAreNotPlannedAgain()
    {
        StoredRecord tomb{"family", "gone", "unit-1", 9, {}};
        tomb.state.fields["deleted"] = {{sync::Value(sync::kDeletedPurged), {1, 0, 0}, {}, {}, {}},
                                        {0, 1}};
        QVERIFY(!factsOf(tomb));
    }
};

QTEST_GUILESS_MAIN(TstRetention)
#include "tst_retention.moc"
