#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace lykta::sync {

// Record ids: UUID version 7 (RFC 9562), time-ordered so that new rows append to the
// B-tree, and generated offline on any device without coordination.
std::string newUuidV7(std::int64_t unixMs);
std::string newUuidV7();

// Canonical lower-case 8-4-4-4-12 form.
bool isUuid(std::string_view text);

// The 16 bytes a canonical id (isUuid) writes in hex, in order; nullopt for any other text.
// uuidText gives the canonical text back, so the two round-trip exactly.
using UuidBytes = std::array<std::uint8_t, 16>;
std::optional<UuidBytes> uuidBytes(std::string_view text);
std::string uuidText(const UuidBytes &bytes);

} // namespace lykta::sync
