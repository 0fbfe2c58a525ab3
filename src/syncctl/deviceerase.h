#pragma once

#include "enrollment.h"

#include <string>
#include <vector>

namespace lykta::syncctl {

// What a device does when the server says a manager reported it lost or stolen
// (sync::client::ErrorClass::Erase), once every connection to its store is closed:
// 1. the key file (`<db>.key`) is overwritten with zeros, flushed and removed first: without
//    the data key the encrypted pages still on flash are unreadable;
// 2. the enrollment (`<db>.sync`, the sealed token) is removed;
// 3. the database goes with its WAL, shared memory, journal and the copies taken before schema
//    migrations (drafts live inside it).
// A file that is not there is not an error. `removed` lists what went; `failure` names the
// first file that could not be removed (and the rest are still tried).
struct EraseOutcome
{
    std::vector<std::string> removed;
    std::string failure;
};
EraseOutcome eraseDeviceFiles(const std::string &databasePath);

// Tells the server the device has erased itself (POST /v1/erased with the token read before
// the files went), trying up to `tries` times while the answer is transient. The server then
// records it in its audit log; true when it has.
bool confirmErased(const Enrollment &enrollment, int tries = 3);

} // namespace lykta::syncctl
