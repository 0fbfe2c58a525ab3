#include "recordstate.h"

#include "sync/core/limits.h"

#include <bit>
#include <cstring>

namespace lykta::server {

namespace {

constexpr std::uint8_t kVersion = 1;

enum class Tag : std::uint8_t
{
    Null = 0,
    Integer = 1,
    Real = 2,
    Text = 3,
    Blob = 4,
};

class Writer
{
public:
    void u8(std::uint8_t v) { m_out += static_cast<char>(v); }
    void u64(std::uint64_t v)
    {
        for (int i = 0; i < 8; ++i)
            m_out += static_cast<char>((v >> (8 * i)) & 0xff);
    }
    void bytes(std::string_view b)
    {
        u64(b.size());
        m_out += b;
    }
    void hlc(const sync::Hlc &h)
    {
        u64(static_cast<std::uint64_t>(h.packedTime()));
        u64(h.device);
    }
    void value(const sync::Value &v)
    {
        if (const auto *i = std::get_if<std::int64_t>(&v)) {
            u8(std::uint8_t(Tag::Integer));
            u64(static_cast<std::uint64_t>(*i));
        } else if (const auto *d = std::get_if<double>(&v)) {
            u8(std::uint8_t(Tag::Real));
            u64(std::bit_cast<std::uint64_t>(*d));
        } else if (const auto *s = std::get_if<std::string>(&v)) {
            u8(std::uint8_t(Tag::Text));
            bytes(*s);
        } else if (const auto *b = std::get_if<sync::Blob>(&v)) {
            u8(std::uint8_t(Tag::Blob));
            bytes(std::string_view(reinterpret_cast<const char *>(b->data()), b->size()));
        } else {
            u8(std::uint8_t(Tag::Null));
        }
    }
    std::string take() { return std::move(m_out); }

private:
    std::string m_out;
};

// Every read checks the bytes left first; a short or lying input sets `ok` false.
class Reader
{
public:
    explicit Reader(std::string_view in) : m_in(in) {}
    bool ok = true;
    bool atEnd() const { return m_in.empty(); }

    std::uint8_t u8()
    {
        if (!need(1))
            return 0;
        const auto v = static_cast<std::uint8_t>(m_in[0]);
        m_in.remove_prefix(1);
        return v;
    }
    std::uint64_t u64()
    {
        if (!need(8))
            return 0;
        std::uint64_t v = 0;
        for (int i = 0; i < 8; ++i)
            v |= std::uint64_t(static_cast<std::uint8_t>(m_in[std::size_t(i)])) << (8 * i);
        m_in.remove_prefix(8);
        return v;
    }
    std::string bytes(std::uint64_t cap)
    {
        const std::uint64_t n = u64();
        if (n > cap || !need(n)) {
            ok = false;
            return {};
        }
        std::string out(m_in.substr(0, n));
        m_in.remove_prefix(n);
        return out;
    }
    sync::Hlc hlc()
    {
        const auto packed = static_cast<std::int64_t>(u64());
        return sync::Hlc::fromPacked(packed, u64());
    }
    sync::Value value()
    {
        switch (static_cast<Tag>(u8())) {
        case Tag::Null:
            return std::monostate();
        case Tag::Integer:
            return static_cast<std::int64_t>(u64());
        case Tag::Real:
            return std::bit_cast<double>(u64());
        case Tag::Text:
            return bytes(sync::limits::kMaxTextBytes);
        case Tag::Blob: {
            const std::string b = bytes(sync::limits::kMaxBlobBytes);
            return sync::Blob(b.begin(), b.end());
        }
        }
        ok = false;
        return std::monostate();
    }

private:
    bool need(std::uint64_t n)
    {
        if (ok && n <= m_in.size())
            return true;
        ok = false;
        return false;
    }
    std::string_view m_in;
};

} // namespace

const StoredField *RecordState::find(std::string_view field) const
{
    auto it = fields.find(field);
    return it == fields.end() ? nullptr : &it->second;
}

const sync::Value &RecordState::value(std::string_view field) const
{
    static const sync::Value null;
    const StoredField *f = find(field);
    return f ? f->state.value : null;
}

std::string RecordState::encode() const
{
    Writer w;
    w.u8(kVersion);
    w.u64(fields.size());
    for (const auto &[name, f] : fields) {
        w.bytes(name);
        w.u64(f.writer.device);
        w.u64(f.writer.counter);
        w.value(f.state.value);
        w.hlc(f.state.hlc);
        w.hlc(f.state.base);
        w.bytes(f.state.author);
        w.u64(f.state.conflicts.size());
        for (const auto &c : f.state.conflicts) {
            w.value(c.value);
            w.hlc(c.hlc);
            w.hlc(c.base);
            w.bytes(c.author);
        }
    }
    return w.take();
}

std::optional<RecordState> RecordState::decode(std::string_view bytes)
{
    Reader r(bytes);
    if (r.u8() != kVersion)
        return std::nullopt;
    RecordState state;
    const std::uint64_t n = r.u64();
    for (std::uint64_t i = 0; r.ok && i < n; ++i) {
        std::string name = r.bytes(sync::limits::kMaxNameBytes);
        StoredField f;
        f.writer.device = r.u64();
        f.writer.counter = r.u64();
        f.state.value = r.value();
        f.state.hlc = r.hlc();
        f.state.base = r.hlc();
        f.state.author = r.bytes(sync::limits::kMaxNameBytes);
        // No count is trusted: each element consumes bytes, so a lying count ends the loop.
        const std::uint64_t copies = r.u64();
        for (std::uint64_t c = 0; r.ok && c < copies; ++c) {
            sync::ConflictCopy copy;
            copy.value = r.value();
            copy.hlc = r.hlc();
            copy.base = r.hlc();
            copy.author = r.bytes(sync::limits::kMaxNameBytes);
            f.state.conflicts.push_back(std::move(copy));
        }
        state.fields.emplace(std::move(name), std::move(f));
    }
    if (!r.ok || !r.atEnd())
        return std::nullopt;
    return state;
}

std::string encodeCurrent(const sync::Delta &current)
{
    RecordState state;
    state.fields[current.field] = {{current.value, current.hlc, current.base, current.author, {}},
                                   current.id};
    return state.encode();
}

std::optional<sync::Delta> decodeCurrent(std::string_view bytes, const std::string &entity,
                                         const std::string &id)
{
    auto state = RecordState::decode(bytes);
    if (!state || state->fields.size() != 1)
        return std::nullopt;
    const auto &[field, f] = *state->fields.begin();
    return sync::Delta{f.writer,    entity,         id,          field, f.state.value,
                       f.state.hlc, f.state.author, f.state.base};
}

} // namespace lykta::server
