#pragma once

#include <cstdint>
#include <string>

namespace lykta::server {

// Milliseconds since the epoch as ISO 8601 UTC to the second ("2026-12-05T21:04:06Z"): how the
// operator's commands (admin, retention) print a time.
std::string isoTime(std::int64_t ms);

} // namespace lykta::server
