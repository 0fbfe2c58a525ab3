#pragma once

#include "indicatorinput.h"
#include "serverstorage.h"

#include <string>

namespace lykta::server {

// One unit's follow-up rows from the server's own storage: the merged state of its records
// (the record table, what every push merges against), tombstoned records left out, and only
// the fields followup::IndicatorInput names. The same rows a tablet's IndicatorReader reads
// from its store, so the server's report and the tablet's agree once both are in sync.
StorageResult<followup::IndicatorInput> readIndicatorInput(ServerStorage &storage,
                                                           const std::string &unitId);

} // namespace lykta::server
