#pragma once

#include "indicatorkey.h"
#include "indicators.h"

#include <QString>

#include <optional>
#include <vector>

namespace lykta::followup {

// One number of the report, keyed for machines (indicator + category) and labelled for
// people by IndicatorText. Exports (CSV, PDF) render exactly these cells.
struct IndicatorCell
{
    enum class Kind
    {
        Persons,   // a count of children, families or series (one per child)
        Events,    // a count of conversations, sessions or groups: never suppressed
        Statistic, // a rate, mean, median or a count of checks that rests on `basePersons`
    };

    IndicatorKey indicator = IndicatorKey::ChildrenReached;
    QString category; // "total" for a headline number
    Kind kind = Kind::Persons;
    std::optional<double> value; // empty: nothing to compute (no data in the period)
    int decimals = 0;
    int basePersons = 0; // how many persons the value rests on
    bool suppressed = false;
};

// Small-cell suppression, so no one can be recognised from a small number:
// - a Persons cell from 1 to threshold - 1 is suppressed (0 is shown: it reveals no one);
// - a Statistic resting on fewer than `threshold` persons is suppressed;
// - secondary: when exactly one cell of a breakdown (ages, genders, series status,
//   problem types) is suppressed and its total is shown, the smallest other non-zero cell
//   is suppressed too, so the hidden one cannot be worked out as total minus the rest.
// Event counts are never suppressed. threshold 0 turns suppression off (for the tablet's
// own screen, never for an export).
struct SuppressionPolicy
{
    static constexpr int kDefaultThreshold = 5;
    int threshold = kDefaultThreshold;
};

std::vector<IndicatorCell> tabulate(const Indicators &indicators,
                                    const SuppressionPolicy &policy = {});

// The value as text: "12", "83.3", "-0.50"; empty when suppressed or without a value.
QString formatValue(const IndicatorCell &cell);

} // namespace lykta::followup
