#include "securekey.h"

#include <sodium.h>

#include <cstring>
#include <new>
#include <utility>

namespace lykta::crypto {

bool ensureSodium()
{
    static const bool ok = sodium_init() >= 0;
    return ok;
}

namespace {

unsigned char *allocate()
{
    if (!ensureSodium())
        throw std::bad_alloc();
    auto *bytes = static_cast<unsigned char *>(sodium_malloc(SecureKey::kSize));
    if (!bytes)
        throw std::bad_alloc();
    sodium_memzero(bytes, SecureKey::kSize);
    return bytes;
}

} // namespace

SecureKey SecureKey::zeroed()
{
    SecureKey key;
    key.m_bytes = allocate();
    return key;
}

SecureKey SecureKey::random()
{
    SecureKey key = zeroed();
    randombytes_buf(key.m_bytes, kSize);
    return key;
}

SecureKey SecureKey::fromBytes(std::span<const unsigned char> bytes)
{
    SecureKey key = zeroed();
    if (bytes.size() == kSize)
        std::memcpy(key.m_bytes, bytes.data(), kSize);
    return key;
}

SecureKey::~SecureKey()
{
    if (m_bytes)
        sodium_free(m_bytes); // zeroes before freeing
}

SecureKey::SecureKey(SecureKey &&other) noexcept : m_bytes(std::exchange(other.m_bytes, nullptr)) {}

SecureKey &SecureKey::operator=(SecureKey &&other) noexcept
{
    if (this != &other) {
        if (m_bytes)
            sodium_free(m_bytes);
        m_bytes = std::exchange(other.m_bytes, nullptr);
    }
    return *this;
}

void SecureKey::wipe()
{
    if (m_bytes)
        sodium_memzero(m_bytes, kSize);
}

bool SecureKey::isZero() const
{
    return !m_bytes || sodium_is_zero(m_bytes, kSize) == 1;
}

} // namespace lykta::crypto
