#pragma once

#include "domainerror.h"
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

    // Dates are placed relative to `today` so ages and sessions stay plausible.
    static DomainResult<std::string> seed(store::Store &store,
                                          const QDate &today = QDate::currentDate());
    static bool isSeeded(const store::Store &store);
};

} // namespace lykta::domain
