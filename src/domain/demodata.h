#pragma once

#include "domainerror.h"
#include "kioskcontentpack.h"
#include "store/store.h"

#include <QDate>

namespace lykta::domain {

// Fills an empty store with a realistic but entirely made-up unit for `lykta --demo`:
// families, children, conversation series with conversations, a support group with
// sessions, attendance, mood checks and notes. Every name is invented and the unit says so
// in its name. Runs once: a second run is refused with AlreadySeeded.
class DemoData
{
public:
    static constexpr const char *kUnitName = "Demoenheten (påhittade uppgifter)";
    // Fixed ids, so a demo server (scripts/run) can hold the same unit and staff member the
    // demo tablet writes as: `lykta-server admin create-unit --id kUnitId ...`.
    static constexpr const char *kUnitId = "01936e00-0000-7000-8000-00000000de01";
    static constexpr const char *kStaffId = "01936e00-0000-7000-8000-00000000de02"; // Maja

    // Dates are placed relative to `today` so ages and sessions stay plausible. With
    // `kioskContent` (the app passes Lykta's shipped set) the unit's kiosk content is that set;
    // without it, one card.
    static DomainResult<std::string> seed(store::Store &store,
                                          const QDate &today = QDate::currentDate(),
                                          const KioskContentPack *kioskContent = nullptr);
    static bool isSeeded(const store::Store &store);
};

} // namespace lykta::domain
