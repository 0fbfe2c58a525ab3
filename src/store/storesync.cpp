// The store's side of sync: taking in pulled pages, taking the server's answer to a push,
// and showing what is left for a person to decide (conflict copies, refused edits).

#include "loadedrow.h"
#include "logging.h"
#include "meta.h"
#include "searchqueue.h"
#include "sync/core/merge.h"
#include "sync/core/protocol.h"
#include "sync/core/versionlist.h"
#include "sync/sqlite/pragmaguard.h"

#include <chrono>
#include <map>
#include <set>

namespace lykta::store {

namespace {

sync::FieldKind kindOf(const FieldDef &field)
{
    return field.type == FieldType::LongText ? sync::FieldKind::LongText : sync::FieldKind::Plain;
}

std::int64_t asInt(std::uint64_t v)
{
    return static_cast<std::int64_t>(v);
}

// A pulled page of at most this many records is indexed for search with it; a longer one is
// left in the search queue for Store::indexQueued.
constexpr std::size_t kIndexWithPage = 100;

// Marks the open transaction as applying the server's changes, which the signed-record
// triggers let through (the server's order is the order of record).
Result<bool, StoreError> markApplyingRemote(Database &db, bool on)
{
    const int rc =
        on ? meta::write(db, meta::kApplyingRemote, 1) : meta::erase(db, meta::kApplyingRemote);
    if (rc != SQLITE_DONE)
        return db.lastError(rc);
    return true;
}

} // namespace

// One remote-apply transaction: deltas go through merge() one by one, and consecutive deltas
// of one record (the usual shape of a page) are written to its row once.
class Store::RemoteApply
{
public:
    explicit RemoteApply(Store &store) : m_store(store), m_db(*store.m_db) {}

    Result<bool, StoreError> add(const sync::Delta &d);
    // One field of a state page: the server's state replaces this device's, then this device's
    // unsent edits of the field are merged on top.
    Result<bool, StoreError> addState(const std::string &entity, const std::string &id,
                                      const sync::StateField &f);
    Result<bool, StoreError> finish();
    // Writes the other devices' counters taken in so far (finish() does too).
    Result<bool, StoreError> saveCounters();

    RemoteApplyReport report;
    // Called between two records, none pending: the page may be committed in slices there
    // (Store::applyPulled). What was read of the store's own outbox and conflict copies is read
    // again after it, as another connection may have written meanwhile.
    std::function<Result<bool, StoreError>()> between;

private:
    struct Pending
    {
        const EntityDef *def = nullptr;
        std::string id;
        Loaded row;
        bool exists = false;
        bool dirty = false;
    };

    Result<bool, StoreError> select(const EntityDef &def, const std::string &id);
    // Runs `d` through merge against the selected record's field and writes the outcome.
    Result<bool, StoreError> mergeInto(const FieldDef &field, const sync::Delta &d);
    Result<bool, StoreError> noteCounter(const sync::DeltaId &id);
    // Whether this store holds any conflict copy or unsent delta at all (read once): a first
    // sync into an empty store then skips their per-field queries.
    Result<bool, StoreError> holdsLocalState();
    Result<bool, StoreError> flush();
    Result<bool, StoreError> keepUnknown(const sync::Delta &d);
    Result<bool, StoreError> purge(const sync::Delta &d);
    Result<std::uint64_t, StoreError> lastCounter(sync::DeviceId device);
    Result<std::vector<sync::ConflictCopy>, StoreError> copies(const sync::Delta &d);
    Result<bool, StoreError> addCopy(const sync::Delta &d, const sync::ConflictCopy &copy);
    Result<bool, StoreError> removeCopy(const sync::Delta &d, const sync::Hlc &hlc);

