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

// The VFS the suite runs over. ctest runs the suite twice: once on SQLite's default VFS, and
// once with LYKTA_TEST_VFS=lykta-encrypted-test, the encrypted VFS with a fixed test key
// (registered on first use, in every process of the run, so a child writer shares it).
inline constexpr std::string_view kEncryptedTestVfs = "lykta-encrypted-test";
std::string testVfs();
bool testRunIsEncrypted();

std::unique_ptr<Store> openStore(const std::string &path, sync::HlcClock::PhysicalClock clock = {});
// The same with options of the test's own (the suite's VFS is set on them).
std::unique_ptr<Store> openStore(StoreOptions options);

// A draft case note by kActor.
Change newNote(const std::string &body);

// Creates the unit row kActor belongs to, so foreign keys hold.
void createUnit(Store &store);

// Empty string when the invariant holds, else what is wrong (ids and fields only).
std::string checkDeltaInvariant(sqlite3 *db);

QByteArray fileHash(const QString &path);

// A field value as a test's failure message shows it: null, "text", a number, blob:N.
std::string show(const sync::Value &value);

} // namespace lykta::store::test
