#pragma once

#include "amendment.h"
#include "domainerror.h"
#include "store/store.h"

#include <vector>

namespace lykta::domain {

// Corrections of signed notes and conversations. An amendment is a new record linked to
// the original; the original is never touched and stays readable with who and when.
class AmendmentService
{
public:
    explicit AmendmentService(store::Store &store) : m_store(store) {}

    // `targetEntity` is "note" or "conversation"; the target must be signed (a draft is
    // simply edited).
    DomainResult<std::string> amend(const store::Actor &actor, const std::string &targetEntity,
                                    const std::string &targetId, const QString &reason,
                                    const QString &body);
    // The amendments of one note or conversation, oldest first.
    DomainResult<std::vector<Amendment>> amendments(const store::Actor &actor,
                                                    const std::string &targetEntity,
                                                    const std::string &targetId);

private:
    store::Store &m_store;
};

} // namespace lykta::domain
