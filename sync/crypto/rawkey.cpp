#include "rawkey.h"

#include <sodium.h>

#include <array>
#include <cstdlib>
#include <fstream>

namespace lykta::crypto {

Result<SecureKey, CryptoError> parseRawKey(std::string_view hex)
{
    while (!hex.empty() && (hex.back() == '\n' || hex.back() == '\r' || hex.back() == ' '))
        hex.remove_suffix(1);
    if (!ensureSodium())
        return CryptoError{CryptoErrc::Unavailable, "libsodium failed to start"};
    SecureKey key = SecureKey::zeroed();
    std::size_t length = 0;
    if (hex.size() != 2 * SecureKey::kSize ||
        sodium_hex2bin(key.data(), SecureKey::kSize, hex.data(), hex.size(), nullptr, &length,
                       nullptr) != 0 ||
        length != SecureKey::kSize)
        return CryptoError{CryptoErrc::KeyFileDamaged, "a raw key is 64 hexadecimal characters"};
    return key;
}

Result<SecureKey, CryptoError> readRawKeyFile(const std::string &path)
{
    std::ifstream in(path);
    if (!in)
        return CryptoError{CryptoErrc::KeyFileMissing, "cannot read the raw key file"};
    std::array<char, 2 * SecureKey::kSize + 3> line{};
    in.getline(line.data(), static_cast<std::streamsize>(line.size()));
    auto key = parseRawKey(std::string_view(line.data()));
    sodium_memzero(line.data(), line.size());
    return key;
}

Result<SecureKey, CryptoError> rawKeyFromEnvironment(const char *name)
{
    const char *value = std::getenv(name);
    if (!value)
        return CryptoError{CryptoErrc::KeyFileMissing, std::string(name) + " is not set"};
    return parseRawKey(value);
}

} // namespace lykta::crypto
