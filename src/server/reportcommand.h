#pragma once

#include "serverstorage.h"

#include <ostream>
#include <string>
#include <vector>

namespace lykta::server {

// `lykta-server report --unit U --from YYYY-MM-DD --to YYYY-MM-DD --format csv|pdf [--out F]`:
// a unit's follow-up report for the operator, written to F (replaced whole, or not at all) or
// to `out`, and audited as an export by "operator". Reasons go to `err`; returns 0, 1 (the
// report could not be made or written) or 2 (usage).
int runReport(ServerStorage &storage, const std::vector<std::string> &args, std::ostream &out,
              std::ostream &err);

} // namespace lykta::server
