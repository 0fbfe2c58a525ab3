#pragma once

#include "hlc.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lykta::sync {

// A delta's `seen` versions as one compact column value, for the stores that keep deltas in
// SQL rows (the tablet's outbox, the server's log): 16 bytes a version, little-endian
// Hlc::packedTime then device. Empty list, empty bytes (stored as NULL).
std::string encodeVersions(const std::vector<Hlc> &versions);
// nullopt when the bytes are not a whole number of versions (a damaged row).
std::optional<std::vector<Hlc>> decodeVersions(std::string_view bytes);

} // namespace lykta::sync
