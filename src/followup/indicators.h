#pragma once

#include "domainerror.h"
#include "indicatorinput.h"
#include "period.h"

#include <QString>

#include <map>
#include <optional>

namespace lykta::followup {

// Per-instrument change between the "before" and "after" questionnaire scores.
struct ScoreChange
{
    int pairs = 0; // subjects with both scores
    double meanBefore = 0;
    double meanAfter = 0;
    double meanChange = 0; // after - before; whether up is better depends on the instrument
};

// One unit's follow-up indicators for one period: the numbers, unsuppressed. Exports pass
// them through tabulate() (indicatortable.h), which hides small cells.
//
// Definitions. "In the period" means an event date within Period (both days included).
// Only rows of `unitId` count; rows that point at a missing parent row are ignored.
//
// - Children reached: distinct children with (a) a conversation in the period in one of
//   their series (any kind: a parent-only conversation is support for the child), or (b)
//   marked present at a group session in the period. Identified group members count as
//   their child record (a child both in a series and a group counts once); each anonymous
//   member counts as one child of its own (it cannot be matched to anyone).
//   Age band: identified children by their age on the first day in the period they were
//   reached (conversation or session date); anonymous members by the age recorded for the
//   group. Bands 0-6, 7-12, 13-18; "unknown" without a birth date or age, or outside 0-18.
//   Gender: girl, boy, other as recorded; empty or anything else, and every anonymous
//   member, is "unknown".
// - Series started: series whose start date is in the period. Completed / declined /
//   ended (moved, or ended for another reason) / active: the current status of those same
//   series, as closed with their outcome on the series page (a cohort view: series closed
//   before schema v7 have no closing date, and a series reopened is active again).
//   Referred to a group / other support: their outcome (a referral completes a series, so
//   these are also among the completed).
// - Conversations: conversations dated in the period, drafts and signed alike, by kind
//   (parent, parent_and_child, child, network, family; "other" for any other value,
//   "unspecified" when empty) and by KVÅ code (well-formed codes as recorded; conversations
//   without a code counted as untagged, a malformed code as "other").
// - Days from first contact to first conversation: per family whose first conversation
//   ever (over all its series) is dated in the period and whose first-contact date is set:
//   first conversation date - first contact date, in days; the median over those families
//   (the mean of the two middle values when their number is even). A family whose first
//   conversation precedes its first contact is left out and counted as inconsistent.
// - Groups run: groups with at least one session in the period that has attendance
//   recorded (a session only planned is not run). Sessions held: those sessions. A cancelled
//   session is never held: its attendance and moods count in no indicator below.
// - Children in groups: distinct members (identified: by child; anonymous: by member)
//   marked present at least once at a session in the period.
// - Attendance rate: present marks / attendance marks at sessions in the period, in percent.
// - Mood change: mood checks at sessions in the period that have both a start and an end
//   mood (1-5): their number, distinct members, mean start, mean end, mean change (end -
//   start), and how many rose, stayed, fell.
// - Questionnaire score change: per instrument, subjects (child or group member) with a
//   scored "before" and a scored "after" schedule whose after score was taken in the
//   period; each schedule's latest score counts. Mean before, mean after, mean change.
// - Parent's problem type: distinct families of the identified children reached, by the
//   family's problem type (addiction, gambling, mental_illness, physical_illness,
//   disability, violence, bereavement; "other" for any other value, "unspecified" when
//   empty). Anonymous group members have no family and are not counted here.
struct Indicators
{
    std::string unitId;
    Period period;

    int childrenReached = 0;
    std::map<QString, int> childrenByAgeBand; // every band present, zeros included
    std::map<QString, int> childrenByGender;  // every key present, zeros included

    int seriesStarted = 0;
    int seriesCompleted = 0;
    int seriesDeclined = 0;
    int seriesEnded = 0;
    int seriesActive = 0;
    int seriesReferredToGroup = 0;
    int seriesReferredToOtherSupport = 0;

    int conversations = 0;
    std::map<QString, int> conversationsByKind;
    std::map<QString, int> conversationsByKvaCode;
    int conversationsWithoutKva = 0;

    int familiesWithFirstConversation = 0; // the median's base
    int familiesInconsistentFirstContact = 0;
    std::optional<double> medianDaysToFirstConversation;

    int groupsRun = 0;
    int sessionsHeld = 0;
    int childrenInGroups = 0;

    int attendanceMarks = 0;
    int attendancePresent = 0;
    int attendanceMembers = 0; // distinct members marked
    std::optional<double> attendanceRatePercent;

    int moodPairs = 0;
    int moodMembers = 0;
    std::optional<double> moodMeanStart;
    std::optional<double> moodMeanEnd;
    std::optional<double> moodMeanChange;
    int moodRose = 0;
    int moodSame = 0;
    int moodFell = 0;

    std::map<QString, ScoreChange> scoreChanges; // by instrument

    int familiesReached = 0;
    std::map<QString, int> familiesByProblemType;
};

// The fixed category keys, in display order.
const std::vector<QString> &ageBands();
const std::vector<QString> &genders();
const std::vector<QString> &conversationKinds();
const std::vector<QString> &problemTypes();

// Pure: the same input always gives the same numbers. Empty naming "unit" for an empty
// unit id, InvalidDate for a bad period (see validatePeriod).
domain::DomainResult<Indicators> computeIndicators(const IndicatorInput &input,
                                                   const std::string &unitId, const Period &period);

} // namespace lykta::followup
