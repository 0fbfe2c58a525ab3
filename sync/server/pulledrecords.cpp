#include "pulledrecords.h"

#include "sync/core/uuid.h"

#include <algorithm>
#include <cstdint>
#include <cstring>

namespace lykta::server {

namespace {

constexpr char kFormat = 1; // the first byte; a later layout takes another
constexpr char kUuidId = 0; // 16 bytes follow
constexpr char kTextId = 1; // a length and the text follow

void putLength(std::string &out, std::size_t n)
{
    do {
        char byte = static_cast<char>(n & 0x7f);
        n >>= 7;
        if (n)
            byte = static_cast<char>(byte | 0x80);
        out.push_back(byte);
    } while (n);
}

std::optional<std::size_t> takeLength(std::string_view &in)
{
    std::size_t n = 0;
    for (int shift = 0; shift < 35; shift += 7) {
        if (in.empty())
            return std::nullopt;
        const auto byte = static_cast<unsigned char>(in.front());
        in.remove_prefix(1);
        n |= static_cast<std::size_t>(byte & 0x7f) << shift;
        if (!(byte & 0x80))
            return n;
    }
    return std::nullopt;
}

std::optional<std::string> takeText(std::string_view &in)
{
    const auto n = takeLength(in);
    if (!n || *n > in.size())
        return std::nullopt;
    std::string text(in.substr(0, *n));
    in.remove_prefix(*n);
    return text;
}

// The 16 bytes of a canonical id, as a string of them.
std::string packedUuid(const sync::UuidBytes &bytes)
{
    return std::string(reinterpret_cast<const char *>(bytes.data()), bytes.size());
}

} // namespace

void PulledRecords::add(const std::string &unit, const std::string &entity, const std::string &id)
{
    auto &group = m_groups[{unit, entity}];
    if (group.seen.insert(id).second)
        group.ids.push_back(id);
}

std::string PulledRecords::encode() const
{
    std::string out(1, kFormat);
    for (const auto &[key, group] : m_groups) {
        const auto &ids = group.ids;
        putLength(out, key.first.size());
        out += key.first;
        putLength(out, key.second.size());
        out += key.second;
        putLength(out, ids.size());
        for (const auto &id : ids) {
            if (const auto uuid = sync::uuidBytes(id)) {
                out.push_back(kUuidId);
                out += packedUuid(*uuid);
            } else {
                out.push_back(kTextId);
                putLength(out, id.size());
                out += id;
            }
        }
    }
    return out;
}

std::optional<std::vector<PulledRecords::Record>> PulledRecords::decode(std::string_view in)
{
    if (in.empty() || in.front() != kFormat)
        return std::nullopt;
    in.remove_prefix(1);
    std::vector<Record> out;
    while (!in.empty()) {
        auto unit = takeText(in);
        auto entity = unit ? takeText(in) : std::nullopt;
        const auto count = entity ? takeLength(in) : std::nullopt;
        if (!count || *count > in.size()) // every id takes at least one byte
            return std::nullopt;
        for (std::size_t i = 0; i < *count; ++i) {
            if (in.empty())
                return std::nullopt;
            const char kind = in.front();
            in.remove_prefix(1);
            std::string id;
            if (kind == kUuidId && in.size() >= 16) {
                sync::UuidBytes bytes{};
                std::memcpy(bytes.data(), in.data(), bytes.size());
                id = sync::uuidText(bytes);
                in.remove_prefix(16);
            } else if (kind == kTextId) {
                auto text = takeText(in);
                if (!text)
                    return std::nullopt;
                id = std::move(*text);
            } else {
                return std::nullopt;
            }
            out.push_back({*unit, *entity, std::move(id)});
        }
    }
    return out;
}

std::string PulledRecords::searchKey(std::string_view id)
{
    const auto uuid = sync::uuidBytes(id);
    return uuid ? packedUuid(*uuid) : std::string(id);
}

bool PulledRecords::mayHold(std::string_view bytes, const Subjects &subjects)
{
    return std::any_of(subjects.begin(), subjects.end(), [&](const std::string &id) {
        return bytes.find(searchKey(id)) != std::string_view::npos;
    });
}

bool PulledRecords::expand(const AuditEntry &pull, std::string_view bytes, const Subjects &subjects,
                           std::vector<AuditEntry> &out)
{
    const auto records = decode(bytes);
    if (!records)
        return false;
    for (const Record &r : *records) {
        if (!subjects.contains(r.id))
            continue;
        AuditEntry e = pull;
        e.unitId = r.unit;
        e.entity = r.entity;
        e.subject = r.id;
        out.push_back(std::move(e));
    }
    return true;
}

} // namespace lykta::server
