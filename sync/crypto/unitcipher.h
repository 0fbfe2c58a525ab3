#pragma once

#include "securekey.h"

#include <cstddef>
#include <cstdint>
#include <span>

namespace lykta::crypto {

// One sealed unit on disk: nonce | ciphertext | tag, XChaCha20-Poly1305 (IETF) from
// libsodium, a fresh random nonce on every write. The additional data binds the kind of file
// and the unit's index, so a unit cannot be moved to another place or file kind unnoticed.
inline constexpr std::size_t kUnitSize = 4096; // plain bytes per unit: one SQLite page
inline constexpr std::size_t kNonceSize = 24;
inline constexpr std::size_t kTagSize = 16;
inline constexpr std::size_t kUnitOverhead = kNonceSize + kTagSize;

enum class FileKind : std::uint8_t
{
    Database = 1, // the main file and its migration backups
    Wal = 2,      // page data inside each WAL frame
    Journal = 3,  // rollback and super journals
};

// Seals `plain` (at most kUnitSize bytes) into `sealed`, which holds plain.size() +
// kUnitOverhead bytes.
void sealUnit(const SecureKey &key, FileKind kind, std::uint64_t index,
              std::span<const unsigned char> plain, unsigned char *sealed);

// Opens `sealed` (at least kUnitOverhead bytes) into `plain` (sealed.size() - kUnitOverhead
// bytes). False when the unit was altered, truncated, moved or sealed with another key;
// `plain` is then zeroed.
bool openUnit(const SecureKey &key, FileKind kind, std::uint64_t index,
              std::span<const unsigned char> sealed, unsigned char *plain);

} // namespace lykta::crypto
