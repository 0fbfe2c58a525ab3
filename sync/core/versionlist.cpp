#include "versionlist.h"

namespace lykta::sync {

namespace {

constexpr std::size_t kVersionBytes = 16;

void putU64(std::string &out, std::uint64_t v)
{
    for (int i = 0; i < 8; ++i)
        out.push_back(static_cast<char>((v >> (8 * i)) & 0xff));
}

std::uint64_t getU64(std::string_view at)
{
    std::uint64_t v = 0;
    for (std::size_t i = 0; i < 8; ++i)
        v |= std::uint64_t{static_cast<unsigned char>(at[i])} << (8 * i);
    return v;
}

} // namespace

std::string encodeVersions(const std::vector<Hlc> &versions)
{
    std::string out;
    out.reserve(versions.size() * kVersionBytes);
    for (const Hlc &h : versions) {
        putU64(out, static_cast<std::uint64_t>(h.packedTime()));
        putU64(out, h.device);
    }
    return out;
}

std::optional<std::vector<Hlc>> decodeVersions(std::string_view bytes)
{
    if (bytes.size() % kVersionBytes != 0)
        return std::nullopt;
    std::vector<Hlc> versions;
    versions.reserve(bytes.size() / kVersionBytes);
    for (std::size_t at = 0; at < bytes.size(); at += kVersionBytes) {
        versions.push_back(Hlc::fromPacked(static_cast<std::int64_t>(getU64(bytes.substr(at))),
                                           getU64(bytes.substr(at + 8))));
    }
    return versions;
}

} // namespace lykta::sync
