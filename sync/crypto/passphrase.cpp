#include "passphrase.h"

#include <set>

namespace lykta::crypto {

PassphraseCheck checkPassphrase(std::string_view utf8, KeyProtection protection)
{
    std::set<std::string_view> distinct;
    int length = 0;
    bool digitsOnly = true;
    for (std::size_t i = 0; i < utf8.size();) {
        std::size_t n = 1;
        const auto lead = static_cast<unsigned char>(utf8[i]);
        if (lead >= 0xf0)
            n = 4;
        else if (lead >= 0xe0)
            n = 3;
        else if (lead >= 0xc0)
            n = 2;
        const std::string_view character = utf8.substr(i, n);
        distinct.insert(character);
        digitsOnly = digitsOnly && n == 1 && lead >= '0' && lead <= '9';
        ++length;
        i += n;
    }
    if (protection == KeyProtection::HardwareBacked)
        return length < kMinPinLength ? PassphraseCheck::TooShort : PassphraseCheck::Ok;
    if (length < kMinPassphraseLength)
        return PassphraseCheck::TooShort;
    if (digitsOnly)
        return PassphraseCheck::OnlyDigits;
    if (static_cast<int>(distinct.size()) < kMinPassphraseDistinct)
        return PassphraseCheck::TooRepetitive;
    return PassphraseCheck::Ok;
}

const char *toString(PassphraseCheck check)
{
    switch (check) {
    case PassphraseCheck::Ok:
        return "ok";
    case PassphraseCheck::TooShort:
        return "too-short";
    case PassphraseCheck::TooRepetitive:
        return "too-repetitive";
    case PassphraseCheck::OnlyDigits:
        return "only-digits";
    }
    return "too-short";
}

} // namespace lykta::crypto
