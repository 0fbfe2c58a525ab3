#pragma once

#include <QString>

#include <cstdint>
#include <optional>

namespace lykta::followup {

// Every indicator of the follow-up report. Its name (keyName: "children_reached") is what the
// CSV file, the app's figures and charts and the PDF's charts name it by; a shipped name never
// changes, since a municipality's spreadsheets read it.
enum class IndicatorKey : std::uint8_t
{
    ChildrenReached,
    ChildrenByAgeBand,
    ChildrenByGender,
    SeriesStarted,
    SeriesStatus,
    SeriesOutcome,
    Conversations,
    ConversationsByKind,
    ConversationsByKvaCode,
    DaysToFirstConversation,
    GroupsRun,
    SessionsHeld,
    ChildrenInGroups,
    AttendanceRate,
    Mood,
    ScorePairs,
    ScoreBefore,
    ScoreAfter,
    ScoreChange,
    FamiliesReached,
    FamiliesByProblemType,
};

QString keyName(IndicatorKey key);
// The indicator a name stands for; none for a name no indicator has.
std::optional<IndicatorKey> indicatorKeyNamed(QStringView name);

} // namespace lykta::followup
