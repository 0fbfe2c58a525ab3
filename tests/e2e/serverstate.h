#pragma once

// A tablet compared with the server it synced with, field by field: the server's records read
// through its own storage code (ServerStorage, in the test process, on the database the
// running server uses) and the tablet's rows, field timestamps and conflict copies read from
// its store.

#include "serverstorage.h"
#include "store/store.h"
#include "storereplica.h"
#include "testdatabase.h"

#include <string>
#include <vector>

namespace lykta::test {

// The replica of a tablet from before state pages: its first sync replays the log.
class LogReplica : public syncctl::StoreReplica
{
public:
    using StoreReplica::StoreReplica;
    Result<bool, std::string> pullsState() override { return false; }
};

// What differs between the server's records of `units` and `tablet` (empty when nothing does):
// a record missing on either side, a field's value or timestamp, and for long text its base,
// author and conflict copies. A record the server's retention removed must be gone from the
// tablet. At most `limit` differences, each naming entity, record and field (no values).
std::vector<std::string> differencesFromServer(const TestDatabase &database,
                                               const std::vector<std::string> &units,
                                               store::Store &tablet, std::size_t limit = 20);

// The same, for a storage the test holds open.
std::vector<std::string> differencesFromServer(server::ServerStorage &storage,
                                               const std::vector<std::string> &units,
                                               store::Store &tablet, std::size_t limit = 20);

// Whether `tablet` equals the server's records of `unit`, each difference as a warning.
bool equalsServer(const TestDatabase &database, const std::string &unit, store::Store &tablet);

} // namespace lykta::test
