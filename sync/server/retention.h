#pragma once

#include "serverstorage.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

// Retention (gallring): which records the server removes, when, and how the removal reaches
// every tablet. The operator sets how long each retention type is kept (`lykta-server admin
// retention set`); `lykta-server retention run` removes what is due.
//
// What a type covers, and "the last entry"
// - A record belongs to a tree: a case (rooted at a family) or a support group (rooted at a
//   support_group). Everything links upwards: guardians, children and series to their family;
//   conversations to their series; notes, tasks and questionnaire schedules to their subject;
//   amendments to the note or conversation they correct; scores to their schedule; members and
//   sessions to their group; attendance and mood checks to their session. A record whose parent
//   the server does not hold is a tree of its own.
// - The last entry of a tree is the latest day among its records of (a) every time a field was
//   written, i.e. the writing device's hybrid-logical-clock time (which moves past the server's
//   time on every sync, so a tablet with a wrong clock still counts from what it has seen), and
//   (b) the dates written in them: a family's first contact and closing ("ärendet avslutat",
//   normally the case's last entry, so a closed case is due `years` after it was closed unless
//   something was written later), a guardian's leaving, a series' start, a conversation's
//   date and signing, a note's event, writing and signing dates, an amendment's writing date,
//   task and questionnaire dates, a personnummer's confirmation, a group's start and end, a
//   session's date. A birth date is not an entry.
// - A tree is due on the same calendar day `years` after its last entry (29 February: 1 March)
//   and then removed whole: a removed family takes its guardians, children, series,
//   conversations, notes and their corrections with it.
// - anonymous_attendance: attendance and mood checks of a group in anonymous mode are due
//   `years` after their own last entry or their session's, whichever is later, even while the
//   group itself is kept.
// - A case that is due is held (kept, and listed as held) while a kept group still names one of
//   its children as an identified member; it goes on the first run after that group has gone.
// - audit: the server's audit log. An entry written on day D goes on the day `years` after D;
//   the log stays append-only for everything newer (a cut-off row the job records is the one
//   exception the database's rule allows). DOMAIN.md: "kept at least 5 years", so no rule may be
//   shorter.
// - Units, staff, conversation templates, KVÅ codes, info cards and helplines are the
//   organisation's own data, not case data: never removed here.
//
// How a removal is made
// One write transaction: every log row of each removed record is deleted (its old values leave
// the server), its record state is replaced by a tombstone (`deleted` = kDeletedPurged and
// nothing else), a tombstone delta is appended to the log as the server's device
// (protocol::kRetentionDevice) so the next pull removes it on every tablet, and an audit entry
// (action "retention", entity, id; no content) is written per removed record. A push to a
// removed record is refused (Invalid, "purged").
namespace lykta::server::retention {

struct TypeInfo
{
    std::string_view name;
    std::optional<int> defaultYears; // nullopt: kept permanently unless a rule says otherwise
    int minYears = 1;                // a rule may not be shorter
    std::string_view covers;
    std::string_view source; // where the default comes from
};

std::span<const TypeInfo> types();
const TypeInfo *findType(std::string_view name);

inline constexpr int kMaxYears = 200;

// The rule that applies to each type: the organisation's, else the default.
struct EffectiveRule
{
    std::string type;
    std::optional<int> years;
    bool isDefault = true;
    std::int64_t setMs = 0;
};
std::vector<EffectiveRule> effectiveRules(const std::vector<RetentionRule> &stored);

// Days since 1970-01-01 (UTC).
using Day = std::int64_t;
std::optional<Day> parseDay(std::string_view isoDate); // "YYYY-MM-DD", optionally more after it
std::string formatDay(Day day);
Day addYears(Day day, int years);
Day lastDayDue(Day day, int years); // the last day D with addYears(D, years) <= day

// What the planner needs of one record (no field values beyond references and dates).
struct RecordFacts
{
    std::string entity;
    std::string id;
    std::string unitId;
    Day lastEntry = 0;
    std::vector<std::string> parents; // ids, nearest first
    bool groupHint = false;           // an orphan of this record counts as a group's
    bool anonymousGroup = false;      // support_group in anonymous mode
    std::string memberChild;          // group_member: the identified child
};
// nullopt for records retention never touches, and for tombstones of earlier removals.
std::optional<RecordFacts> factsOf(const StoredRecord &record);

struct Removal
{
    std::string type;
    std::string entity;
    std::string id;
    std::string unitId;
    Day lastEntry = 0;
    Day due = 0;
};
struct Hold
{
    std::string entity; // the root that is due but held
    std::string id;
    std::string byEntity; // what holds it
    std::string byId;
};
struct Plan
{
    std::vector<Removal> removals; // by type, tree, entity, id
    std::vector<Hold> held;
};
Plan plan(const std::vector<RecordFacts> &records, const std::vector<EffectiveRule> &rules,
          Day today);

struct Options
{
    Day today = 0;
    bool dryRun = false;
    std::int64_t runMs = 0; // the real time of the run: the tombstones' clock and the audit time
    std::string requestId;  // written to each audit entry
};
struct Report
{
    Plan plan;
    std::uint64_t logRowsRemoved = 0;
    std::optional<Day> auditCutoff; // audit entries written on or before this day go
    std::uint64_t auditEntries = 0; // removed (or, dry run, due)
};
StorageResult<Report> run(ServerStorage &storage, const Options &options);

} // namespace lykta::server::retention
