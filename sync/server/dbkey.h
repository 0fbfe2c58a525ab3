#pragma once

#include "sync/core/result.h"
#include "sync/crypto/securekey.h"

#include <string>

namespace lykta::server::dbkey {

// The key of the server's SQLite file (`--db-key-file`): one line of 64 hexadecimal characters
// (a raw 256-bit key, crypto::parseRawKey), in a file only its owner may read. A key file that
// group or others can read, or that is not a regular file, is refused: anyone who reads it
// reads the database.

// The key in `path`, or why it cannot be used (never key material).
Result<crypto::SecureKey, std::string> read(const std::string &path);
// Writes a fresh random key to `path`, mode 0600, synced to disk. Refuses to replace any
// existing file: a replaced key loses the database it encrypted.
Result<bool, std::string> create(const std::string &path);

} // namespace lykta::server::dbkey
