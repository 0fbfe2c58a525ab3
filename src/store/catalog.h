#pragma once

#include "sync/sqlite/catalog.h"

namespace lykta::store {

// The store's entities and fields, read from its own file (sync/sqlite/catalog.h).
using sqlitedb::accepts;
using sqlitedb::Catalog;
using sqlitedb::EntityDef;
using sqlitedb::FieldDef;
using sqlitedb::FieldType;

} // namespace lykta::store
