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

    // Guardians: a name, a known relation, a phone number and e-mail address that can be
    // one, and no personnummer typed into a free field (that goes through identification).
    DomainResult<std::string> addGuardian(const store::Actor &actor, const Guardian &guardian);
    // Changes what staff edit (not the family, not the personnummer, not leftOn).
    DomainResult<bool> updateGuardian(const store::Actor &actor, const Guardian &guardian);
    // No longer part of the family from `leftOn` (not in the future); kept, shown as former.
    DomainResult<bool> markGuardianLeft(const store::Actor &actor, const std::string &id,
                                        const QDate &leftOn);
    DomainResult<Guardian> guardian(const store::Actor &actor, const std::string &id);
    // Current and former guardians, by name.
    DomainResult<std::vector<Guardian>> guardians(const store::Actor &actor,
                                                  const std::string &familyId);

    // "Ärendet avslutat" on a day between first contact and today, with a reason from
    // Family::closeReasons() ("other" needs the note). Everything stays; the case is listed
    // as closed, and retention counts the closing as the case's latest entry.
    DomainResult<bool> closeFamily(const store::Actor &actor, const std::string &id,
                                   const QDate &closedOn, const QString &reason,
                                   const QString &note);
    DomainResult<bool> reopenFamily(const store::Actor &actor, const std::string &id);

    // Case records are tombstoned, never erased. No screen offers this: a case that ends is
    // closed (closeFamily), and what is removed for good is retention's to decide.
    DomainResult<bool> removeFamily(const store::Actor &actor, const std::string &id);

    static DomainResult<bool> validateGuardian(const Guardian &guardian);

    static DomainResult<bool> validateChild(const Child &child, const QDate &today);

private:
    store::Store &m_store;
};

Child toChild(const store::Record &r);

} // namespace lykta::domain
