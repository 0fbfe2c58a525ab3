#pragma once

#include "serverstorage.h"

#include <cstdint>
#include <ostream>
#include <string>
#include <vector>

namespace lykta::server {

// `lykta-server admin retention list|set ...`: `args` starts after "retention".
int runRetentionAdmin(ServerStorage &storage, const std::vector<std::string> &args,
                      std::ostream &out, std::ostream &err);

// `lykta-server retention run [--now YYYY-MM-DD] [--dry-run]`: `args` starts after "retention".
// `nowMs` is the real time: the default day, the limit for --now and the audit entries' time.
int runRetentionCommand(ServerStorage &storage, const std::vector<std::string> &args,
                        std::int64_t nowMs, std::ostream &out, std::ostream &err);

} // namespace lykta::server
