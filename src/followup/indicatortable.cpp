#include "indicatortable.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace lykta::followup {

namespace {

const QString kTotal = QStringLiteral("total");

using Kind = IndicatorCell::Kind;

IndicatorCell persons(IndicatorKey indicator, const QString &category, int n)
{
    return {indicator, category, Kind::Persons, double(n), 0, n, false};
}

IndicatorCell events(IndicatorKey indicator, const QString &category, int n)
{
    return {indicator, category, Kind::Events, double(n), 0, 0, false};
}

IndicatorCell statistic(IndicatorKey indicator, const QString &category,
                        std::optional<double> value, int decimals, int base)
{
    return {indicator, category, Kind::Statistic, value, decimals, base, false};
}

void breakdown(std::vector<IndicatorCell> &cells, IndicatorKey indicator,
               const std::map<QString, int> &counts, const std::vector<QString> &order)
{
    for (const auto &key : order) {
        auto it = counts.find(key);
        cells.push_back(persons(indicator, key, it == counts.end() ? 0 : it->second));
    }
}

// Breakdowns whose cells add up to a total shown elsewhere in the table.
const std::map<IndicatorKey, IndicatorKey> &breakdownTotals()
{
    static const std::map<IndicatorKey, IndicatorKey> totals{
        {IndicatorKey::ChildrenByAgeBand, IndicatorKey::ChildrenReached},
        {IndicatorKey::ChildrenByGender, IndicatorKey::ChildrenReached},
        {IndicatorKey::SeriesStatus, IndicatorKey::SeriesStarted},
        {IndicatorKey::FamiliesByProblemType, IndicatorKey::FamiliesReached},
    };
    return totals;
}

void suppress(std::vector<IndicatorCell> &cells, int threshold)
{
    if (threshold <= 0)
        return;
    for (auto &c : cells) {
        if (!c.value)
            continue;
        if (c.kind == Kind::Persons)
            c.suppressed = *c.value >= 1 && *c.value < threshold;
        else if (c.kind == Kind::Statistic)
            c.suppressed = c.basePersons < threshold;
    }
    for (const auto &[indicator, totalIndicator] : breakdownTotals()) {
        auto total = std::find_if(cells.begin(), cells.end(), [&](const IndicatorCell &c) {
            return c.indicator == totalIndicator && c.category == kTotal;
        });
        if (total == cells.end() || total->suppressed)
            continue;
        std::vector<IndicatorCell *> part;
        for (auto &c : cells) {
            if (c.indicator == indicator)
                part.push_back(&c);
        }
        if (std::count_if(part.begin(), part.end(), [](auto *c) { return c->suppressed; }) != 1)
            continue;
        IndicatorCell *smallest = nullptr;
        for (auto *c : part) {
            if (!c->suppressed && c->value && *c->value > 0 &&
                (!smallest || *c->value < *smallest->value))
                smallest = c;
        }
        if (smallest)
            smallest->suppressed = true;
    }
}

} // namespace

