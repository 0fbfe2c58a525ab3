#include "staffdirectory.h"

#include "schemacatalog.h"
#include "sync/core/protocol.h"

#include <algorithm>
#include <limits>

namespace lykta::server::staffdirectory {

namespace {

// The server writes as device 0 (see protocol.h: the same id and counter run as retention's).
constexpr sync::DeviceId kServer = sync::protocol::kRetentionDevice;

// The timestamp of the server's write: one step after the value it replaces (the first value
// of a field: the earliest timestamp there is). A logical step, not the server's wall clock:
// the server's own value needs no clock to win, since it refuses every other role it knows
// (SyncService), and a tablet whose clock lags the server's must still take it (a timestamp
// from the server's clock could lie too far ahead for it, and stop its sync).
sync::Hlc stampAfter(const sync::Hlc &after)
{
    if (after.isNull())
        return {1, 0, kServer};
    if (after.counter == std::numeric_limits<std::uint16_t>::max())
        return {after.wallMs + 1, 0, kServer};
    return {after.wallMs, static_cast<std::uint16_t>(after.counter + 1), kServer};
}

// Writes `changes` (fields the directory sets) into `record`, logged once for each of `units`
// (the record's own unit first) so every device of those units receives them. Returns the
// number of deltas written.
std::uint64_t writeChanges(DirectoryTransaction &tx, std::uint64_t &counter, StoredRecord &record,
                           const std::vector<std::pair<std::string, sync::Value>> &changes,
                           std::vector<std::string> units)
{
    if (changes.empty())
        return 0;
    std::uint64_t written = 0;
    sync::Hlc latest;
    for (const auto &[field, value] : changes)
        if (const StoredField *f = record.state.find(field))
            latest = std::max(latest, f->state.hlc);
    const sync::Hlc hlc = stampAfter(latest);

    units.erase(std::remove(units.begin(), units.end(), record.unitId), units.end());
    units.insert(units.begin(), record.unitId);
    for (const auto &[field, value] : changes) {
        sync::Hlc base;
        if (const StoredField *f = record.state.find(field))
            base = f->state.hlc;
        sync::DeltaId first{};
        for (const auto &unit : units) {
            const sync::Delta delta{
                {kServer, ++counter}, record.entity, record.id, field, value, hlc, {}, base};
            if (unit == units.front())
                first = delta.id;
            record.lastSeq = tx.records().appendLog(delta, unit);
            ++written;
        }
        record.state.fields[field] = {{value, hlc, base, {}, {}}, first};
    }
    tx.records().saveRecord(record);
    return written;
}

StoredRecord loadOrNew(DirectoryTransaction &tx, std::string_view entity, const std::string &id,
                       const std::string &unitId)
{
    auto loaded = tx.records().loadRecord(std::string(entity), id);
    return loaded ? std::move(*loaded) : StoredRecord{std::string(entity), id, unitId, 0, {}};
}

bool missing(const StoredRecord &record, std::string_view field)
{
    return sync::isNull(record.state.value(field));
}

} // namespace

StorageResult<std::uint64_t> publish(ServerStorage &storage)
{
    std::uint64_t written = 0;
    auto done = storage.directory([&](DirectoryTransaction &tx) {
        written = 0; // a backend may run this again after a serialization failure
        std::uint64_t counter = tx.lastLogCounter(kServer);
        // Each unit's own record (in its own scope) first: every record of the unit refers to it.
        for (const Unit &unit : tx.units()) {
            StoredRecord record = loadOrNew(tx, kUnitEntity, unit.id, unit.id);
            std::vector<std::pair<std::string, sync::Value>> changes;
            if (missing(record, kUnitField))
                changes.emplace_back(kUnitField, sync::Value(unit.id));
            if (missing(record, kNameField))
                changes.emplace_back(kNameField, sync::Value(unit.name));
            written += writeChanges(tx, counter, record, changes, {unit.id});
        }
        for (const Staff &member : tx.staff()) {
            if (member.units.empty())
                continue; // no unit, no device to tell
            StoredRecord record = loadOrNew(tx, kStaffEntity, member.id, member.units.front());
            std::vector<std::pair<std::string, sync::Value>> changes;
            if (missing(record, kUnitField))
                changes.emplace_back(kUnitField, sync::Value(record.unitId));
            if (missing(record, kNameField))
                changes.emplace_back(kNameField, sync::Value(member.name));
            const sync::Value role(std::string(toString(member.role)));
            if (record.state.value(kRoleField) != role)
                changes.emplace_back(kRoleField, role);
            written += writeChanges(tx, counter, record, changes, member.units);
        }
    });
    if (!done)
        return done.error();
    return written;
}

} // namespace lykta::server::staffdirectory
