#pragma once

#include "sync/core/delta.h"
#include "sync/core/fieldstate.h"

#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace lykta::server {

// One field of one record as the server holds it: the merge state and the id of the delta
// that wrote the current value (a kiosk pull re-sends current values as deltas).
struct StoredField
{
    sync::FieldState state;
    sync::DeltaId writer;

    friend bool operator==(const StoredField &, const StoredField &) = default;
};

// The server's materialised state of one record: what every push merges against. Kept as one
// compact blob per record, so a push reads and writes one row per record, not one per field.
struct RecordState
{
    std::map<std::string, StoredField, std::less<>> fields;

    const StoredField *find(std::string_view field) const;
    const sync::Value &value(std::string_view field) const; // null when never written

    // Versioned little-endian encoding. decode() is total: nullopt on damaged bytes.
    std::string encode() const;
    static std::optional<RecordState> decode(std::string_view bytes);

    friend bool operator==(const RecordState &, const RecordState &) = default;
};

// A refusal's `current` delta (the server's value of the refused field, as answered) in this
// encoding, one field, so a replay of the refused id is answered from what was sent then.
std::string encodeCurrent(const sync::Delta &current);
// nullopt on damaged bytes. `entity` and `id` are the refused delta's: `current` is of its record.
std::optional<sync::Delta> decodeCurrent(std::string_view bytes, const std::string &entity,
                                         const std::string &id);

} // namespace lykta::server
