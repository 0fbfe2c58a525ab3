#pragma once

#include "sync/core/hlc.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lykta::store {

// The timestamp of each field's current value in one record, kept in the record's own
// `_clock` column so a write reads and writes one row, not one row per field.
// Encoding (little-endian): repeated [u8 name length][name][i64 packed time][u64 device].
class FieldClocks
{
public:
    // nullopt when the bytes are not a valid encoding (a damaged row).
    static std::optional<FieldClocks> decode(std::string_view bytes);
    std::string encode() const;

    sync::Hlc get(std::string_view field) const; // null Hlc when never written
    void set(std::string_view field, const sync::Hlc &hlc);
    bool empty() const { return m_entries.empty(); }

private:
    std::vector<std::pair<std::string, sync::Hlc>> m_entries;
};

} // namespace lykta::store
