#pragma once

#include "securekey.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace lykta::crypto {

// Small secrets kept in a file beside the database (the device's sync token), sealed with
// XChaCha20-Poly1305 (libsodium, a fresh random nonce each time) under a key made for that one
// purpose. `bound` is authenticated but not hidden: what the secret belongs with (the server
// it may be sent to), so an edited file cannot point the secret elsewhere.

// A key for `purpose` (8 characters, libsodium's KDF context) derived from `root`, so sealing
// a secret never reuses the root key itself.
SecureKey derivePurposeKey(const SecureKey &root, std::string_view purpose);

// nonce | ciphertext | tag, as bytes.
std::string sealSecret(const SecureKey &key, std::string_view plain, std::string_view bound);
// The secret, or nullopt when `sealed` was altered, cut, bound to something else or sealed
// with another key.
std::optional<std::string> openSecret(const SecureKey &key, std::string_view sealed,
                                      std::string_view bound);

} // namespace lykta::crypto
