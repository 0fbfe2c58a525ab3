#pragma once

#include <optional>
#include <string>
#include <string_view>

// Secrets the server hands out and how it keeps them: only hashes are stored, never a token
// or an enrollment secret. libsodium throughout.
namespace lykta::server::credentials {

// Must run once before anything else here (idempotent; false if libsodium cannot start).
bool init();

// A device token: 256 random bits, base64url (43 characters). Stored as its BLAKE2b-256 hash:
// a token has too much entropy to guess, so a fast hash is enough and lookups stay cheap.
std::string newToken();
std::string tokenHash(std::string_view token); // 32 raw bytes

// An enrollment code: "<id>-<secret>", each 8 characters of Crockford base32 (no I, L, O, U).
// The id names the code (so wrong guesses can be counted per code and the code locked); the
// secret (40 bits) is stored as an Argon2id hash, because it is short enough to guess offline.
struct EnrollmentCode
{
    std::string id;
    std::string secret;
    std::string text() const { return id + "-" + secret; }
};
EnrollmentCode newEnrollmentCode();
// Splits what a person typed (case and separators forgiven); nullopt when it cannot be a code.
std::optional<EnrollmentCode> parseEnrollmentCode(std::string_view typed);

// Argon2id (libsodium's crypto_pwhash_str, interactive limits): for enrollment secrets and
// any staff password. The result is a self-describing string with salt and parameters.
std::optional<std::string> passwordHash(std::string_view secret);
bool passwordVerify(const std::string &hash, std::string_view secret);

} // namespace lykta::server::credentials
