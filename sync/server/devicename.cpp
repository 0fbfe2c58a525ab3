#include "devicename.h"

#include <cstdint>

namespace lykta::server::devicename {

namespace {

bool isHidden(char32_t c)
{
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) // C0, DEL, C1
           || c == 0x061c                       // Arabic letter mark
           || c == 0x200e || c == 0x200f        // left-to-right and right-to-left marks
           || (c >= 0x2028 && c <= 0x202e)      // line/paragraph separators, embeddings, overrides
           || (c >= 0x2066 && c <= 0x2069);     // isolates
}

// The length of the valid UTF-8 sequence at the start of `s` and its code point; 0 if invalid.
std::size_t decode(std::string_view s, char32_t &c)
{
    const auto byte = [&](std::size_t i) {
        return static_cast<std::uint8_t>(s[i]);
    };
    const std::uint8_t lead = byte(0);
    std::size_t n = 0;
    char32_t min = 0;
    if (lead < 0x80) {
        c = lead;
        return 1;
    } else if ((lead & 0xe0) == 0xc0) {
        n = 2, c = lead & 0x1f, min = 0x80;
    } else if ((lead & 0xf0) == 0xe0) {
        n = 3, c = lead & 0x0f, min = 0x800;
    } else if ((lead & 0xf8) == 0xf0) {
        n = 4, c = lead & 0x07, min = 0x10000;
    } else {
        return 0;
    }
    if (s.size() < n)
        return 0;
    for (std::size_t i = 1; i < n; ++i) {
        if ((byte(i) & 0xc0) != 0x80)
            return 0;
        c = (c << 6) | (byte(i) & 0x3f);
    }
    if (c < min || c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff))
        return 0;
    return n;
}

} // namespace

std::optional<std::string> clean(std::string_view sent)
{
    std::string out;
    out.reserve(sent.size());
    while (!sent.empty()) {
        char32_t c = 0;
        const std::size_t n = decode(sent, c);
        if (n == 0)
            return std::nullopt;
        if (!isHidden(c))
            out.append(sent.substr(0, n));
        sent.remove_prefix(n);
    }
    return out;
}

} // namespace lykta::server::devicename