std::vector<IndicatorCell> tabulate(const Indicators &in, const SuppressionPolicy &policy)
{
    std::vector<IndicatorCell> cells;
    cells.push_back(persons(IndicatorKey::ChildrenReached, kTotal, in.childrenReached));
    breakdown(cells, IndicatorKey::ChildrenByAgeBand, in.childrenByAgeBand, ageBands());
    breakdown(cells, IndicatorKey::ChildrenByGender, in.childrenByGender, genders());

    cells.push_back(persons(IndicatorKey::SeriesStarted, kTotal, in.seriesStarted));
    cells.push_back(
        persons(IndicatorKey::SeriesStatus, QStringLiteral("completed"), in.seriesCompleted));
    cells.push_back(
        persons(IndicatorKey::SeriesStatus, QStringLiteral("declined"), in.seriesDeclined));
    cells.push_back(persons(IndicatorKey::SeriesStatus, QStringLiteral("ended"), in.seriesEnded));
    cells.push_back(persons(IndicatorKey::SeriesStatus, QStringLiteral("active"), in.seriesActive));
    cells.push_back(persons(IndicatorKey::SeriesOutcome, QStringLiteral("support_group"),
                            in.seriesReferredToGroup));
    cells.push_back(persons(IndicatorKey::SeriesOutcome, QStringLiteral("other_support"),
                            in.seriesReferredToOtherSupport));

    cells.push_back(events(IndicatorKey::Conversations, kTotal, in.conversations));
    for (const auto &key : conversationKinds())
        cells.push_back(
            events(IndicatorKey::ConversationsByKind, key, in.conversationsByKind.at(key)));
    for (const auto &[code, n] : in.conversationsByKvaCode)
        cells.push_back(events(IndicatorKey::ConversationsByKvaCode, code, n));
    cells.push_back(events(IndicatorKey::ConversationsByKvaCode, QStringLiteral("untagged"),
                           in.conversationsWithoutKva));

    cells.push_back(persons(IndicatorKey::DaysToFirstConversation, QStringLiteral("families"),
                            in.familiesWithFirstConversation));
    cells.push_back(statistic(IndicatorKey::DaysToFirstConversation, QStringLiteral("median"),
                              in.medianDaysToFirstConversation, 1,
                              in.familiesWithFirstConversation));

    cells.push_back(events(IndicatorKey::GroupsRun, kTotal, in.groupsRun));
    cells.push_back(events(IndicatorKey::SessionsHeld, kTotal, in.sessionsHeld));
    cells.push_back(persons(IndicatorKey::ChildrenInGroups, kTotal, in.childrenInGroups));
    cells.push_back(statistic(IndicatorKey::AttendanceRate, QStringLiteral("percent"),
                              in.attendanceRatePercent, 1, in.attendanceMembers));

    const int moodBase = in.moodMembers;
    cells.push_back(statistic(IndicatorKey::Mood, QStringLiteral("checks"),
                              in.moodPairs ? std::optional<double>(in.moodPairs) : std::nullopt, 0,
                              moodBase));
    cells.push_back(
        statistic(IndicatorKey::Mood, QStringLiteral("mean_start"), in.moodMeanStart, 2, moodBase));
    cells.push_back(
        statistic(IndicatorKey::Mood, QStringLiteral("mean_end"), in.moodMeanEnd, 2, moodBase));
    cells.push_back(statistic(IndicatorKey::Mood, QStringLiteral("mean_change"), in.moodMeanChange,
                              2, moodBase));
    const auto count = [&](int n) {
        return in.moodPairs ? std::optional<double>(n) : std::nullopt;
    };
    cells.push_back(
        statistic(IndicatorKey::Mood, QStringLiteral("rose"), count(in.moodRose), 0, moodBase));
    cells.push_back(
        statistic(IndicatorKey::Mood, QStringLiteral("same"), count(in.moodSame), 0, moodBase));
    cells.push_back(
        statistic(IndicatorKey::Mood, QStringLiteral("fell"), count(in.moodFell), 0, moodBase));

    for (const auto &[instrument, s] : in.scoreChanges) {
        cells.push_back(statistic(IndicatorKey::ScorePairs, instrument, s.pairs, 0, s.pairs));
        cells.push_back(statistic(IndicatorKey::ScoreBefore, instrument, s.meanBefore, 2, s.pairs));
        cells.push_back(statistic(IndicatorKey::ScoreAfter, instrument, s.meanAfter, 2, s.pairs));
        cells.push_back(statistic(IndicatorKey::ScoreChange, instrument, s.meanChange, 2, s.pairs));
    }

    cells.push_back(persons(IndicatorKey::FamiliesReached, kTotal, in.familiesReached));
    breakdown(cells, IndicatorKey::FamiliesByProblemType, in.familiesByProblemType, problemTypes());

    suppress(cells, policy.threshold);
    return cells;
}

QString formatValue(const IndicatorCell &cell)
{
    if (cell.suppressed || !cell.value)
        return {};
    double v = *cell.value;
    if (std::abs(v) < 0.5 * std::pow(10.0, -cell.decimals))
        v = 0; // never "-0.00"
    return QString::number(v, 'f', cell.decimals);
}

} // namespace lykta::followup
