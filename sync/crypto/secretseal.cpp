#include "secretseal.h"

#include <sodium.h>

#include <algorithm>
#include <array>
#include <cstring>

namespace lykta::crypto {

namespace {

constexpr std::size_t kNonce = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr std::size_t kTag = crypto_aead_xchacha20poly1305_ietf_ABYTES;

const unsigned char *bytes(std::string_view text)
{
    return reinterpret_cast<const unsigned char *>(text.data());
}

} // namespace

SecureKey derivePurposeKey(const SecureKey &root, std::string_view purpose)
{
    static_assert(crypto_kdf_KEYBYTES == SecureKey::kSize);
    std::array<char, crypto_kdf_CONTEXTBYTES> context{};
    std::memcpy(context.data(), purpose.data(), std::min(purpose.size(), context.size()));
    SecureKey key = SecureKey::zeroed();
    if (!ensureSodium() || crypto_kdf_derive_from_key(key.data(), SecureKey::kSize, 1,
                                                      context.data(), root.data()) != 0)
        return SecureKey(); // not valid(): seals nothing, opens nothing
    return key;
}

std::string sealSecret(const SecureKey &key, std::string_view plain, std::string_view bound)
{
    if (!key.valid() || !ensureSodium())
        return {};
    std::string out(kNonce + plain.size() + kTag, '\0');
    auto *nonce = reinterpret_cast<unsigned char *>(out.data());
    randombytes_buf(nonce, kNonce);
    crypto_aead_xchacha20poly1305_ietf_encrypt(nonce + kNonce, nullptr, bytes(plain), plain.size(),
                                               bytes(bound), bound.size(), nullptr, nonce,
                                               key.data());
    return out;
}

std::optional<std::string> openSecret(const SecureKey &key, std::string_view sealed,
                                      std::string_view bound)
{
    if (!key.valid() || !ensureSodium() || sealed.size() < kNonce + kTag)
        return std::nullopt;
    std::string plain(sealed.size() - kNonce - kTag, '\0');
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(reinterpret_cast<unsigned char *>(plain.data()),
                                                   nullptr, nullptr, bytes(sealed) + kNonce,
                                                   sealed.size() - kNonce, bytes(bound),
                                                   bound.size(), bytes(sealed), key.data()) != 0)
        return std::nullopt;
    return plain;
}

} // namespace lykta::crypto
