#pragma once

#include "serverstorage.h"

#include <cstdint>
#include <ostream>
#include <string>
#include <vector>

namespace lykta::server {

// Days a tablet may stay away and still sync by the log after a compaction (compact's
// --keep-days): the horizon stays at or below every staff device's last pull from within them.
inline constexpr int kCompactKeepDays = 90;
// Log rows deleted per transaction: pushes and pulls go on between them.
inline constexpr std::uint32_t kCompactBatch = 5'000;

// `lykta-server compact [--keep-days N] [--horizon POSITION] [--batch N]`: removes superseded
// versions from the log (ServerStorage::compactLog) and says what it did; `args` starts after
// "compact". `nowMs` is the real time.
int runCompactCommand(ServerStorage &storage, const std::vector<std::string> &args,
                      std::int64_t nowMs, std::ostream &out, std::ostream &err);

} // namespace lykta::server
