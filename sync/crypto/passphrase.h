#pragma once

#include <string_view>

namespace lykta::crypto {

// How the data key is protected on this device, which decides what secret is strong enough.
enum class KeyProtection
{
    // Only the passphrase: whoever copies the files can guess offline, limited only by
    // Argon2id's cost. A Linux desktop, or a device whose key store is unavailable.
    PassphraseOnly,
    // The data key is also wrapped by a hardware-backed platform key that limits attempts
    // (Android Keystore, iOS Keychain/Secure Enclave): a short PIN is acceptable.
    HardwareBacked,
};

enum class PassphraseCheck
{
    Ok,
    TooShort,      // fewer characters than the protection requires
    TooRepetitive, // too few different characters ("aaaaaaaaaaaa", "abababababab")
    OnlyDigits,    // a PIN, acceptable only with a hardware-backed key
};

// Characters are counted as Unicode code points, so å and ä count once each.
inline constexpr int kMinPassphraseLength = 12;
inline constexpr int kMinPassphraseDistinct = 6;
inline constexpr int kMinPinLength = 6;

PassphraseCheck checkPassphrase(std::string_view utf8, KeyProtection protection);

const char *toString(PassphraseCheck check);

} // namespace lykta::crypto
