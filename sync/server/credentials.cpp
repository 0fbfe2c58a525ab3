#include "credentials.h"

#include <sodium.h>

#include <array>
#include <cctype>

namespace lykta::server::credentials {

namespace {

constexpr std::string_view kBase32 = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
constexpr std::size_t kCodePartLength = 8;

std::string randomBase32(std::size_t length)
{
    std::string out;
    out.reserve(length);
    for (std::size_t i = 0; i < length; ++i)
        out += kBase32[randombytes_uniform(static_cast<std::uint32_t>(kBase32.size()))];
    return out;
}

} // namespace

bool init()
{
    return sodium_init() >= 0;
}

std::string newToken()
{
    std::array<unsigned char, 32> raw{};
    randombytes_buf(raw.data(), raw.size());
    std::array<char, 64> text{};
    sodium_bin2base64(text.data(), text.size(), raw.data(), raw.size(),
                      sodium_base64_VARIANT_URLSAFE_NO_PADDING);
    sodium_memzero(raw.data(), raw.size());
    return std::string(text.data());
}

std::string tokenHash(std::string_view token)
{
    std::string hash(crypto_generichash_BYTES, '\0');
    crypto_generichash(reinterpret_cast<unsigned char *>(hash.data()), hash.size(),
                       reinterpret_cast<const unsigned char *>(token.data()), token.size(), nullptr,
                       0);
    return hash;
}

EnrollmentCode newEnrollmentCode()
{
    return {randomBase32(kCodePartLength), randomBase32(kCodePartLength)};
}

std::optional<EnrollmentCode> parseEnrollmentCode(std::string_view typed)
{
    std::string clean;
    for (const char c : typed) {
        if (c == '-' || c == ' ')
            continue;
        char u = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        if (u == 'O')
            u = '0';
        else if (u == 'I' || u == 'L')
            u = '1';
        if (kBase32.find(u) == std::string_view::npos)
            return std::nullopt;
        clean += u;
    }
    if (clean.size() != 2 * kCodePartLength)
        return std::nullopt;
    return EnrollmentCode{clean.substr(0, kCodePartLength), clean.substr(kCodePartLength)};
}

std::optional<std::string> passwordHash(std::string_view secret)
{
    std::array<char, crypto_pwhash_STRBYTES> out{};
    if (crypto_pwhash_str(out.data(), secret.data(), secret.size(),
                          crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        return std::nullopt;
    return std::string(out.data());
}

bool passwordVerify(const std::string &hash, std::string_view secret)
{
    return crypto_pwhash_str_verify(hash.c_str(), secret.data(), secret.size()) == 0;
}

} // namespace lykta::server::credentials
