#pragma once

#include <cstddef>
#include <span>

namespace lykta::crypto {

// Starts libsodium once per process; false when it cannot (then nothing here works).
bool ensureSodium();

// A 256-bit key in memory that is locked against swapping and guarded by inaccessible
// pages (sodium_malloc), wiped with sodium_memzero when it is wiped or destroyed. Move-only:
// a key is never copied into ordinary memory by this class.
class SecureKey
{
public:
    static constexpr std::size_t kSize = 32;

    // A fresh random key.
    static SecureKey random();
    // A copy of `bytes` (exactly kSize of them); the caller wipes its own buffer.
    static SecureKey fromBytes(std::span<const unsigned char> bytes);
    // An all-zero key in secure memory, for a KDF or an unwrap to write into.
    static SecureKey zeroed();

    SecureKey() = default;
    ~SecureKey();
    SecureKey(SecureKey &&other) noexcept;
    SecureKey &operator=(SecureKey &&other) noexcept;
    SecureKey(const SecureKey &) = delete;
    SecureKey &operator=(const SecureKey &) = delete;

    bool valid() const { return m_bytes != nullptr; }
    unsigned char *data() { return m_bytes; }
    const unsigned char *data() const { return m_bytes; }
    std::span<const unsigned char, kSize> bytes() const
    {
        return std::span<const unsigned char, kSize>(m_bytes, kSize);
    }

    // Overwrites the key with zeros; the memory stays allocated (and zero) until destruction.
    void wipe();
    bool isZero() const;

private:
    unsigned char *m_bytes = nullptr;
};

} // namespace lykta::crypto
