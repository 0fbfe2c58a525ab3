#pragma once

#include "serverstorage.h"

#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_set>
#include <utility>
#include <vector>

namespace lykta::server {

// The records one pull handed out, packed into a single audit row: one row per pull request
// instead of one per record (a full pull of a unit wrote thousands). Grouped by unit and
// entity; a UUID id takes 17 bytes, any other id its text and two. The per-subject extract
// finds a record by searching the packed bytes for searchKey(id) in the database and then
// decoding the candidates here, so a false match of the byte search costs nothing but time.
class PulledRecords
{
public:
    struct Record
    {
        std::string unit;
        std::string entity;
        std::string id;
    };

    void add(const std::string &unit, const std::string &entity, const std::string &id);
    bool empty() const { return m_groups.empty(); }
    std::string encode() const;

    // nullopt when the bytes are not an encoding of this format (a damaged row).
    static std::optional<std::vector<Record>> decode(std::string_view bytes);
    // The bytes an encoding holds for this record id.
    static std::string searchKey(std::string_view id);
    using Subjects = std::set<std::string, std::less<>>;
    // For the per-subject extract: whether the packed records `bytes` may hold one of
    // `subjects` (a byte search for their searchKey; expand decides).
    static bool mayHold(std::string_view bytes, const Subjects &subjects);
    // Appends to `out` one entry per record of the pull row `pull` (its packed records
    // `bytes`) whose id is one of `subjects`, with that record's entity and unit. false when
    // the bytes are damaged.
    static bool expand(const AuditEntry &pull, std::string_view bytes, const Subjects &subjects,
                       std::vector<AuditEntry> &out);

private:
    struct Group
    {
        std::vector<std::string> ids; // in the order they were first pulled
        std::unordered_set<std::string> seen;
    };
    std::map<std::pair<std::string, std::string>, Group> m_groups;
};

} // namespace lykta::server
