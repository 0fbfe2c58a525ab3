#pragma once

#include "domainerror.h"
#include "staff.h"
#include "store/store.h"
#include "unit.h"

#include <optional>
#include <vector>

namespace lykta::domain {

// Units and their staff. The app's setup and the server's enrollment drive it.
class UnitService
{
public:
    explicit UnitService(store::Store &store) : m_store(store) {}

    // A unit is its own scope: its unit_id is its id.
    DomainResult<std::string> createUnit(const store::Actor &actor, const Unit &unit);
    DomainResult<Unit> unit(const std::string &id) const;
    std::vector<Unit> units() const;

    DomainResult<std::string> createStaff(const store::Actor &actor, const Staff &staff);
    // A manager's correction of a colleague: name and title only, never the role, which the
    // server owns (it refuses a colleague's device any other field of the record).
    DomainResult<bool> correctStaff(const store::Actor &actor, const std::string &staffId,
                                    const QString &name, const QString &title);
    DomainResult<Staff> staff(const std::string &id) const;
    std::vector<Staff> staffOf(const std::string &unitId) const;

private:
    store::Store &m_store;
};

} // namespace lykta::domain
