#pragma once

#include <QDate>
#include <QString>

#include <optional>
#include <string>
#include <vector>

namespace lykta::followup {

// The rows the indicators are computed from: only the fields they need, as plain values.
// A tablet fills them from its Store (IndicatorReader); the server fills them from its own
// storage. Ids are opaque keys for joining rows and never leave computeIndicators.
// Free text (names, notes, conversation sections) is deliberately absent.

struct FamilyRow
{
    std::string id;
    std::string unitId;
    QString problemType; // addiction, mental_illness, ...; see indicators.h for the keys kept
    QDate firstContact;
};

struct ChildRow
{
    std::string id;
    std::string unitId;
    std::string familyId;
    QDate birthDate;
    QString gender; // girl, boy, other; anything else counts as unknown
};

struct SeriesRow
{
    std::string id;
    std::string unitId;
    std::string childId;
    std::string familyId;
    QDate started;
    QString status;  // active, completed, declined
    QString outcome; // none, support_group, other_support, declined
};

struct ConversationRow
{
    std::string id;
    std::string unitId;
    std::string seriesId;
    QDate date;
    QString kind;    // parent, parent_and_child, child, network, family
    QString kvaCode; // empty when not tagged
};

struct GroupRow
{
    std::string id;
    std::string unitId;
};

struct MemberRow
{
    std::string id;
    std::string unitId;
    std::string groupId;
    std::string childId; // identified groups only
    int age = -1;        // recorded at the group's start; -1 when unknown
};

struct SessionRow
{
    std::string id;
    std::string unitId;
    std::string groupId;
    QDate date;
    bool cancelled = false;
};

struct AttendanceRow
{
    std::string unitId;
    std::string sessionId;
    std::string memberId;
    bool present = false;
};

struct MoodRow
{
    std::string unitId;
    std::string sessionId;
    std::string memberId;
    int startMood = 0;
    std::optional<int> endMood;
};

struct ScheduleRow
{
    std::string id;
    std::string unitId;
    std::string subjectEntity; // child, group_member
    std::string subjectId;
    QString instrument;
    QString timepoint; // before, after, followup_6m
};

struct ScoreRow
{
    std::string unitId;
    std::string scheduleId;
    double score = 0;
    QDate takenDate;
};

struct IndicatorInput
{
    std::vector<FamilyRow> families;
    std::vector<ChildRow> children;
    std::vector<SeriesRow> series;
    std::vector<ConversationRow> conversations;
    std::vector<GroupRow> groups;
    std::vector<MemberRow> members;
    std::vector<SessionRow> sessions;
    std::vector<AttendanceRow> attendance;
    std::vector<MoodRow> moods;
    std::vector<ScheduleRow> schedules;
    std::vector<ScoreRow> scores;
};

} // namespace lykta::followup
