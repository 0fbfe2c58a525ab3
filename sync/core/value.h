#pragma once

#include <cstdint>
#include <string>
#include <variant>
#include <vector>

namespace lykta::sync {

using Blob = std::vector<std::uint8_t>;

// The value of one field of one record: the types SQLite stores natively, so a field
// round-trips between a delta, the store and the wire without conversion.
using Value = std::variant<std::monostate, std::int64_t, double, std::string, Blob>;

inline bool isNull(const Value &v)
{
    return std::holds_alternative<std::monostate>(v);
}

} // namespace lykta::sync
