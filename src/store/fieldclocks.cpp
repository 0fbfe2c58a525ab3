#include "fieldclocks.h"

#include <algorithm>
#include <cstring>

namespace lykta::store {

namespace {

void putU64(std::string &out, std::uint64_t v)
{
    for (int i = 0; i < 8; ++i)
        out.push_back(static_cast<char>(v >> (8 * i)));
}

std::uint64_t getU64(const char *p)
{
    std::uint64_t v = 0;
    for (int i = 0; i < 8; ++i)
        v |= std::uint64_t{static_cast<unsigned char>(p[i])} << (8 * i);
    return v;
}

} // namespace

std::optional<FieldClocks> FieldClocks::decode(std::string_view bytes)
{
    FieldClocks clocks;
    std::size_t pos = 0;
    while (pos < bytes.size()) {
        const std::size_t len = static_cast<unsigned char>(bytes[pos++]);
        if (len == 0 || bytes.size() - pos < len + 16)
            return std::nullopt;
        std::string name(bytes.substr(pos, len));
        pos += len;
        const auto packed = static_cast<std::int64_t>(getU64(bytes.data() + pos));
        const auto device = getU64(bytes.data() + pos + 8);
        pos += 16;
        clocks.m_entries.emplace_back(std::move(name), sync::Hlc::fromPacked(packed, device));
    }
    return clocks;
}

std::string FieldClocks::encode() const
{
    std::string out;
    out.reserve(m_entries.size() * 32);
    for (const auto &[name, hlc] : m_entries) {
        out.push_back(static_cast<char>(name.size()));
        out.append(name);
        putU64(out, static_cast<std::uint64_t>(hlc.packedTime()));
        putU64(out, hlc.device);
    }
    return out;
}

sync::Hlc FieldClocks::get(std::string_view field) const
{
    auto it = std::find_if(m_entries.begin(), m_entries.end(),
                           [&](const auto &e) { return e.first == field; });
    return it == m_entries.end() ? sync::Hlc{} : it->second;
}

void FieldClocks::set(std::string_view field, const sync::Hlc &hlc)
{
    auto it = std::find_if(m_entries.begin(), m_entries.end(),
                           [&](const auto &e) { return e.first == field; });
    if (it == m_entries.end())
        m_entries.emplace_back(std::string(field), hlc);
    else
        it->second = hlc;
}

} // namespace lykta::store
