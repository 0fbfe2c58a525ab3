#pragma once

#include "serverstorage.h"

#include <ostream>
#include <string>
#include <vector>

namespace lykta::server {

// The operator's commands for the SQLite file's encryption key (docs/architecture.md):
//   admin new-key --out FILE                   a fresh key, 0600, never over an existing file
//   admin encrypt --out PATH --key-file FILE   an encrypted copy of the --db database
// `encrypt` also rotates the key: open the database with the old key (--db-key-file) and
// copy it under the new one. Both return the process's exit code.
int runNewKey(const std::vector<std::string> &args, std::ostream &out, std::ostream &err);
int runEncrypt(ServerStorage &storage, const std::vector<std::string> &args, std::ostream &out,
               std::ostream &err);

} // namespace lykta::server
