#pragma once

#include "serverstorage.h"

#include <memory>
#include <string>

namespace lykta::server {

// Opens the backend a `--db` spec names: `sqlite:PATH` (the default, one file). PostgreSQL
// (`postgresql://...`) joins here behind the same interface.
StorageResult<std::unique_ptr<ServerStorage>> openStorage(const std::string &spec);

inline constexpr const char *kDefaultDbSpec = "sqlite:lykta-server.db";

} // namespace lykta::server
