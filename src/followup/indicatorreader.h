#pragma once

#include "domainerror.h"
#include "indicatorinput.h"
#include "store/store.h"

namespace lykta::followup {

// Gathers one unit's indicator rows from a tablet's Store: live (not tombstoned) records
// only, the fields IndicatorInput names and nothing else. Reading for statistics shows no
// one's case, so it writes no read entries; exporting the result is audited (see
// followupexport.h).
class IndicatorReader
{
public:
    explicit IndicatorReader(const store::Store &store) : m_store(store) {}

    // Empty naming "unit" for an empty unit id; Storage when the store fails.
    domain::DomainResult<IndicatorInput> read(const std::string &unitId) const;

private:
    const store::Store &m_store;
};

} // namespace lykta::followup
