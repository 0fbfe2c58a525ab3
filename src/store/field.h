#pragma once

#include "catalog.h"

#include <string_view>

namespace lykta::store {

// One field of a synced entity, as the migrations declare it. Code names fields through the
// generated store/fields.h (fields::family::name, fields::child::birth_date, ...), never by a
// string typed by hand: a column a migration renames or drops then stops the build where it
// is used, and a field of another entity is refused where it is read or written (Record,
// FieldValue, Condition). Plain strings remain for code that handles any field (search,
// conflicts, sync).
struct Field
{
    std::string_view entity; // empty: a field every entity has (fields::any)
    std::string_view name;
    FieldType type = FieldType::Text;

    constexpr operator std::string_view() const { return name; }
};

} // namespace lykta::store
