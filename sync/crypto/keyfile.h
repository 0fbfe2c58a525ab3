#pragma once

#include "cryptoerror.h"
#include "securekey.h"
#include "sync/core/result.h"

#include <chrono>
#include <cstdint>
#include <string>
#include <string_view>

namespace lykta::crypto {

// The cost of turning a passphrase into a key-encryption key with Argon2id. Stored in the
// key file, so a device can be retuned and old files still open.
struct KdfParams
{
    static constexpr std::uint64_t kDefaultMemLimit = 128ull << 20; // fits a tablet's memory

    std::uint64_t opsLimit = 3;
    std::uint64_t memLimit = kDefaultMemLimit;

    // Measured here: memLimit fixed, opsLimit raised until one derivation takes `target`.
    static KdfParams calibrated(std::chrono::milliseconds target = std::chrono::milliseconds(500),
                                std::uint64_t memLimit = kDefaultMemLimit);
    // The least Argon2id allows. Tests only: a real key file must cost an attacker time.
    static KdfParams minimal();
};

// The database's data key at rest: a small file next to the database (`<db>.key`) holding
// only the key wrapped (XChaCha20-Poly1305) by a key derived from the passphrase (Argon2id).
// Layout, 112 bytes, integers little-endian:
//   "LYKTAKEY" | version 1 | algorithm 1 | 0 0 | opslimit u32 | memlimit u64 | salt[16] |
//   nonce[24] | wrapped key[32] + tag[16]
// The first 64 bytes are the wrap's additional data, so no parameter can be altered unseen.
// Changing the passphrase rewraps the same data key; the database is not touched.
class KeyFile
{
public:
    static constexpr std::size_t kFileSize = 112;

    // The data key, or WrongPassphrase (nothing is written either way).
    static Result<SecureKey, CryptoError> unwrap(const std::string &path,
                                                 std::string_view passphrase);
    // Writes (atomically: temporary file, fsync, rename) `dataKey` wrapped by `passphrase`.
    // Refuses to replace an existing file unless `replace`.
    static Result<bool, CryptoError> write(const std::string &path, const SecureKey &dataKey,
                                           std::string_view passphrase, const KdfParams &params,
                                           bool replace);
    static Result<KdfParams, CryptoError> params(const std::string &path);
};

} // namespace lykta::crypto
