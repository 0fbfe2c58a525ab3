#pragma once

// Shared by the store tests: open a store on a real file, and check the store's central
// invariant straight from the file — every committed change has exactly its deltas, and no
// delta exists without its change.

#include "store/fieldclocks.h"
#include "store/store.h"

#include <QString>

#include <memory>
#include <string>

namespace lykta::store::test {

inline const Actor kActor{"staff-1", "unit-1"};

// The VFS the suite runs over; the encrypted-VFS run of the same suite sets LYKTA_TEST_VFS.
std::string testVfs();

std::unique_ptr<Store> openStore(const std::string &path, sync::HlcClock::PhysicalClock clock = {});

// A draft case note by kActor.
Change newNote(const std::string &body);

// Creates the unit row kActor belongs to, so foreign keys hold.
void createUnit(Store &store);

// Empty string when the invariant holds, else what is wrong (ids and fields only).
std::string checkDeltaInvariant(sqlite3 *db);

QByteArray fileHash(const QString &path);

} // namespace lykta::store::test
