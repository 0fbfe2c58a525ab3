#include "serverstate.h"

#include "store/fieldclocks.h"
#include "storeinspector.h"
#include "sync/core/limits.h"
#include "sync/server/storagefactory.h"

#include <QtGlobal>

#include <algorithm>
#include <map>

namespace lykta::test {

namespace {

using Key = std::pair<std::string, std::string>;

// Every record of `units`, each in its newest state (a record changed while pages are read
// comes again later). nullopt when the storage cannot be opened or read.
std::optional<std::map<Key, server::StoredRecord>>
serverRecords(server::ServerStorage &storage, const std::vector<std::string> &units)
{
    std::map<Key, server::StoredRecord> records;
    std::uint64_t since = 0;
    for (;;) {
        auto page = storage.changedRecords(units, {}, since, 1000, sync::limits::kMaxPullPageBytes);
        if (!page)
            return std::nullopt;
        for (server::StoredRecord &r : page->records) {
            since = std::max(since, r.lastSeq);
            records.insert_or_assign({r.entity, r.id}, std::move(r));
        }
        if (!page->hasMore)
            return records;
    }
}

bool purged(const server::StoredRecord &record)
{
    return record.state.value(sync::kDeletedField) == sync::Value(sync::kDeletedPurged);
}

std::optional<store::FieldClocks> clocksOf(store::Store &tablet, const std::string &entity,
                                           const std::string &id)
{
    auto &st = store::StoreInspector::database(tablet).cached("SELECT _clock FROM " + entity +
                                                              " WHERE id = ?1");
    st.bind(1, id);
    std::optional<store::FieldClocks> clocks;
    if (st.step() == SQLITE_ROW)
        clocks = store::FieldClocks::decode(st.blob(0));
    st.reset();
    return clocks;
}

std::vector<sync::ConflictCopy> sorted(std::vector<sync::ConflictCopy> copies)
{
    std::sort(copies.begin(), copies.end(),
              [](const auto &a, const auto &b) { return a.hlc < b.hlc; });
    return copies;
}

} // namespace

std::vector<std::string> differencesFromServer(const TestDatabase &database,
                                               const std::vector<std::string> &units,
                                               store::Store &tablet, std::size_t limit)
{
    auto storage = server::openStorage(database.spec().toStdString());
    if (!storage)
        return {"the server's database could not be opened"};
    return differencesFromServer(**storage, units, tablet, limit);
}

std::vector<std::string> differencesFromServer(server::ServerStorage &storage,
                                               const std::vector<std::string> &units,
                                               store::Store &tablet, std::size_t limit)
{
    std::vector<std::string> out;
    const auto records = serverRecords(storage, units);
    if (!records)
        return {"the server's records could not be read"};
    const auto differ = [&](const Key &key, const std::string &what) {
        if (out.size() < limit)
            out.push_back(key.first + " " + key.second + ": " + what);
    };
    for (const auto &[key, record] : *records) {
        auto row = tablet.get(key.first, key.second);
        if (!row) {
            differ(key, "not readable on the tablet");
            continue;
        }
        if (purged(record)) {
            if (*row)
                differ(key, "removed by retention on the server, still on the tablet");
            continue;
        }
        if (!*row) {
            differ(key, "missing on the tablet");
            continue;
        }
        const store::EntityDef *def = tablet.catalog().entity(key.first);
        const auto clocks = clocksOf(tablet, key.first, key.second);
        auto held = tablet.conflicts(key.first, key.second);
        if (!def || !clocks || !held) {
            differ(key, "entity, clocks or conflict copies unreadable on the tablet");
            continue;
        }
        for (const auto &[name, field] : record.state.fields) {
            const store::FieldDef *f = def->field(name);
            if (!f) {
                differ(key, name + " unknown to the tablet");
                continue;
            }
            if ((**row).value(name) != field.state.value)
                differ(key, name + " value");
            if (clocks->get(name) != field.state.hlc)
                differ(key, name + " timestamp");
            if (f->type != store::FieldType::LongText)
                continue;
            const store::FieldClocks::Entry *e = clocks->entry(name);
            if (!e || e->base != field.state.base || e->author != field.state.author)
                differ(key, name + " base or author");
            std::vector<sync::ConflictCopy> copies;
            for (const store::ConflictEntry &c : *held)
                if (c.field == name)
                    copies.push_back(c.copy);
            if (sorted(copies) != sorted(field.state.conflicts))
                differ(key, name + " conflict copies (" + std::to_string(copies.size()) +
                                " on the tablet, " + std::to_string(field.state.conflicts.size()) +
                                " on the server)");
        }
    }
    return out;
}

bool equalsServer(const TestDatabase &database, const std::string &unit, store::Store &tablet)
{
    const auto diff = differencesFromServer(database, {unit}, tablet);
    for (const std::string &d : diff)
        qWarning("differs: %s", d.c_str());
    return diff.empty();
}

} // namespace lykta::test
