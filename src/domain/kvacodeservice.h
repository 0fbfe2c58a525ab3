#pragma once

#include "domainerror.h"
#include "kvacode.h"
#include "store/store.h"

#include <vector>

namespace lykta::domain {

// The organisation's imported KVÅ code lists. Lykta ships no codes: a list is imported as
// CSV text (code;title;conversation kind per line, ';' or ',' separated, an optional header
// line) under a version name. Importing the same version again replaces its codes.
class KvaCodeService
{
public:
    explicit KvaCodeService(store::Store &store) : m_store(store) {}

    // All lines are checked before anything is written; a bad line refuses the whole file
    // and `field` names it ("line 3").
    DomainResult<std::size_t> importCsv(const store::Actor &actor, const QString &csv,
                                        const QString &listVersion);
    std::vector<KvaCode> codes(const QString &listVersion = {}) const;
    std::vector<KvaCode> codesForKind(const QString &conversationKind) const;
    bool isKnown(const QString &code) const;

    static bool isWellFormed(const QString &code);

private:
    store::Store &m_store;
};

} // namespace lykta::domain
