#pragma once

#include <QString>

namespace lykta::domain {

// How long a waiting-room kiosk waits after the last touch before it goes back to the start,
// per page, in seconds. Set centrally by staff with the content role (one record per unit,
// schema v19); a kiosk without one uses these defaults. Longer on a card, which someone may be
// reading aloud to a child, than on the start page.
struct KioskSettings
{
    static constexpr int kMinSeconds = 15;
    static constexpr int kMaxSeconds = 1800;

    int idleStartSeconds = 60;
    int idleCardsSeconds = 90;
    int idleCardSeconds = 180;
    int idleHelplinesSeconds = 180;

    // The idle time of a kiosk page: "start", "cards", "card" or "helplines"; the start
    // page's for any other name.
    int idleSecondsFor(const QString &page) const
    {
        if (page == QLatin1String("cards"))
            return idleCardsSeconds;
        if (page == QLatin1String("card"))
            return idleCardSeconds;
        if (page == QLatin1String("helplines"))
            return idleHelplinesSeconds;
        return idleStartSeconds;
    }

    friend bool operator==(const KioskSettings &, const KioskSettings &) = default;
};

} // namespace lykta::domain
