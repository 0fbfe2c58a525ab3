#pragma once

#include "child.h"
#include "domainerror.h"
#include "family.h"
#include "guardian.h"
#include "store/store.h"

#include <vector>

namespace lykta::domain {

// Families (cases), their children and guardians. Opening any of them is case data and
// writes a read entry to the audit log. Personal numbers are never set here: see
// IdentificationService.
class FamilyService
{
public:
    explicit FamilyService(store::Store &store) : m_store(store) {}

    DomainResult<std::string> createFamily(const store::Actor &actor, const Family &family);
    DomainResult<bool> updateFamily(const store::Actor &actor, const Family &family);
    DomainResult<Family> family(const store::Actor &actor, const std::string &id);
    // The unit's families, for a list screen (names only are shown; not audited per family).
    DomainResult<std::vector<Family>> families(const std::string &unitId) const;

    // Children are 0-18 on the day they are recorded.
    DomainResult<std::string> addChild(const store::Actor &actor, const Child &child);
    DomainResult<bool> updateChild(const store::Actor &actor, const Child &child);
    DomainResult<Child> child(const store::Actor &actor, const std::string &id);
    DomainResult<std::vector<Child>> children(const store::Actor &actor,
                                              const std::string &familyId);

    DomainResult<std::string> addGuardian(const store::Actor &actor, const Guardian &guardian);
    DomainResult<std::vector<Guardian>> guardians(const store::Actor &actor,
                                                  const std::string &familyId);

    // Case records are tombstoned, never erased.
    DomainResult<bool> removeFamily(const store::Actor &actor, const std::string &id);

    static DomainResult<bool> validateChild(const Child &child, const QDate &today);

private:
    store::Store &m_store;
};

Child toChild(const store::Record &r);

} // namespace lykta::domain
