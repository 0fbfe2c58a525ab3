#include "uuid.h"

#include "hlc.h"

#include <array>
#include <random>

namespace lykta::sync {

namespace {

std::array<std::uint8_t, 16> randomBytes()
{
    thread_local std::random_device device;
    std::array<std::uint8_t, 16> bytes{};
    for (std::size_t i = 0; i < bytes.size(); i += 4) {
        const std::uint32_t r = device();
        for (std::size_t j = 0; j < 4; ++j)
            bytes[i + j] = static_cast<std::uint8_t>(r >> (8 * j));
    }
    return bytes;
}

} // namespace

std::string newUuidV7(std::int64_t unixMs)
{
    auto b = randomBytes();
    const auto ms = static_cast<std::uint64_t>(unixMs);
    for (int i = 0; i < 6; ++i)
        b[static_cast<std::size_t>(i)] = static_cast<std::uint8_t>(ms >> (8 * (5 - i)));
    b[6] = static_cast<std::uint8_t>((b[6] & 0x0f) | 0x70); // version 7
    b[8] = static_cast<std::uint8_t>((b[8] & 0x3f) | 0x80); // RFC 9562 variant

    return uuidText(b);
}

std::string newUuidV7()
{
    return newUuidV7(HlcClock::systemMilliseconds());
}

bool isUuid(std::string_view text)
{
    if (text.size() != 36)
        return false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (c != '-')
                return false;
        } else if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
            return false;
        }
    }
    return true;
}

std::optional<UuidBytes> uuidBytes(std::string_view text)
{
    if (!isUuid(text))
        return std::nullopt;
    const auto nibble = [](char c) {
        return static_cast<std::uint8_t>(c <= '9' ? c - '0' : c - 'a' + 10);
    };
    UuidBytes bytes{};
    std::size_t at = 0;
    for (std::uint8_t &byte : bytes) {
        if (text[at] == '-')
            ++at;
        byte = static_cast<std::uint8_t>(nibble(text[at]) << 4 | nibble(text[at + 1]));
        at += 2;
    }
    return bytes;
}

std::string uuidText(const UuidBytes &bytes)
{
    static constexpr char kHex[] = "0123456789abcdef";
    std::string out;
    out.reserve(36);
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            out.push_back('-');
        out.push_back(kHex[bytes[i] >> 4]);
        out.push_back(kHex[bytes[i] & 0x0f]);
    }
    return out;
}

} // namespace lykta::sync
