#pragma once

#include "domainerror.h"
#include "store/store.h"

#include <vector>

namespace lykta::domain {

using store::AuditEntry;

// Reading the append-only access log: who read or changed a subject, and when. Exporting a
// subject's log is itself logged.
class AuditTrail
{
public:
    explicit AuditTrail(store::Store &store) : m_store(store) {}

    DomainResult<std::vector<AuditEntry>> entriesFor(const std::string &subjectId) const;
    // Entries of one action ("read", "create", ...) about a subject.
    DomainResult<std::vector<AuditEntry>> entriesFor(const std::string &subjectId,
                                                     store::AuditAction action) const;
    DomainResult<std::vector<AuditEntry>>
    exportFor(const store::Actor &actor, const std::string &entity, const std::string &subjectId);

private:
    store::Store &m_store;
};

} // namespace lykta::domain
