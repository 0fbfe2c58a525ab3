#pragma once

#include <algorithm>
#include <chrono>

namespace lykta::sync::client {

// How long to wait before attempt `attempt` + 1 after `attempt` + 1 failures in a row:
// `first` doubled per failure up to `cap`, and at least what the server asked for with
// Retry-After (itself capped at `maxAsked`). The session's retries within a sync and the
// app's scheduled syncs after a failed one wait alike.
inline std::chrono::milliseconds backoffDelay(int attempt, std::chrono::milliseconds first,
                                              std::chrono::milliseconds cap,
                                              std::chrono::seconds retryAfter = {},
                                              std::chrono::milliseconds maxAsked = {})
{
    const auto delay = std::min(first * (1 << std::clamp(attempt, 0, 16)), cap);
    const auto asked = std::min<std::chrono::milliseconds>(retryAfter, maxAsked);
    return std::max<std::chrono::milliseconds>(delay, asked);
}

} // namespace lykta::sync::client
