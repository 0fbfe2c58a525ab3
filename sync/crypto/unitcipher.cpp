#include "unitcipher.h"

#include <sodium.h>

#include <array>
#include <cstring>

namespace lykta::crypto {

namespace {

using AdBytes = std::array<unsigned char, 9>;

AdBytes additionalData(FileKind kind, std::uint64_t index)
{
    AdBytes ad{};
    ad[0] = static_cast<unsigned char>(kind);
    for (std::size_t i = 0; i < 8; ++i)
        ad[1 + i] = static_cast<unsigned char>(index >> (8 * i));
    return ad;
}

} // namespace

void sealUnit(const SecureKey &key, FileKind kind, std::uint64_t index,
              std::span<const unsigned char> plain, unsigned char *sealed)
{
    const AdBytes ad = additionalData(kind, index);
    unsigned char *nonce = sealed;
    unsigned char *cipher = sealed + kNonceSize;
    unsigned char *tag = cipher + plain.size();
    randombytes_buf(nonce, kNonceSize);
    crypto_aead_xchacha20poly1305_ietf_encrypt_detached(cipher, tag, nullptr, plain.data(),
                                                        plain.size(), ad.data(), ad.size(), nullptr,
                                                        nonce, key.data());
}

bool openUnit(const SecureKey &key, FileKind kind, std::uint64_t index,
              std::span<const unsigned char> sealed, unsigned char *plain)
{
    if (sealed.size() < kUnitOverhead)
        return false;
    const std::size_t length = sealed.size() - kUnitOverhead;
    const AdBytes ad = additionalData(kind, index);
    const unsigned char *nonce = sealed.data();
    const unsigned char *cipher = nonce + kNonceSize;
    const unsigned char *tag = cipher + length;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt_detached(
            plain, nullptr, cipher, length, tag, ad.data(), ad.size(), nonce, key.data()) != 0) {
        std::memset(plain, 0, length);
        return false;
    }
    return true;
}

} // namespace lykta::crypto
