#pragma once

#include "serverstorage.h"

#include <memory>
#include <string>

namespace lykta::server {

// Opens the backend a `--db` spec names: `sqlite:PATH` (the default, one file) or a libpq URL,
// `postgresql://USER@HOST:PORT/DB` (several servers on one database).
StorageResult<std::unique_ptr<ServerStorage>> openStorage(const std::string &spec);

inline constexpr const char *kDefaultDbSpec = "sqlite:lykta-server.db";

} // namespace lykta::server
