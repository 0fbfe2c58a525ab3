#pragma once

// Internal to the store's .cpp files: a record's row as read for a change.

#include "fieldclocks.h"
#include "store.h"

namespace lykta::store {

struct Store::Loaded
{
    std::vector<sync::Value> values; // by FieldDef::column
    FieldClocks clocks;
};

} // namespace lykta::store
