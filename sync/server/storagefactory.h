#pragma once

#include "serverstorage.h"

#include <memory>
#include <string>

namespace lykta::crypto {
class Vault;
}

namespace lykta::server {

// Opens the backend a `--db` spec names: `sqlite:PATH` (the default, one file) or a libpq URL,
// `postgresql://USER@HOST:PORT/DB` (several servers on one database). `keyFile`
// (`--db-key-file`, see dbkey.h): the SQLite file is encrypted with the key in it; PostgreSQL
// refuses one (its encryption at rest is the deployment's). `backupDir` (`--migration-backup-dir`):
// where a PostgreSQL database of an older schema is dumped before it is migrated (empty: the
// working directory); an SQLite file's copy always goes beside it.
StorageResult<std::unique_ptr<ServerStorage>> openStorage(const std::string &spec,
                                                          const std::string &keyFile = {},
                                                          const std::string &backupDir = {});
// The vault over the key in `keyFile` (dbkey::read's checks), for opening SQLite files with.
StorageResult<std::unique_ptr<crypto::Vault>> openKey(const std::string &keyFile);

inline constexpr const char *kDefaultDbSpec = "sqlite:lykta-server.db";

} // namespace lykta::server
