#pragma once

#include "serverstorage.h"

#include <ostream>
#include <string>
#include <vector>

namespace lykta::server {

// `lykta-server admin <command> ...`: the operator's commands. Prints results to `out`
// (ids, codes, tables) and reasons to `err`; returns a process exit code.
// The admin commands and their options, as `lykta-server admin help` prints them.
const char *adminUsage();

int runAdmin(ServerStorage &storage, const std::vector<std::string> &args, std::ostream &out,
             std::ostream &err);

} // namespace lykta::server