    Store &m_store;
    Database &m_db;
    std::optional<Pending> m_record;
    std::map<sync::DeviceId, std::uint64_t> m_counters; // highest applied, per other device
    std::set<sync::DeviceId> m_countersChanged;
    std::optional<bool> m_localState;
    // The selected record's unsent deltas, read once per record by addState.
    std::optional<std::vector<sync::Delta>> m_unsent;
};

Result<std::uint64_t, StoreError> Store::RemoteApply::lastCounter(sync::DeviceId device)
{
    if (auto it = m_counters.find(device); it != m_counters.end())
        return it->second;
    Statement &st = m_db.cached("SELECT counter FROM remote_device WHERE device = ?1");
    st.bind(1, asInt(device));
    const int rc = st.step();
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return m_db.lastError(rc);
    const auto counter = rc == SQLITE_ROW ? static_cast<std::uint64_t>(st.integer(0)) : 0;
    st.reset();
    m_counters.emplace(device, counter);
    return counter;
}

Result<bool, StoreError> Store::RemoteApply::add(const sync::Delta &d)
{
    if (d.id.device == m_store.deviceId()) {
        ++report.duplicates; // our own write, already here
        return true;
    }
    auto last = lastCounter(d.id.device);
    if (!last)
        return last.error();
    if (d.id.counter <= *last) {
        ++report.duplicates;
        return true;
    }
    // The ledger takes the delta with the slice that applies it: select() may first commit the
    // slice before (Store::applyPulled), which must not count this delta as applied.
    const auto taken = [&] {
        m_counters[d.id.device] = d.id.counter;
        m_countersChanged.insert(d.id.device);
    };

    // Only the server's retention job writes this (it refuses it from any device).
    if (d.id.device == sync::protocol::kRetentionDevice && d.field == sync::kDeletedField &&
        d.value == sync::Value(sync::kDeletedPurged)) {
        taken();
        return purge(d);
    }
    const EntityDef *def = m_store.m_catalog.entity(d.entity);
    const FieldDef *field = def ? def->field(d.field) : nullptr;
    if (!field || !accepts(field->type, d.value)) {
        taken();
        ++report.unknown;
        return keepUnknown(d);
    }
    if (auto r = select(*def, d.entityId); !r)
        return r.error();
    taken();
    return mergeInto(*field, d);
}

Result<bool, StoreError> Store::RemoteApply::mergeInto(const FieldDef &field, const sync::Delta &d)
{
    Pending &record = *m_record;
    auto &slot = record.row.values[static_cast<std::size_t>(field.column)];
    const sync::FieldKind kind = kindOf(field);
    sync::FieldState state;
    state.value = slot;
    if (const FieldClocks::Entry *e = record.row.clocks.entry(field.name)) {
        state.hlc = e->hlc;
        state.base = e->base;
        state.author = e->author;
    }
    if (kind == sync::FieldKind::LongText) {
        auto held = copies(d);
        if (!held)
            return held.error();
        state.conflicts = std::move(*held);
    }

    const sync::MergeOutcome outcome = sync::merge(state, d, kind, /*recordSigned=*/false);
    switch (outcome.result) {
    case sync::MergeResult::Applied:
        ++report.applied;
        slot = d.value;
        if (kind == sync::FieldKind::LongText)
            record.row.clocks.set(field.name, d.hlc, d.base, d.author);
        else
            record.row.clocks.set(field.name, d.hlc);
        record.dirty = true;
        break;
    case sync::MergeResult::Lost:
        ++report.lost;
        break;
    case sync::MergeResult::Duplicate:
        ++report.duplicates;
        break;
    case sync::MergeResult::Rejected: // only local writes are judged against signatures
        return StoreError{StoreErrc::Internal, "merge rejected a pulled delta"};
    }
    if (outcome.conflict) {
        ++report.conflicts;
        if (auto r = addCopy(d, *outcome.conflict); !r)
            return r.error();
    }
    for (const sync::Hlc &hlc : outcome.resolved) {
        ++report.resolved;
        if (auto r = removeCopy(d, hlc); !r)
            return r.error();
    }
    return true;
}

Result<bool, StoreError> Store::RemoteApply::noteCounter(const sync::DeltaId &id)
{
    if (id.device == m_store.deviceId())
        return true;
    auto last = lastCounter(id.device);
    if (!last)
        return last.error();
    if (id.counter > *last) {
        m_counters[id.device] = id.counter;
        m_countersChanged.insert(id.device);
    }
    return true;
}

Result<bool, StoreError> Store::RemoteApply::holdsLocalState()
{
    if (!m_localState) {
        Statement &st = m_db.cached(
            "SELECT EXISTS(SELECT 1 FROM conflict_copy) OR EXISTS(SELECT 1 FROM outbox)");
        if (const int rc = st.step(); rc != SQLITE_ROW)
            return m_db.lastError(rc);
        m_localState = st.integer(0) != 0;
        st.reset();
    }
    return *m_localState;
}

// A state page brings each field as the server holds it, not the deltas that made it: the
// device's ledger only learns the writers' counters (every later delta of a writer comes after
// the page's position in the log, with a higher counter), and the field takes the server's state
// as it is. Whatever this device held of the field came from the server or from this device's
// own writes; the server's state holds the first, and the unsent ones are merged on top below,
// as the server will merge them.
Result<bool, StoreError> Store::RemoteApply::addState(const std::string &entity,
                                                      const std::string &id,
                                                      const sync::StateField &f)
{
    // The field as a delta, for what is kept of it beside the row (made only then: a first
    // sync passes here for every field it brings).
    const auto asDelta = [&] {
        return sync::Delta{f.writer,    entity,         id,          f.name, f.state.value,
                           f.state.hlc, f.state.author, f.state.base};
    };
    const EntityDef *def = m_store.m_catalog.entity(entity);
    const FieldDef *field = def ? def->field(f.name) : nullptr;
    const bool purged = f.writer.device == sync::protocol::kRetentionDevice &&
                        f.name == sync::kDeletedField &&
                        f.state.value == sync::Value(sync::kDeletedPurged);
    if (purged || !field || !accepts(field->type, f.state.value)) {
        if (auto r = noteCounter(f.writer); !r)
            return r.error();
        if (purged)
            return purge(asDelta());
        ++report.unknown;
        return keepUnknown(asDelta());
    }
    const bool sameRecord = m_record && m_record->def == def && m_record->id == id;
    // As in add(): the ledger takes the writer with the slice that applies the field.
    if (auto r = select(*def, id); !r)
        return r.error();
    if (auto r = noteCounter(f.writer); !r)
        return r.error();
    auto local = holdsLocalState();
    if (!local)
        return local.error();
    if (!sameRecord)
        m_unsent.reset();

    Pending &record = *m_record;
    const sync::FieldKind kind = kindOf(*field);
    record.row.values[static_cast<std::size_t>(field->column)] = f.state.value;
    if (kind == sync::FieldKind::LongText)
        record.row.clocks.set(field->name, f.state.hlc, f.state.base, f.state.author);
    else
        record.row.clocks.set(field->name, f.state.hlc);
    record.dirty = true;
    ++report.applied;
    if (kind == sync::FieldKind::LongText) {
        if (*local) {
            Statement &st = m_db.cached(
                "DELETE FROM conflict_copy WHERE entity = ?1 AND entity_id = ?2 AND field = ?3");
            st.bind(1, entity).bind(2, id).bind(3, f.name);
            if (const int rc = st.step(); rc != SQLITE_DONE)
                return m_db.lastError(rc);
        }
        if (!f.state.conflicts.empty()) {
            const sync::Delta d = asDelta();
            for (const sync::ConflictCopy &copy : f.state.conflicts) {
                ++report.conflicts;
                if (auto r = addCopy(d, copy); !r)
                    return r.error();
            }
        }
    }
    if (!*local)
        return true;
    if (!m_unsent) {
        auto unsent = m_store.unsent(entity, id);
        if (!unsent)
            return unsent.error();
        m_unsent = std::move(*unsent);
    }
    for (const sync::Delta &mine : *m_unsent) {
        if (mine.field != f.name)
            continue;
        if (auto r = mergeInto(*field, mine); !r)
            return r.error();
    }
    return true;
}

Result<bool, StoreError> Store::RemoteApply::select(const EntityDef &def, const std::string &id)
{
    if (m_record && m_record->def == &def && m_record->id == id)
        return true;
    if (auto r = flush(); !r)
        return r.error();
    if (m_record && between) {
        m_record.reset();
        if (auto r = between(); !r)
            return r.error();
        m_localState.reset();
        m_unsent.reset();
    }
    auto loaded = m_store.load(def, id);
    if (!loaded)
        return loaded.error();
    Pending next;
    next.def = &def;
    next.id = id;
    next.exists = loaded->has_value();
    if (next.exists) {
        next.row = std::move(**loaded);
    } else {
        next.row.values.resize(def.fields.size());
        next.row.values[static_cast<std::size_t>(def.field("deleted")->column)] = std::int64_t{0};
    }
    m_record = std::move(next);
    return true;
}

Result<bool, StoreError> Store::RemoteApply::flush()
{
    if (!m_record || !m_record->dirty)
        return true;
    if (auto r = m_store.save(*m_record->def, m_record->id, m_record->row, !m_record->exists); !r)
        return r.error();
    m_record->exists = true;
    m_record->dirty = false;
    ++report.records;
    return true;
}

Result<bool, StoreError> Store::RemoteApply::finish()
{
    if (auto r = flush(); !r)
        return r.error();
    return saveCounters();
}

Result<bool, StoreError> Store::RemoteApply::saveCounters()
{
    Statement &st =
        m_db.cached("INSERT OR REPLACE INTO remote_device(device, counter) VALUES (?1, ?2)");
    for (sync::DeviceId device : m_countersChanged) {
        st.reset();
        st.bind(1, asInt(device)).bind(2, asInt(m_counters[device]));
        if (const int rc = st.step(); rc != SQLITE_DONE)
            return m_db.lastError(rc);
    }
    m_countersChanged.clear();
    return true;
}

// Retention (gallring) on the server removed the record: the row goes, and with it its search
// text, conflict copies, pulled changes kept for a later version and refused edits. Waiting
// outbox deltas keep their counters (the server expects them in order) but lose their values;
// the server refuses them as "purged". Not merged: a removal is not a value that can lose.
Result<bool, StoreError> Store::RemoteApply::purge(const sync::Delta &d)
{
    if (m_record && m_record->id == d.entityId && m_record->def && m_record->def->name == d.entity)
        m_record.reset(); // its pending changes go with it
    const auto run = [&](const std::string &sql) -> Result<bool, StoreError> {
        Statement &st = m_db.cached(sql);
        st.bind(1, d.entity).bind(2, d.entityId);
        if (const int rc = st.step(); rc != SQLITE_DONE)
            return m_db.lastError(rc);
        return true;
    };
    if (const EntityDef *def = m_store.m_catalog.entity(d.entity)) {
        // ?1 is bound (to the entity) and unused, so every statement here binds alike.
        if (auto r = run("DELETE FROM " + def->name + " WHERE id = ?2 AND ?1 IS NOT NULL"); !r)
            return r;
    }
    for (const char *sql :
         {"DELETE FROM search_index WHERE rowid = (SELECT ftsid FROM search_doc WHERE entity = ?1 "
          "AND entity_id = ?2)",
          "DELETE FROM search_doc WHERE entity = ?1 AND entity_id = ?2",
          "DELETE FROM conflict_copy WHERE entity = ?1 AND entity_id = ?2",
          "DELETE FROM remote_unknown WHERE entity = ?1 AND entity_id = ?2",
          "DELETE FROM sync_rejection WHERE entity = ?1 AND entity_id = ?2",
          "UPDATE outbox SET value = NULL WHERE entity = ?1 AND entity_id = ?2"}) {
        if (auto r = run(sql); !r)
            return r;
    }
    ++report.purged;
    return true;
}

Result<bool, StoreError> Store::RemoteApply::keepUnknown(const sync::Delta &d)
{
    Statement &st = m_db.cached(
        "INSERT OR IGNORE INTO remote_unknown(device, counter, entity, entity_id, field, value, "
        "hlc, author, base_hlc, base_device, seen) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, "
        "?10, ?11)");
    st.bind(1, asInt(d.id.device))
        .bind(2, asInt(d.id.counter))
        .bind(3, d.entity)
        .bind(4, d.entityId)
        .bind(5, d.field)
        .bind(6, d.value)
        .bind(7, d.hlc.packedTime())
        .bind(8, d.author)
        .bind(9, d.base.packedTime())
        .bind(10, asInt(d.base.device));
    if (d.seen.empty()) {
        st.bindNull(11);
    } else {
        const std::string seen = sync::encodeVersions(d.seen);
        st.bind(11, sync::Value(sync::Blob(seen.begin(), seen.end())));
    }
    if (const int rc = st.step(); rc != SQLITE_DONE)
        return m_db.lastError(rc);
    qCWarning(lcStore) << "kept a pulled change this version does not know for later";
    return true;
}

Result<std::vector<sync::ConflictCopy>, StoreError> Store::RemoteApply::copies(const sync::Delta &d)
{
    Statement &st =
        m_db.cached("SELECT value, hlc, device, base_hlc, base_device, author FROM conflict_copy "
                    "WHERE entity = ?1 AND entity_id = ?2 AND field = ?3 ORDER BY hlc, device");
    st.bind(1, d.entity).bind(2, d.entityId).bind(3, d.field);
    std::vector<sync::ConflictCopy> held;
    int rc;
    while ((rc = st.step()) == SQLITE_ROW) {
        held.push_back(
            {st.value(0),
             sync::Hlc::fromPacked(st.integer(1), static_cast<sync::DeviceId>(st.integer(2))),
             sync::Hlc::fromPacked(st.integer(3), static_cast<sync::DeviceId>(st.integer(4))),
             std::string(st.text(5))});
    }
    if (rc != SQLITE_DONE)
        return m_db.lastError(rc);
    return held;
}

Result<bool, StoreError> Store::RemoteApply::addCopy(const sync::Delta &d,
                                                     const sync::ConflictCopy &copy)
{
    Statement &st = m_db.cached(
        "INSERT OR IGNORE INTO conflict_copy(entity, entity_id, field, hlc, device, value, "
        "base_hlc, base_device, author) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    st.bind(1, d.entity)
        .bind(2, d.entityId)
        .bind(3, d.field)
        .bind(4, copy.hlc.packedTime())
        .bind(5, asInt(copy.hlc.device))
        .bind(6, copy.value)
        .bind(7, copy.base.packedTime())
        .bind(8, asInt(copy.base.device))
        .bind(9, copy.author);
    if (const int rc = st.step(); rc != SQLITE_DONE)
        return m_db.lastError(rc);
    return true;
}

Result<bool, StoreError> Store::RemoteApply::removeCopy(const sync::Delta &d, const sync::Hlc &hlc)
{
    Statement &st = m_db.cached("DELETE FROM conflict_copy WHERE entity = ?1 AND entity_id = ?2 "
                                "AND field = ?3 AND hlc = ?4 AND device = ?5");
    st.bind(1, d.entity)
        .bind(2, d.entityId)
        .bind(3, d.field)
        .bind(4, hlc.packedTime())
        .bind(5, asInt(hlc.device));
    if (const int rc = st.step(); rc != SQLITE_DONE)
        return m_db.lastError(rc);
    return true;
}

Result<RemoteApplyReport, StoreError> Store::applyRemote(std::span<const sync::Delta> deltas,
                                                         std::uint64_t nextCursor)
{
    sync::Hlc newest;
    for (const sync::Delta &d : deltas) {
        if (d.id.device != deviceId() && d.hlc > newest)
            newest = d.hlc;
    }
    return applyPulled(newest, nextCursor, std::nullopt, [&](RemoteApply &apply) {
        for (const sync::Delta &d : deltas) {
            if (auto r = apply.add(d); !r)
                return r;
        }
        return Result<bool, StoreError>(true);
    });
}

Result<RemoteApplyReport, StoreError> Store::applyState(const sync::StatePage &page)
{
    sync::Hlc newest;
    for (const sync::StateRecord &record : page.records) {
        for (const sync::StateField &f : record.fields) {
            if (f.writer.device != deviceId() && f.state.hlc > newest)
                newest = f.state.hlc;
        }
    }
    return applyPulled(newest, page.cursor, page.hasMore, [&](RemoteApply &apply) {
        for (const sync::StateRecord &record : page.records) {
            for (const sync::StateField &f : record.fields) {
                if (auto r = apply.addState(record.entity, record.id, f); !r)
                    return r;
            }
        }
        return Result<bool, StoreError>(true);
    });
}

Result<RemoteApplyReport, StoreError>
Store::applyPulled(const sync::Hlc &newest, std::uint64_t nextCursor, std::optional<bool> stateSync,
                   const std::function<Result<bool, StoreError>(RemoteApply &)> &fill)
{
    // Pulled data arrives in the server's order, across scopes: a record may name another that
    // this device will never hold (outside its units) or that the server has purged. Such a
    // reference must not make a page impossible to apply forever, so referential checks are
    // off while a page goes in; local writes keep them. (Set outside the transaction: inside
    // one, the pragma changes nothing.)
    struct ForeignKeysOff : sqlitedb::PragmaGuard
    {
        explicit ForeignKeysOff(Database &db) : PragmaGuard(db.connection(), "foreign_keys", "OFF")
        {
            if (failed())
                qCWarning(lcStore)
                    << "could not switch foreign keys off:" << failed()->detail.c_str();
        }
        ~ForeignKeysOff()
        {
            if (auto e = restore())
                qCWarning(lcStore) << "could not switch foreign keys back on:" << e->detail.c_str();
        }
    } foreignKeysOff(*m_db);
    // A pulled page's slices are committed without waiting for the disk: the WAL keeps them in
    // order, so a power cut loses a tail of them, the cursor with the last, and the page is
    // pulled again. The UI thread's connection waits less for the write lock; its own commits,
    // and acknowledge()'s, still wait for the disk (and take these slices along).
    sqlitedb::PragmaGuard unsynced(m_db->connection(), "synchronous", "NORMAL");
    if (unsynced.failed())
        qCWarning(lcStore) << "could not relax synchronous for a pulled page:"
                           << unsynced.failed()->detail.c_str();

    // A page is applied in slices of about m_applySlice, each its own transaction, so the UI
    // thread's connection never waits long to write. Only the last one writes the cursor, so
    // a page cut between slices is pulled and applied again, which changes nothing: a delta
    // applied before is a replay (the other devices' counters go in with each slice) and a
    // state page's field takes the server's state again.
    std::optional<Database::Transaction> tx;
    auto sliceStart = std::chrono::steady_clock::now();
    const auto begin = [&]() -> Result<bool, StoreError> {
        tx.emplace(*m_db);
        if (auto r = tx->begin(); !r)
            return r.error();
        catchUp();
        sliceStart = std::chrono::steady_clock::now();
        return markApplyingRemote(*m_db, true);
    };
    // The clock goes in with every slice: a person's edit between two slices must be stamped
    // after what the earlier ones brought.
    const auto end = [&]() -> Result<bool, StoreError> {
        if (const int rc = meta::write(*m_db, meta::kHlc, m_clock.last().packedTime());
            rc != SQLITE_DONE)
            return m_db->lastError(rc);
        if (auto r = markApplyingRemote(*m_db, false); !r)
            return r.error();
        if (auto r = tx->commit(); !r)
            return r.error();
        return checkpoint();
    };
    if (auto r = begin(); !r)
        return r.error();
    if (!newest.isNull() && m_clock.receive(newest) != sync::ClockError::None)
        return StoreError{StoreErrc::ClockSkew,
                          "pulled changes are more than the clock bound ahead of this device"};
    const auto queued = searchqueue::head(*m_db);
    if (!queued)
        return queued.error();

    RemoteApply apply(*this);
    bool sliced = false;
    apply.between = [&]() -> Result<bool, StoreError> {
        if (std::chrono::steady_clock::now() - sliceStart < m_applySlice)
            return true;
        if (auto r = apply.saveCounters(); !r)
            return r.error();
        if (auto r = end(); !r)
            return r.error();
        sliced = true;
        return begin();
    };
    if (auto r = fill(apply); !r)
        return r.error();
    if (auto r = apply.finish(); !r)
        return r.error();
    if (apply.report.purged) {
        // Rewrite the search index without the removed entries (FTS5 keeps a deleted row's
        // terms in its segments until they are merged).
        if (auto r = m_db->exec("INSERT INTO search_index(search_index) VALUES ('optimize')"); !r)
            return r.error();
    }
    // A short page is found in search as soon as it is in; a long one (a first sync) waits in
    // the search queue for indexQueued(), after the sync.
    if (!sliced && apply.report.records <= kIndexWithPage) {
        if (auto r = searchqueue::index(*m_db, *queued, searchqueue::kEnd); !r)
            return r.error();
    }

    auto cursor = pullCursor();
    if (!cursor)
        return cursor.error();
    if (nextCursor > *cursor) {
        if (const int rc = meta::write(*m_db, meta::kPullCursor, asInt(nextCursor));
            rc != SQLITE_DONE)
            return m_db->lastError(rc);
    }
    if (stateSync) {
        const int rc = *stateSync ? meta::write(*m_db, meta::kStateSync, 1)
                                  : meta::erase(*m_db, meta::kStateSync);
        if (rc != SQLITE_DONE)
            return m_db->lastError(rc);
    }
    if (auto r = end(); !r)
        return r.error();
    if (apply.report.purged) {
        // Out of the WAL and into the main file, where secure_delete (always on, database.cpp)
        // zeroed the freed space.
        if (auto r = m_db->exec("PRAGMA wal_checkpoint(TRUNCATE)"); !r)
            qCWarning(lcStore) << "could not checkpoint after a retention removal";
    }
    return apply.report;
}

Result<std::uint64_t, StoreError> Store::pullCursor() const
{
    m_db->releaseReads();
    return static_cast<std::uint64_t>(meta::read(*m_db, meta::kPullCursor).value_or(0));
}

Result<bool, StoreError> Store::restartFromState()
{
    Database::Transaction tx(*m_db);
    if (auto r = tx.begin(); !r)
        return r.error();
    if (const int rc = meta::write(*m_db, meta::kStateSync, 1); rc != SQLITE_DONE)
        return m_db->lastError(rc);
    if (const int rc = meta::erase(*m_db, meta::kPullCursor); rc != SQLITE_DONE)
        return m_db->lastError(rc);
    if (auto r = tx.commit(); !r)
        return r.error();
    qCInfo(lcStore) << "the server compacted its log past this store's cursor: a first sync "
                       "from the server's state follows";
    return true;
}

Result<bool, StoreError> Store::pullsState() const
{
    m_db->releaseReads();
    return meta::read(*m_db, meta::kPullCursor).value_or(0) == 0 ||
           meta::read(*m_db, meta::kStateSync).value_or(0) == 1;
}

Result<std::vector<sync::AuditRecord>, StoreError> Store::unsentAudit(std::size_t limit) const
{
    m_db->releaseReads();
    const std::int64_t sent = meta::read(*m_db, meta::kAuditSent).value_or(0);
    Statement &st = m_db->cached("SELECT seq, at_ms, actor, unit_id, action, entity, subject "
                                 "FROM audit_log WHERE seq > ?1 ORDER BY seq LIMIT ?2");
    st.bind(1, sent).bind(2, limit >= static_cast<std::size_t>(INT64_MAX)
                                 ? std::int64_t{-1}
                                 : static_cast<std::int64_t>(limit));
    std::vector<sync::AuditRecord> out;
    int rc;
    while ((rc = st.step()) == SQLITE_ROW)
        out.push_back({static_cast<std::uint64_t>(st.integer(0)), st.integer(1),
                       std::string(st.text(2)), std::string(st.text(3)), std::string(st.text(4)),
                       std::string(st.text(5)), std::string(st.text(6))});
    if (rc != SQLITE_DONE)
        return m_db->lastError(rc);
    return out;
}

Result<bool, StoreError> Store::markAuditSent(std::uint64_t through)
{
    Database::Transaction tx(*m_db);
    if (auto r = tx.begin(); !r)
        return r.error();
    if (asInt(through) > meta::read(*m_db, meta::kAuditSent).value_or(0)) {
        if (const int rc = meta::write(*m_db, meta::kAuditSent, asInt(through)); rc != SQLITE_DONE)
            return m_db->lastError(rc);
    }
    return tx.commit();
}

Result<bool, StoreError> Store::acknowledge(const sync::PushResponse &response)
{
    Database::Transaction tx(*m_db);
    if (auto r = tx.begin(); !r)
        return r.error();
    catchUp();
    if (auto r = markApplyingRemote(*m_db, true); !r)
        return r.error();
    const auto queued = searchqueue::head(*m_db); // a refused edit puts its field back
    if (!queued)
        return queued.error();

    Statement &drop = m_db->cached("DELETE FROM outbox WHERE counter = ?1");
    for (const sync::DeltaId &id : response.accepted) {
        if (id.device != deviceId())
            continue;
        drop.reset();
        drop.bind(1, asInt(id.counter));
        if (const int rc = drop.step(); rc != SQLITE_DONE)
            return m_db->lastError(rc);
    }

    bool refusedText = false;
    for (const sync::Rejection &rejection : response.rejected) {
        if (rejection.id.device != deviceId() || sync::isTransient(rejection.reason))
            continue;
        if (rejection.detail == sync::kPurgedDetail) {
            // An edit of a record retention removed: the tombstone takes the record (and this
            // edit's text, which its purge already emptied) off the device.
            drop.reset();
            drop.bind(1, asInt(rejection.id.counter));
            if (const int rc = drop.step(); rc != SQLITE_DONE)
                return m_db->lastError(rc);
            continue;
        }
        auto waiting = pending(rejection.id.counter);
        if (!waiting)
            return waiting.error();
        if (!*waiting)
            continue; // acknowledged before
        const sync::Delta &refused = **waiting;
        Statement &keep = m_db->cached(
            "INSERT OR IGNORE INTO sync_rejection(counter, entity, entity_id, field, value, hlc, "
            "author, reason, detail, at_ms) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
        keep.bind(1, asInt(refused.id.counter))
            .bind(2, refused.entity)
            .bind(3, refused.entityId)
            .bind(4, refused.field)
            .bind(5, refused.value)
            .bind(6, refused.hlc.packedTime())
            .bind(7, refused.author)
            .bind(8, static_cast<std::int64_t>(rejection.reason))
            .bind(9, rejection.detail)
            .bind(10, sync::HlcClock::systemMilliseconds());
        if (const int rc = keep.step(); rc != SQLITE_DONE)
            return m_db->lastError(rc);
        drop.reset();
        drop.bind(1, asInt(refused.id.counter));
        if (const int rc = drop.step(); rc != SQLITE_DONE)
            return m_db->lastError(rc);
        if (rejection.current) {
            if (auto r = restore(refused, *rejection.current); !r)
                return r.error();
        }
        const EntityDef *def = m_catalog.entity(refused.entity);
        const FieldDef *field = def ? def->field(refused.field) : nullptr;
        refusedText |= field && field->type == FieldType::LongText;
        qCInfo(lcStore) << "the server refused a change; kept it aside, reason"
                        << static_cast<int>(rejection.reason);
    }
    if (refusedText) {
        // A text written here replaced versions on this device (its base, and for a resolution
        // the copies it saw) that the server, having refused it, may still hold as conflict
        // copies: the field was put back to the server's value, not to its copies. The next
        // pull takes the server's state again (a state sync), which brings them back.
        if (const int rc = meta::write(*m_db, meta::kStateSync, 1); rc != SQLITE_DONE)
            return m_db->lastError(rc);
        if (const int rc = meta::erase(*m_db, meta::kPullCursor); rc != SQLITE_DONE)
            return m_db->lastError(rc);
        qCInfo(lcStore) << "the server refused a text: its conflict copies come back with the "
                           "server's state";
    }

    // The server has taken a push after the restore it was resuming from: its counters follow
    // on from here (noteServerEpoch).
    const bool taken = !response.accepted.empty() ||
                       std::any_of(response.rejected.begin(), response.rejected.end(),
                                   [](const auto &r) { return !sync::isTransient(r.reason); });
    if (taken) {
        if (const int rc = meta::erase(*m_db, meta::kResumeEpoch); rc != SQLITE_DONE)
            return m_db->lastError(rc);
    }
    if (auto r = searchqueue::index(*m_db, *queued, searchqueue::kEnd); !r)
        return r.error();
    if (auto r = markApplyingRemote(*m_db, false); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return true;
}

Result<bool, StoreError> Store::restore(const sync::Delta &refused, const sync::Delta &current)
{
    if (current.entity != refused.entity || current.entityId != refused.entityId ||
        current.field != refused.field)
        return true; // not about this field: nothing to put back
    const EntityDef *def = m_catalog.entity(refused.entity);
    const FieldDef *field = def ? def->field(refused.field) : nullptr;
    if (!field || !accepts(field->type, current.value))
        return true;
    auto loaded = load(*def, refused.entityId);
    if (!loaded)
        return loaded.error();
    // Only while the refused value is still what this device shows: a newer value (a later
    // local edit, or one pulled since) is judged on its own.
    if (!*loaded || (*loaded)->clocks.get(field->name) != refused.hlc)
        return true;
    Loaded &row = **loaded;
    row.values[static_cast<std::size_t>(field->column)] = current.value;
    if (field->type == FieldType::LongText)
        row.clocks.set(field->name, current.hlc, current.base, current.author);
    else
        row.clocks.set(field->name, current.hlc);
    return save(*def, refused.entityId, row, /*insert=*/false);
}

Result<std::vector<ConflictEntry>, StoreError> Store::conflicts(std::string_view entity,
                                                                std::string_view id) const
{
    m_db->releaseReads();
    Statement &st = m_db->cached(
        "SELECT entity, entity_id, field, value, hlc, device, base_hlc, base_device, author "
        "FROM conflict_copy WHERE (?1 IS NULL OR entity = ?1) AND (?2 IS NULL OR entity_id = ?2) "
        "ORDER BY entity, entity_id, field, hlc, device");
    if (entity.empty())
        st.bindNull(1);
    else
        st.bind(1, entity);
    if (id.empty())
        st.bindNull(2);
    else
        st.bind(2, id);
    std::vector<ConflictEntry> entries;
    int rc;
    while ((rc = st.step()) == SQLITE_ROW) {
        entries.push_back(
            {std::string(st.text(0)),
             std::string(st.text(1)),
             std::string(st.text(2)),
             {st.value(3),
              sync::Hlc::fromPacked(st.integer(4), static_cast<sync::DeviceId>(st.integer(5))),
              sync::Hlc::fromPacked(st.integer(6), static_cast<sync::DeviceId>(st.integer(7))),
              std::string(st.text(8))}});
    }
    if (rc != SQLITE_DONE)
        return m_db->lastError(rc);
    for (ConflictEntry &e : entries) {
        const EntityDef *def = m_catalog.entity(e.entity);
        const FieldDef *field = def ? def->field(e.field) : nullptr;
        if (!field)
            continue;
        auto loaded = load(*def, e.entityId);
        if (!loaded)
            return loaded.error();
        if (!*loaded)
            continue;
        e.current.value = (*loaded)->values[static_cast<std::size_t>(field->column)];
        if (const FieldClocks::Entry *clock = (*loaded)->clocks.entry(field->name))
            e.current = {e.current.value, clock->hlc, clock->base, clock->author};
    }
    return entries;
}

Result<WriteReceipt, StoreError> Store::resolveConflict(const Actor &actor, const ConflictKey &key,
                                                        const sync::Value &text)
{
    if (key.entity.empty() || key.entityId.empty() || key.field.empty() || key.copy.isNull())
        return StoreError{StoreErrc::NotFound, "no conflict named"};
    Change change;
    change.kind = ChangeKind::Update;
    change.entity = key.entity;
    change.id = key.entityId;
    change.fields.push_back({key.field, text});
    change.resolves = {key.copy};
    return write(actor, change);
}

Result<bool, StoreError> Store::dropCopies(std::string_view entity, std::string_view id,
                                           std::string_view field,
                                           const std::vector<sync::Hlc> &copies)
{
    Statement &st = m_db->cached("DELETE FROM conflict_copy WHERE entity = ?1 AND entity_id = ?2 "
                                 "AND field = ?3 AND hlc = ?4 AND device = ?5");
    for (const sync::Hlc &hlc : copies) {
        st.reset();
        st.bind(1, entity)
            .bind(2, id)
            .bind(3, field)
            .bind(4, hlc.packedTime())
            .bind(5, asInt(hlc.device));
        if (const int rc = st.step(); rc != SQLITE_DONE)
            return m_db->lastError(rc);
        if (sqlite3_changes(m_db->handle()) !=
            1) // the write's transaction rolls back the ones before
            return StoreError{StoreErrc::NotFound,
                              std::string(entity) + "." + std::string(field) +
                                  ": no such conflict copy (already resolved?)"};
    }
    return true;
}

Result<std::vector<RejectedEdit>, StoreError> Store::rejections() const
{
    m_db->releaseReads();
    Statement &st = m_db->cached(
        "SELECT counter, entity, entity_id, field, value, hlc, author, reason, detail, at_ms, "
        "coalesce(handled_ms, 0) FROM sync_rejection ORDER BY counter");
    std::vector<RejectedEdit> edits;
    int rc;
    while ((rc = st.step()) == SQLITE_ROW) {
        const auto reason = st.integer(7);
        edits.push_back({static_cast<std::uint64_t>(st.integer(0)), std::string(st.text(1)),
                         std::string(st.text(2)), std::string(st.text(3)), st.value(4),
                         sync::Hlc::fromPacked(st.integer(5), deviceId()), std::string(st.text(6)),
                         reason >= 0 && reason <= sync::kMaxRejectReason
                             ? static_cast<sync::RejectReason>(reason)
                             : sync::RejectReason::Invalid,
                         std::string(st.text(8)), st.integer(9), st.integer(10)});
    }
    if (rc != SQLITE_DONE)
        return m_db->lastError(rc);
    return edits;
}

Result<bool, StoreError> Store::markRejectionHandled(std::uint64_t counter)
{
    m_db->releaseReads();
    Statement &st = m_db->cached(
        "UPDATE sync_rejection SET handled_ms = coalesce(handled_ms, ?2) WHERE counter = ?1");
    st.bind(1, asInt(counter)).bind(2, sync::HlcClock::systemMilliseconds());
    if (const int rc = st.step(); rc != SQLITE_DONE)
        return m_db->lastError(rc);
    if (sqlite3_changes(m_db->handle()) != 1)
        return StoreError{StoreErrc::NotFound, "no refused edit " + std::to_string(counter)};
    return true;
}

} // namespace lykta::store
