// The store's side of a server restored from a backup: noticing it (another epoch) and
// queuing again what the restored copy may have lost.

#include "loadedrow.h"
#include "logging.h"
#include "meta.h"

#include <algorithm>
#include <set>
#include <tuple>

namespace lykta::store {

namespace {

using FieldKey = std::tuple<std::string, std::string, std::string>; // entity, id, field

constexpr std::string_view kUnitField = "unit_id";
constexpr std::string_view kStaffEntity = "staff";

} // namespace

Result<std::vector<sync::Delta>, StoreError> Store::ownVersionsToSendAgain(std::string_view author)
{
    std::set<FieldKey> unsent;
    {
        Statement &st = m_db->cached("SELECT entity, entity_id, field FROM outbox");
        int rc;
        while ((rc = st.step()) == SQLITE_ROW)
            unsent.emplace(st.text(0), st.text(1), st.text(2));
        if (rc != SQLITE_DONE)
            return m_db->lastError(rc);
    }
    std::vector<sync::Delta> own;
    for (const EntityDef &def : m_catalog.entities()) {
        // Every record's clocks first (one scan); values only of records with a field this
        // device wrote last.
        std::vector<std::string> ids;
        {
            Statement &st = m_db->cached("SELECT id, _clock FROM " + def.name);
            int rc;
            while ((rc = st.step()) == SQLITE_ROW) {
                const auto clocks = FieldClocks::decode(st.blob(1));
                if (!clocks)
                    return StoreError{StoreErrc::Corrupt, "damaged field clocks in " + def.name};
                if (std::any_of(
                        clocks->entries().begin(), clocks->entries().end(),
                        [&](const FieldClocks::Entry &e) { return e.hlc.device == deviceId(); }))
                    ids.emplace_back(st.text(0));
            }
            if (rc != SQLITE_DONE)
                return m_db->lastError(rc);
        }
        for (const std::string &id : ids) {
            auto loaded = load(def, id);
            if (!loaded)
                return loaded.error();
            if (!*loaded)
                continue;
            const Loaded &row = **loaded;
            const auto valueOf = [&](const FieldDef &field) {
                return row.values[static_cast<std::size_t>(field.column)];
            };
            bool queued = false;
            for (const FieldClocks::Entry &e : row.clocks.entries()) {
                const FieldDef *field = def.field(e.field);
                if (!field || e.hlc.device != deviceId() ||
                    unsent.count({def.name, id, e.field}) > 0)
                    continue;
                own.push_back({{deviceId(), 0},
                               def.name,
                               id,
                               e.field,
                               valueOf(*field),
                               e.hlc,
                               std::string(author),
                               e.base});
                queued = true;
            }
            // Another device created the record: its unit goes along under that device's
            // clock (the one field the server takes so, and only to place the record), so the
            // restored copy can take these edits before the creator has synced; the creator's
            // own delta is then the one it logs. A staff record's unit is never forwarded.
            const FieldClocks::Entry *unit = row.clocks.entry(kUnitField);
            const FieldDef *unitField = def.field(kUnitField);
            if (queued && unit && unitField && !unit->hlc.isNull() &&
                unit->hlc.device != deviceId() && def.name != kStaffEntity &&
                unsent.count({def.name, id, unit->field}) == 0)
                own.push_back({{deviceId(), 0},
                               def.name,
                               id,
                               unit->field,
                               valueOf(*unitField),
                               unit->hlc,
                               std::string(author),
                               unit->base});
        }
    }
    // This device's texts that another version displaced are conflict copies here (and were
    // on the server): sent again, each becomes the same copy there.
    {
        Statement &st = m_db->cached(
            "SELECT entity, entity_id, field, value, hlc, base_hlc, base_device FROM conflict_copy "
            "WHERE device = ?1");
        st.bind(1, static_cast<std::int64_t>(deviceId()));
        int rc;
        while ((rc = st.step()) == SQLITE_ROW)
            own.push_back(
                {{deviceId(), 0},
                 std::string(st.text(0)),
                 std::string(st.text(1)),
                 std::string(st.text(2)),
                 st.value(3),
                 sync::Hlc::fromPacked(st.integer(4), deviceId()),
                 std::string(author),
                 sync::Hlc::fromPacked(st.integer(5), static_cast<sync::DeviceId>(st.integer(6)))});
        if (rc != SQLITE_DONE)
            return m_db->lastError(rc);
    }
    // Oldest first, as they were written: a record's unit comes with its first write, and a
    // signature after the text it signs.
    std::sort(own.begin(), own.end(), [](const sync::Delta &a, const sync::Delta &b) {
        return std::tie(a.hlc, a.entity, a.entityId, a.field) <
               std::tie(b.hlc, b.entity, b.entityId, b.field);
    });
    return own;
}

Result<EpochNote, StoreError> Store::noteServerEpoch(std::string_view epoch,
                                                     std::string_view author)
{
    if (epoch.empty())
        return EpochNote{};
    Database::Transaction tx(*m_db);
    if (auto r = tx.begin(); !r)
        return r.error();
    catchUp();
    const auto known = meta::readText(*m_db, meta::kServerEpoch);
    if (known && *known == epoch)
        return EpochNote{};
    const auto keepEpoch = [&]() -> Result<bool, StoreError> {
        if (const int rc = meta::writeText(*m_db, meta::kServerEpoch, epoch); rc != SQLITE_DONE)
            return m_db->lastError(rc);
        return true;
    };
    if (!known) { // the first answer that named one (a new enrollment, or an older release)
        if (auto r = keepEpoch(); !r)
            return r.error();
        if (auto r = tx.commit(); !r)
            return r.error();
        return EpochNote{};
    }

    const std::uint64_t counterBefore = m_deltaCounter;
    const auto fail = [&](StoreError error) {
        m_deltaCounter = counterBefore;
        return error;
    };
    auto own = ownVersionsToSendAgain(author);
    if (!own)
        return own.error();
    if (!own->empty() && author.empty())
        return StoreError{StoreErrc::WrongType, "no staff member to send this device's work as"};

    // The unsent outbox goes behind them, in its order, above every counter issued so far.
    std::vector<std::uint64_t> unsent;
    {
        Statement &st = m_db->cached("SELECT counter FROM outbox ORDER BY counter");
        int rc;
        while ((rc = st.step()) == SQLITE_ROW)
            unsent.push_back(static_cast<std::uint64_t>(st.integer(0)));
        if (rc != SQLITE_DONE)
            return m_db->lastError(rc);
    }
    const std::uint64_t first = m_deltaCounter + 1;
    Statement &move = m_db->cached("UPDATE outbox SET counter = ?1 WHERE counter = ?2");
    for (std::size_t i = 0; i < unsent.size(); ++i) {
        move.reset();
        move.bind(1, static_cast<std::int64_t>(first + own->size() + i))
            .bind(2, static_cast<std::int64_t>(unsent[i]));
        if (const int rc = move.step(); rc != SQLITE_DONE)
            return fail(m_db->lastError(rc));
    }
    for (sync::Delta &d : *own) {
        d.id.counter = ++m_deltaCounter;
        if (auto r = enqueue(d); !r)
            return fail(r.error());
    }
    m_deltaCounter += unsent.size();

    if (const int rc =
            meta::write(*m_db, meta::kCounter, static_cast<std::int64_t>(m_deltaCounter));
        rc != SQLITE_DONE)
        return fail(m_db->lastError(rc));
    // The restored copy's log positions are its own, and the access log it holds ends at the
    // backup: pull everything again, send every entry again (the server keeps each once).
    for (const std::string_view key : {meta::kPullCursor, meta::kAuditSent}) {
        if (const int rc = meta::erase(*m_db, key); rc != SQLITE_DONE)
            return fail(m_db->lastError(rc));
    }
    if (auto r = keepEpoch(); !r)
        return fail(r.error());
    if (const int rc = meta::writeText(*m_db, meta::kResumeEpoch, epoch); rc != SQLITE_DONE)
        return fail(m_db->lastError(rc));
    if (auto r = tx.commit(); !r)
        return fail(r.error());
    qCInfo(lcStore) << "the server was restored from a backup:" << own->size()
                    << "values queued again," << unsent.size() << "unsent moved behind them";
    return EpochNote{true, own->size(), unsent.size()};
}

Result<std::optional<std::string>, StoreError> Store::resumeEpoch() const
{
    m_db->releaseReads();
    return meta::readText(*m_db, meta::kResumeEpoch);
}

} // namespace lykta::store
