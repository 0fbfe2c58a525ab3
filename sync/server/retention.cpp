#include "retention.h"

#include "sync/core/merge.h"
#include "sync/core/protocol.h"

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdio>
#include <map>
#include <set>
#include <unordered_map>

namespace lykta::server::retention {

namespace {

constexpr std::string_view kCase = "case";
constexpr std::string_view kGroup = "group";
constexpr std::string_view kAnonymousAttendance = "anonymous_attendance";
constexpr std::string_view kAudit = "audit";

// Defaults from shared/design/DOMAIN.md ("Retention (gallring) is configurable per record type:
// social services files are typically destroyed 5 years after the last entry, health records
// kept at least 10 years; some child records longer").
constexpr std::array<TypeInfo, 4> kTypes = {{
    {kCase, 5, 1,
     "a family's file: family, guardians, children, conversation series, conversations, and "
     "the notes, corrections, tasks and questionnaires about them",
     "social services files: destroyed 5 years after the last entry (SoL 12 kap. 1 §); health "
     "care sets at least 10 (patientdatalagen 3 kap. 17 §); --permanent for files kept longer"},
    {kGroup, 5, 1,
     "a support group's file: the group, members, sessions, session and member notes, "
     "identified attendance, mood checks, questionnaires",
     "documented as social services work: 5 years after the group's last entry"},
    {kAnonymousAttendance, 2, 1,
     "attendance and mood checks in anonymous-mode groups (no personal file behind them)",
     "only needed for follow-up of the current and previous year: 2 years"},
    {kAudit, 10, 5, "the server's audit log (who read, wrote, pulled or removed what, when)",
     "DOMAIN.md: kept at least 5 years (configurable); 10 matches health records"},
}};

// How each entity links to its tree, and which of its fields are dates of entries.
struct EntityRule
{
    std::string_view entity;
    std::vector<std::string_view> parents; // fields holding a parent's id, nearest first
    std::vector<std::string_view> dates;
    bool groupSide = false;
    std::string_view subjectField; // its subject_entity/target_entity names the tree's side
};

const std::vector<EntityRule> &entityRules()
{
    static const std::vector<EntityRule> rules = {
        {"family", {}, {"first_contact", "closed_on"}, false, {}},
        {"guardian", {"family_id"}, {"personnummer_confirmed_at", "left_on"}, false, {}},
        {"child", {"family_id"}, {"personnummer_confirmed_at"}, false, {}},
        {"conversation_series",
         {"family_id", "child_id"},
         {"started", "closed", "reopened"},
         false,
         {}},
        {"booking", {"series_id"}, {"date"}, false, {}},
        {"conversation", {"series_id"}, {"date", "signed_at"}, false, {}},
        {"note",
         {"subject_id"},
         {"event_date", "written_at", "signed_at"},
         false,
         "subject_entity"},
        {"amendment", {"target_id"}, {"written_at"}, false, "target_entity"},
        {"task", {"subject_id"}, {"due_date"}, false, "subject_entity"},
        {"questionnaire_schedule", {"subject_id"}, {"due_date"}, false, "subject_entity"},
        {"questionnaire_score", {"schedule_id"}, {"taken_date"}, false, {}},
        {"support_group", {}, {"start_date", "end_date"}, true, {}},
        {"group_member", {"group_id"}, {}, true, {}},
        {"group_session", {"group_id"}, {"date"}, true, {}},
        {"attendance", {"session_id", "member_id"}, {}, true, {}},
        {"mood_check", {"session_id", "member_id"}, {}, true, {}},
    };
    return rules;
}

const EntityRule *entityRule(std::string_view entity)
{
    for (const auto &rule : entityRules())
        if (rule.entity == entity)
            return &rule;
    return nullptr;
}

bool isGroupEntity(std::string_view entity)
{
    const EntityRule *rule = entityRule(entity);
    return rule && rule->groupSide;
}

const std::string *textOf(const RecordState &state, std::string_view field)
{
    return std::get_if<std::string>(&state.value(field));
}

Day dayOfMs(std::int64_t ms)
{
    constexpr std::int64_t kMsPerDay = 86'400'000;
    return ms >= 0 ? ms / kMsPerDay : -((-ms + kMsPerDay - 1) / kMsPerDay);
}

} // namespace

std::span<const TypeInfo> types()
{
    return kTypes;
}

const TypeInfo *findType(std::string_view name)
{
    for (const auto &t : kTypes)
        if (t.name == name)
            return &t;
    return nullptr;
}

std::vector<EffectiveRule> effectiveRules(const std::vector<RetentionRule> &stored)
{
    std::vector<EffectiveRule> out;
    for (const auto &t : kTypes) {
        EffectiveRule rule{std::string(t.name), t.defaultYears, true, 0};
        for (const auto &s : stored) {
            if (s.type == t.name) {
                rule.years = s.years;
                rule.isDefault = false;
                rule.setMs = s.setMs;
            }
        }
        out.push_back(std::move(rule));
    }
    return out;
}

std::optional<Day> parseDay(std::string_view text)
{
    using namespace std::chrono;
    if (text.size() < 10 || text[4] != '-' || text[7] != '-')
        return std::nullopt;
    int parts[3] = {0, 0, 0};
    const std::size_t starts[3] = {0, 5, 8};
    const std::size_t lengths[3] = {4, 2, 2};
    for (int i = 0; i < 3; ++i) {
        for (std::size_t k = 0; k < lengths[i]; ++k) {
            const char c = text[starts[i] + k];
            if (c < '0' || c > '9')
                return std::nullopt;
            parts[i] = parts[i] * 10 + (c - '0');
        }
    }
    const year_month_day ymd{year{parts[0]}, month{static_cast<unsigned>(parts[1])},
                             day{static_cast<unsigned>(parts[2])}};
    if (!ymd.ok())
        return std::nullopt;
    return sys_days(ymd).time_since_epoch().count();
}

std::string formatDay(Day value)
{
    using namespace std::chrono;
    const year_month_day ymd{sys_days{days{value}}};
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                  static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
    return text;
}

// The last day D whose addYears(D, years) is on or before `value`.
Day lastDayDue(Day value, int years)
{
    using namespace std::chrono;
    const year_month_day ymd{sys_days{days{value}}};
    year_month_day earlier{ymd.year() - std::chrono::years{years}, ymd.month(), ymd.day()};
    if (!earlier.ok()) // 29 February in a common year: the 28th is the last day due
        earlier =
            year_month_day{year_month_day_last{earlier.year(), month_day_last{earlier.month()}}};
    return sys_days(earlier).time_since_epoch().count();
}

Day addYears(Day value, int years)
{
    using namespace std::chrono;
    const year_month_day ymd{sys_days{days{value}}};
    const year_month_day later{ymd.year() + std::chrono::years{years}, ymd.month(), ymd.day()};
    // An invalid day (29 February in a common year) rolls over: 1 March.
    return sys_days(later).time_since_epoch().count();
}

std::optional<RecordFacts> factsOf(const StoredRecord &record)
{
    const EntityRule *rule = entityRule(record.entity);
    if (!rule)
        return std::nullopt;
    if (record.state.value(sync::kDeletedField) == sync::Value(sync::kDeletedPurged))
        return std::nullopt;
    RecordFacts facts;
    facts.entity = record.entity;
    facts.id = record.id;
    facts.unitId = record.unitId;
    std::int64_t newestMs = 0;
    for (const auto &[name, field] : record.state.fields) {
        newestMs = std::max(newestMs, field.state.hlc.wallMs);
        for (const auto &copy : field.state.conflicts)
            newestMs = std::max(newestMs, copy.hlc.wallMs);
    }
    facts.lastEntry = dayOfMs(newestMs);
    for (std::string_view field : rule->dates)
        if (const std::string *text = textOf(record.state, field))
            if (auto day = parseDay(*text))
                facts.lastEntry = std::max(facts.lastEntry, *day);
    for (std::string_view field : rule->parents)
        if (const std::string *id = textOf(record.state, field); id && !id->empty())
            facts.parents.push_back(*id);
    facts.groupHint = rule->groupSide;
    if (!rule->subjectField.empty())
        if (const std::string *subject = textOf(record.state, rule->subjectField))
            facts.groupHint = isGroupEntity(*subject);
    if (record.entity == "support_group")
        if (const std::string *mode = textOf(record.state, "mode"))
            facts.anonymousGroup = *mode == "anonymous";
    if (record.entity == "group_member")
        if (const std::string *child = textOf(record.state, "child_id"))
            facts.memberChild = *child;
    return facts;
}

Plan plan(const std::vector<RecordFacts> &records, const std::vector<EffectiveRule> &rules,
          Day today)
{
    const auto yearsOf = [&](std::string_view type) -> std::optional<int> {
        for (const auto &r : rules)
            if (r.type == type)
                return r.years;
        return std::nullopt;
    };
    std::unordered_map<std::string, std::size_t> byId;
    for (std::size_t i = 0; i < records.size(); ++i)
        byId.emplace(records[i].id, i);

    // The root of each record: the first parent the server holds, followed upwards.
    std::vector<std::size_t> root(records.size(), SIZE_MAX);
    for (std::size_t i = 0; i < records.size(); ++i) {
        std::vector<std::size_t> path;
        std::size_t at = i;
        while (root[at] == SIZE_MAX && path.size() <= records.size()) {
            path.push_back(at);
            std::size_t next = at;
            for (const auto &parent : records[at].parents) {
                if (auto it = byId.find(parent); it != byId.end() && it->second != at) {
                    next = it->second;
                    break;
                }
            }
            if (next == at || std::find(path.begin(), path.end(), next) != path.end())
                break; // a root (or a cycle, which only a damaged client could write)
            at = next;
        }
        const std::size_t r = root[at] == SIZE_MAX ? at : root[at];
        for (std::size_t p : path)
            root[p] = r;
    }

    std::vector<Day> treeLast(records.size(), 0);
    for (std::size_t i = 0; i < records.size(); ++i)
        treeLast[root[i]] = std::max(treeLast[root[i]], records[i].lastEntry);
    const auto typeOf = [&](std::size_t rootIndex) {
        const RecordFacts &r = records[rootIndex];
        return r.entity == "support_group" || (r.entity != "family" && r.groupHint) ? kGroup
                                                                                    : kCase;
    };
    const auto dueDay = [&](std::string_view type, Day last) -> std::optional<Day> {
        const auto years = yearsOf(type);
        if (!years)
            return std::nullopt;
        const Day due = addYears(last, *years);
        return due <= today ? std::optional<Day>(due) : std::nullopt;
    };

    std::set<std::size_t> removedRoots;
    for (std::size_t i = 0; i < records.size(); ++i)
        if (root[i] == i && dueDay(typeOf(i), treeLast[i]))
            removedRoots.insert(i);

    Plan out;
    // A kept group that names a child of a due case as an identified member holds the case.
    for (std::size_t i = 0; i < records.size(); ++i) {
        const RecordFacts &member = records[i];
        if (member.memberChild.empty() || removedRoots.count(root[i]))
            continue;
        auto child = byId.find(member.memberChild);
        if (child == byId.end())
            continue;
        const std::size_t caseRoot = root[child->second];
        if (caseRoot != root[i] && typeOf(caseRoot) == kCase && removedRoots.erase(caseRoot))
            out.held.push_back(
                {records[caseRoot].entity, records[caseRoot].id, member.entity, member.id});
    }

    for (std::size_t i = 0; i < records.size(); ++i) {
        const RecordFacts &r = records[i];
        const std::size_t treeRoot = root[i];
        if (removedRoots.count(treeRoot)) {
            const std::string_view type = typeOf(treeRoot);
            out.removals.push_back({std::string(type), r.entity, r.id, r.unitId, treeLast[treeRoot],
                                    *dueDay(type, treeLast[treeRoot])});
            continue;
        }
        if ((r.entity == "attendance" || r.entity == "mood_check") &&
            records[treeRoot].anonymousGroup) {
            Day last = r.lastEntry;
            if (!r.parents.empty())
                if (auto session = byId.find(r.parents.front()); session != byId.end())
                    last = std::max(last, records[session->second].lastEntry);
            if (auto due = dueDay(kAnonymousAttendance, last))
                out.removals.push_back(
                    {std::string(kAnonymousAttendance), r.entity, r.id, r.unitId, last, *due});
        }
    }
    std::sort(out.removals.begin(), out.removals.end(), [](const Removal &a, const Removal &b) {
        return std::tie(a.type, a.entity, a.id) < std::tie(b.type, b.entity, b.id);
    });
    return out;
}

StorageResult<Report> run(ServerStorage &storage, const Options &options)
{
    auto stored = storage.retentionRules();
    if (!stored)
        return stored.error();
    const std::vector<EffectiveRule> rules = effectiveRules(*stored);
    Report report;
    auto done = storage.retention([&](RetentionTransaction &tx) {
        report = {}; // a backend may run this again after a serialization failure
        std::vector<RecordFacts> facts;
        tx.forEachRecord([&](StoredRecord &&record) {
            if (auto f = factsOf(record))
                facts.push_back(std::move(*f));
        });
        report.plan = plan(facts, rules, options.today);

        for (const auto &rule : rules) {
            if (rule.type != kAudit || !rule.years)
                continue;
            const Day cutoff = lastDayDue(options.today, *rule.years);
            report.auditCutoff = cutoff;
            report.auditEntries =
                tx.auditBefore((cutoff + 1) * 86'400'000, options.runMs, !options.dryRun);
            if (!options.dryRun && report.auditEntries)
                tx.appendAudit({0,
                                options.runMs,
                                options.requestId,
                                sync::protocol::kRetentionDevice,
                                {},
                                {},
                                "retention",
                                std::string(kAudit),
                                "before:" + formatDay(cutoff + 1)});
        }
        if (options.dryRun || report.plan.removals.empty())
            return;

        std::vector<std::pair<std::string, std::string>> keys;
        keys.reserve(report.plan.removals.size());
        for (const Removal &r : report.plan.removals)
            keys.emplace_back(r.entity, r.id);
        report.logRowsRemoved = tx.removeLog(keys);

        constexpr sync::DeviceId kServer = sync::protocol::kRetentionDevice;
        std::uint64_t counter = tx.lastLogCounter(kServer);
        const sync::Hlc hlc{options.runMs, 0, kServer};
        for (const Removal &r : report.plan.removals) {
            const sync::Delta tombstone{{kServer, ++counter},
                                        r.entity,
                                        r.id,
                                        std::string(sync::kDeletedField),
                                        sync::Value(sync::kDeletedPurged),
                                        hlc,
                                        {},
                                        {}};
            const std::uint64_t seq = tx.appendLog(tombstone, r.unitId);
            StoredRecord record{r.entity, r.id, r.unitId, seq, {}};
            record.state.fields[std::string(sync::kDeletedField)] = {
                {tombstone.value, hlc, {}, {}, {}}, tombstone.id};
            tx.saveRecord(record);
            tx.appendAudit({0,
                            options.runMs,
                            options.requestId,
                            kServer,
                            {},
                            r.unitId,
                            "retention",
                            r.entity,
                            r.id});
        }
    });
    if (!done)
        return done.error();
    return report;
}

} // namespace lykta::server::retention
