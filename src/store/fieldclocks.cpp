#include "fieldclocks.h"

#include <algorithm>

namespace lykta::store {

namespace {

constexpr char kLongTextTag = 0;
constexpr std::size_t kHlcBytes = 16;

void putU64(std::string &out, std::uint64_t v)
{
    for (int i = 0; i < 8; ++i)
        out.push_back(static_cast<char>(v >> (8 * i)));
}

void putHlc(std::string &out, const sync::Hlc &hlc)
{
    putU64(out, static_cast<std::uint64_t>(hlc.packedTime()));
    putU64(out, hlc.device);
}

// Reads from a view that shrinks as it goes; every read checks what is left first.
class Reader
{
public:
    explicit Reader(std::string_view bytes) : m_rest(bytes) {}
    bool atEnd() const { return m_rest.empty(); }

    std::optional<std::size_t> byte()
    {
        if (m_rest.empty())
            return std::nullopt;
        const auto b = static_cast<unsigned char>(m_rest.front());
        m_rest.remove_prefix(1);
        return b;
    }
    std::optional<std::string> text(std::size_t length)
    {
        if (m_rest.size() < length)
            return std::nullopt;
        std::string s(m_rest.substr(0, length));
        m_rest.remove_prefix(length);
        return s;
    }
    std::optional<sync::Hlc> hlc()
    {
        if (m_rest.size() < kHlcBytes)
            return std::nullopt;
        const auto packed = static_cast<std::int64_t>(u64(0));
        const auto device = u64(8);
        m_rest.remove_prefix(kHlcBytes);
        return sync::Hlc::fromPacked(packed, device);
    }

private:
    std::uint64_t u64(std::size_t at) const
    {
        std::uint64_t v = 0;
        for (std::size_t i = 0; i < 8; ++i)
            v |= std::uint64_t{static_cast<unsigned char>(m_rest[at + i])} << (8 * i);
        return v;
    }

    std::string_view m_rest;
};

} // namespace

std::optional<FieldClocks> FieldClocks::decode(std::string_view bytes)
{
    FieldClocks clocks;
    Reader in(bytes);
    while (!in.atEnd()) {
        Entry e;
        auto length = in.byte();
        const bool longText = length == std::size_t{kLongTextTag};
        if (longText)
            length = in.byte();
        if (!length || *length == 0)
            return std::nullopt;
        auto name = in.text(*length);
        auto hlc = in.hlc();
        if (!name || !hlc)
            return std::nullopt;
        e.field = std::move(*name);
        e.hlc = *hlc;
        if (longText) {
            auto base = in.hlc();
            auto authorLength = in.byte();
            auto author = authorLength ? in.text(*authorLength) : std::nullopt;
            if (!base || !author)
                return std::nullopt;
            e.base = *base;
            e.author = std::move(*author);
        }
        clocks.m_entries.push_back(std::move(e));
    }
    return clocks;
}

std::string FieldClocks::encode() const
{
    std::string out;
    out.reserve(m_entries.size() * 32);
    for (const Entry &e : m_entries) {
        const bool longText = !e.base.isNull() || !e.author.empty();
        if (longText)
            out.push_back(kLongTextTag);
        out.push_back(static_cast<char>(e.field.size()));
        out.append(e.field);
        putHlc(out, e.hlc);
        if (longText) {
            putHlc(out, e.base);
            out.push_back(static_cast<char>(e.author.size()));
            out.append(e.author);
        }
    }
    return out;
}

const FieldClocks::Entry *FieldClocks::entry(std::string_view field) const
{
    auto it = std::find_if(m_entries.begin(), m_entries.end(),
                           [&](const Entry &e) { return e.field == field; });
    return it == m_entries.end() ? nullptr : &*it;
}

sync::Hlc FieldClocks::get(std::string_view field) const
{
    const Entry *e = entry(field);
    return e ? e->hlc : sync::Hlc{};
}

FieldClocks::Entry &FieldClocks::slot(std::string_view field)
{
    auto it = std::find_if(m_entries.begin(), m_entries.end(),
                           [&](const Entry &e) { return e.field == field; });
    if (it != m_entries.end())
        return *it;
    m_entries.push_back({std::string(field), {}, {}, {}});
    return m_entries.back();
}

void FieldClocks::set(std::string_view field, const sync::Hlc &hlc)
{
    slot(field) = {std::string(field), hlc, {}, {}};
}

void FieldClocks::set(std::string_view field, const sync::Hlc &hlc, const sync::Hlc &base,
                      std::string_view author)
{
    // Field names and staff ids are short identifiers; a longer author cannot be encoded.
    slot(field) = {std::string(field), hlc, base, std::string(author.substr(0, 255))};
}

} // namespace lykta::store
