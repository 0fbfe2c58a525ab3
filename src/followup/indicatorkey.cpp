#include "indicatorkey.h"

namespace lykta::followup {

namespace {

constexpr IndicatorKey kLast = IndicatorKey::FamiliesByProblemType;

} // namespace

QString keyName(IndicatorKey key)
{
    switch (key) {
    case IndicatorKey::ChildrenReached:
        return QStringLiteral("children_reached");
    case IndicatorKey::ChildrenByAgeBand:
        return QStringLiteral("children_by_age_band");
    case IndicatorKey::ChildrenByGender:
        return QStringLiteral("children_by_gender");
    case IndicatorKey::SeriesStarted:
        return QStringLiteral("series_started");
    case IndicatorKey::SeriesStatus:
        return QStringLiteral("series_status");
    case IndicatorKey::SeriesOutcome:
        return QStringLiteral("series_outcome");
    case IndicatorKey::Conversations:
        return QStringLiteral("conversations");
    case IndicatorKey::ConversationsByKind:
        return QStringLiteral("conversations_by_kind");
    case IndicatorKey::ConversationsByKvaCode:
        return QStringLiteral("conversations_by_kva_code");
    case IndicatorKey::DaysToFirstConversation:
        return QStringLiteral("days_to_first_conversation");
    case IndicatorKey::GroupsRun:
        return QStringLiteral("groups_run");
    case IndicatorKey::SessionsHeld:
        return QStringLiteral("sessions_held");
    case IndicatorKey::ChildrenInGroups:
        return QStringLiteral("children_in_groups");
    case IndicatorKey::AttendanceRate:
        return QStringLiteral("attendance_rate");
    case IndicatorKey::Mood:
        return QStringLiteral("mood");
    case IndicatorKey::ScorePairs:
        return QStringLiteral("score_pairs");
    case IndicatorKey::ScoreBefore:
        return QStringLiteral("score_before");
    case IndicatorKey::ScoreAfter:
        return QStringLiteral("score_after");
    case IndicatorKey::ScoreChange:
        return QStringLiteral("score_change");
    case IndicatorKey::FamiliesReached:
        return QStringLiteral("families_reached");
    case IndicatorKey::FamiliesByProblemType:
        return QStringLiteral("families_by_problem_type");
    }
    return {};
}

std::optional<IndicatorKey> indicatorKeyNamed(QStringView name)
{
    for (int i = 0; i <= static_cast<int>(kLast); ++i) {
        const auto key = static_cast<IndicatorKey>(i);
        if (keyName(key) == name)
            return key;
    }
    return std::nullopt;
}

} // namespace lykta::followup
