#pragma once

#include "serverstorage.h"

#include <ostream>
#include <string>
#include <vector>

namespace lykta::server {

// The operator's backup and restore of an SQLite server (README: Deploying for a region):
//   lykta-server backup  [--db sqlite:PATH [--db-key-file KEY]] --out BACKUP
//   lykta-server restore  --db sqlite:PATH [--db-key-file KEY]  --from BACKUP
// `backup` copies the database while a server serves it (SqliteStorage::backupTo); `restore`
// checks a backup and puts it in place with the server stopped (SqliteStorage::restore).
// `args` are the words after the command. Both return the process's exit code.
int runBackup(ServerStorage &storage, const std::vector<std::string> &args, std::ostream &out,
              std::ostream &err);
int runRestore(const std::string &dbSpec, const std::string &keyFile,
               const std::vector<std::string> &args, std::ostream &out, std::ostream &err);

} // namespace lykta::server
