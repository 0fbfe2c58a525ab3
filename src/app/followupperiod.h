#pragma once

#include "period.h"

#include <QString>

#include <optional>
#include <vector>

namespace lykta::app {

// The periods the Follow-up screen offers, worked out from a given day so tests can fix it.
// Tertials are January–April, May–August and September–December, as units plan their staff
// meetings. A period that includes today ends today: days to come have nothing to count.
class FollowupPeriod
{
public:
    enum class Preset
    {
        ThisTertial,
        PreviousTertial,
        LastThreeMonths,
        ThisYear,
        PreviousYear,
        Custom,
    };

    static const std::vector<Preset> &presets();
    // Stable keys for QML and settings: "this_tertial", ...; nullopt for an unknown key.
    static QString key(Preset preset);
    static std::optional<Preset> fromKey(const QString &key);

    // The period of a preset on `today`; Custom has none.
    static std::optional<followup::Period> of(Preset preset, const QDate &today);
};

} // namespace lykta::app
