#include "followupperiod.h"

namespace lykta::app {

namespace {

QDate tertialStart(const QDate &day)
{
    return {day.year(), (day.month() - 1) / 4 * 4 + 1, 1};
}

} // namespace

const std::vector<FollowupPeriod::Preset> &FollowupPeriod::presets()
{
    static const std::vector<Preset> all{Preset::ThisTertial,     Preset::PreviousTertial,
                                         Preset::LastThreeMonths, Preset::ThisYear,
                                         Preset::PreviousYear,    Preset::Custom};
    return all;
}

QString FollowupPeriod::key(Preset preset)
{
    switch (preset) {
    case Preset::ThisTertial:
        return QStringLiteral("this_tertial");
    case Preset::PreviousTertial:
        return QStringLiteral("previous_tertial");
    case Preset::LastThreeMonths:
        return QStringLiteral("last_3_months");
    case Preset::ThisYear:
        return QStringLiteral("this_year");
    case Preset::PreviousYear:
        return QStringLiteral("previous_year");
    case Preset::Custom:
        return QStringLiteral("custom");
    }
    return {};
}

std::optional<FollowupPeriod::Preset> FollowupPeriod::fromKey(const QString &key)
{
    for (Preset p : presets()) {
        if (FollowupPeriod::key(p) == key)
            return p;
    }
    return std::nullopt;
}

std::optional<followup::Period> FollowupPeriod::of(Preset preset, const QDate &today)
{
    if (!today.isValid())
        return std::nullopt;
    switch (preset) {
    case Preset::ThisTertial:
        return followup::Period{tertialStart(today), today};
    case Preset::PreviousTertial: {
        const QDate start = tertialStart(tertialStart(today).addDays(-1));
        return followup::Period{start, start.addMonths(4).addDays(-1)};
    }
    case Preset::LastThreeMonths:
        return followup::Period{today.addMonths(-3).addDays(1), today};
    case Preset::ThisYear:
        return followup::Period{QDate(today.year(), 1, 1), today};
    case Preset::PreviousYear:
        return followup::Period{QDate(today.year() - 1, 1, 1), QDate(today.year() - 1, 12, 31)};
    case Preset::Custom:
        return std::nullopt;
    }
    return std::nullopt;
}

} // namespace lykta::app
