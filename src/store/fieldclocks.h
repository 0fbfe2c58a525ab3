#pragma once

#include "sync/core/hlc.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lykta::store {

// The timestamp of each field's current value in one record, kept in the record's own
// `_clock` column so a write reads and writes one row, not one row per field.
//
// Long-text fields also keep the base and author of their current value: the merge rule
// needs them to tell a concurrent edit from a knowing overwrite, and to name the writer of
// a text that becomes a conflict copy. Plain fields never need them, so they do not pay.
//
// Encoding (little-endian), one entry after another:
//   plain:     [u8 name length > 0][name][i64 packed time][u64 device]
//   long text: [u8 0][u8 name length][name][i64 packed][u64 device]
//              [i64 base packed][u64 base device][u8 author length][author]
class FieldClocks
{
public:
    struct Entry
    {
        std::string field;
        sync::Hlc hlc;
        sync::Hlc base;     // null for plain fields
        std::string author; // empty for plain fields
    };

    // nullopt when the bytes are not a valid encoding (a damaged row).
    static std::optional<FieldClocks> decode(std::string_view bytes);
    std::string encode() const;

    sync::Hlc get(std::string_view field) const; // null Hlc when never written
    const Entry *entry(std::string_view field) const;
    void set(std::string_view field, const sync::Hlc &hlc);
    void set(std::string_view field, const sync::Hlc &hlc, const sync::Hlc &base,
             std::string_view author);
    bool empty() const { return m_entries.empty(); }
    const std::vector<Entry> &entries() const { return m_entries; }

private:
    Entry &slot(std::string_view field);

    std::vector<Entry> m_entries;
};

} // namespace lykta::store
