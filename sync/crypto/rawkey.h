#pragma once

#include "cryptoerror.h"
#include "securekey.h"
#include "sync/core/result.h"

#include <string>
#include <string_view>

namespace lykta::crypto {

// A data key that no passphrase wraps, for a server's SQLite file: 64 hexadecimal
// characters (256 bits), e.g. from `openssl rand -hex 32`. Keep the file 0600 and outside
// the database's folder and its backups; the environment variable is for service managers
// that inject secrets (systemd LoadCredential, a container secret).
Result<SecureKey, CryptoError> parseRawKey(std::string_view hex);
// The first line of `path`.
Result<SecureKey, CryptoError> readRawKeyFile(const std::string &path);
// The variable `name`; KeyFileMissing when it is not set.
Result<SecureKey, CryptoError> rawKeyFromEnvironment(const char *name);

} // namespace lykta::crypto
