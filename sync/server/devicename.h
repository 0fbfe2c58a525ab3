#pragma once

#include <optional>
#include <string>
#include <string_view>

// The name a device gives itself at enrollment is shown to admins (`admin list-devices`, a
// tab-separated table in a terminal): it must not carry what a terminal or a text view acts on.
namespace lykta::server::devicename {

// The name without control characters (C0, DEL, C1), line and paragraph separators or Unicode
// bidi controls (embeddings, overrides, isolates, marks), which could colour, move or reverse
// what is shown around it; every other character is kept as sent. nullopt when `sent` is not
// valid UTF-8 (overlong forms and surrogates included).
std::optional<std::string> clean(std::string_view sent);

} // namespace lykta::server::devicename
