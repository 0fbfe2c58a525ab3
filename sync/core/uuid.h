#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace lykta::sync {

// Record ids: UUID version 7 (RFC 9562), time-ordered so that new rows append to the
// B-tree, and generated offline on any device without coordination.
std::string newUuidV7(std::int64_t unixMs);
std::string newUuidV7();

// Canonical lower-case 8-4-4-4-12 form.
bool isUuid(std::string_view text);

} // namespace lykta::sync
