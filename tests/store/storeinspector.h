#pragma once

#include "store/store.h"

namespace lykta::store {

// What a test does under a Store where no user can: reads the file's invariants and pragmas,
// injects a fault with SQL, checks that a trigger refuses a change. Production code has only
// the store's own calls (Store::database() is private).
struct StoreInspector
{
    static Database &database(Store &store) { return store.database(); }
};

} // namespace lykta::store
