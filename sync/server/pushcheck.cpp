#include "pushcheck.h"

#include "serverlog.h"
#include "staffdirectory.h"
#include "sync/core/limits.h"
#include "sync/core/merge.h"
#include "sync/core/uuid.h"

#include <algorithm>
#include <set>

namespace lykta::server {

namespace {

std::string recordKey(std::string_view entity, std::string_view id)
{
    std::string key(entity);
    key += '\0';
    key += id;
    return key;
}

// A signed record takes no further change. The one exception is the rest of the write that
// signed it: a tablet's write shares one timestamp across its fields (`status`, `signed_by`, the
// last text) and travels whole in one push, so only a delta of the same push with the signing
// delta's timestamp belongs to it (`signedInPush`: that timestamp when this push signed the
// record). A later push that reuses the timestamp is a new change.
bool signedBefore(const RecordState &state, const sync::Hlc *signedInPush, const sync::Hlc &hlc)
{
    const StoredField *status = state.find(sync::kStatusField);
    if (!status || !sync::isSignedStatus(status->state.value))
        return false;
    return !signedInPush || *signedInPush != hlc;
}

// A signature names the staff member who signs, and only their own device may name them.
bool forgesSignature(const Principal &who, const sync::Delta &d)
{
    return d.field == sync::kSignedByField && !sync::isNull(d.value) &&
           d.value != sync::Value(who.device.staffId);
}

// A staff record the server knows (its staff table) is the staff member's own: another
// member's device may not rename it or change its title, unit or tombstone.
bool writesColleaguesRecord(const Principal &who, const sync::Delta &d, bool knownStaff)
{
    return d.entity == staffdirectory::kStaffEntity && knownStaff &&
           d.entityId != who.device.staffId;
}

// A manager keeps the unit's staff list right: their device may correct a colleague's name or
// title (nothing else of the record), once the server has written the record. The unit check
// that follows keeps it to a colleague whose record is in the manager's units.
bool managerCorrects(const Principal &who, const sync::Delta &d)
{
    return who.role == StaffRole::Manager &&
           (d.field == staffdirectory::kNameField || d.field == staffdirectory::kTitleField);
}

// The bytes of a record's conflict copies once `field` holds `after`: what every push to the
// record decodes, so what kMaxConflictBytesPerRecord bounds.
std::uint64_t conflictBytes(const RecordState &state, const std::string &field,
                            const sync::FieldState &after)
{
    const auto bytesOf = [](const std::vector<sync::ConflictCopy> &copies) {
        std::uint64_t n = 0;
        for (const auto &c : copies) {
            n += c.author.size() + sizeof(sync::Hlc) * 2;
            if (const auto *text = std::get_if<std::string>(&c.value))
                n += text->size();
            else if (const auto *blob = std::get_if<sync::Blob>(&c.value))
                n += blob->size();
        }
        return n;
    };
    std::uint64_t total = bytesOf(after.conflicts);
    for (const auto &[name, f] : state.fields)
        if (name != field)
            total += bytesOf(f.state.conflicts);
    return total;
}

// A replay names what the refused delta named (refusals stored before that was kept: no way to
// tell, and their answer carries no record's value).
bool namesRefusedField(const PastOutcome &past, const sync::Delta &d)
{
    return !past.refused || (past.refused->entity == d.entity && past.refused->id == d.entityId &&
                             past.refused->field == d.field);
}

// What a client needs to put a refused field back to the server's value: only from a record in
// the device's units, since a refusal must show nothing of another unit.
std::optional<sync::Delta> currentOf(const Principal &who, const StoredRecord &record,
                                     const std::string &field)
{
    const StoredField *f = record.state.find(field);
    if (!f || !inScope(who, record.unitId))
        return std::nullopt;
    return asDelta(record, field, *f, true);
}

} // namespace

PushCheck::PushCheck(const Principal &who, const SchemaCatalog &catalog, PushTransaction &tx,
                     const std::vector<sync::Delta> &batch, std::string requestId,
                     std::int64_t nowMs, bool resumes)
    : m_who(who), m_catalog(catalog), m_tx(tx), m_requestId(std::move(requestId)), m_now(nowMs),
      m_aheadBound(nowMs + std::chrono::duration_cast<std::chrono::milliseconds>(
                               sync::limits::kMaxClockAhead)
                               .count()),
      m_last(tx.lastCounter()), m_resumes(resumes)
{
    m_response.serverTimeMs = nowMs;
    for (const auto &d : batch) {
        if (d.field == kUnitField) {
            if (const auto *unit = std::get_if<std::string>(&d.value))
                m_batchUnits.emplace(recordKey(d.entity, d.entityId), *unit);
        }
    }
    // The records this push will load, for a backend that pays a round trip per query.
    std::vector<std::pair<std::string, std::string>> keys;
    std::set<std::string> seen;
    for (const sync::Delta &d : batch)
        if (d.id.counter > m_last && m_catalog.entity(d.entity) && sync::isUuid(d.entityId) &&
            seen.insert(recordKey(d.entity, d.entityId)).second)
            keys.emplace_back(d.entity, d.entityId);
    m_tx.prefetchRecords(keys);
}

void PushCheck::check(const sync::Delta &d)
{
    if (d.id.device != m_who.device.id) {
        m_response.rejected.push_back({d.id, sync::RejectReason::NotAuthorized, "device", {}});
        return;
    }
    if (answeredBefore(d) || !inOrder(d))
        return;
    const ColumnDef *column = wellFormed(d);
    if (!column || !permitted(d))
        return;
    if (StoredRecord *record = recordInScope(d))
        merge(d, *column, *record);
}

sync::PushResponse PushCheck::finish()
{
    m_tx.setLastCounter(m_last);
    for (const auto &key : m_dirty)
        m_tx.saveRecord(m_records.at(key));
    for (const auto &[key, entry] : m_audit)
        m_tx.appendAudit(entry);
    return std::move(m_response);
}

bool PushCheck::answeredBefore(const sync::Delta &d)
{
    if (d.id.counter > m_last)
        return false;
    // Seen before: the same answer as then.
    const PastOutcome past = m_tx.pastOutcome(d.id);
    if (past.acceptedSeq) {
        m_response.accepted.push_back(d.id);
        m_response.cursor = std::max(m_response.cursor, *past.acceptedSeq);
    } else if (past.compacted) {
        m_response.accepted.push_back(d.id);
    } else if (past.rejection && !namesRefusedField(past, d)) {
        reject(d, sync::RejectReason::NotAuthorized, "replay_mismatch", false);
        auditOnce(d, unitOf(d), "push_denied");
    } else if (past.rejection) {
        m_response.rejected.push_back(*past.rejection);
    } else if (holdsVersion(d)) {
        m_response.accepted.push_back(d.id);
    } else {
        m_response.rejected.push_back({d.id, sync::RejectReason::Invalid, "replay", {}});
    }
    return true;
}

bool PushCheck::holdsVersion(const sync::Delta &d)
{
    const EntitySchema *entity = m_catalog.entity(d.entity);
    const ColumnDef *column = entity ? entity->field(d.field) : nullptr;
    if (!column || !sync::isUuid(d.entityId))
        return false;
    const StoredRecord *record = nullptr;
    if (auto it = m_records.find(recordKey(d.entity, d.entityId)); it != m_records.end())
        record = &it->second;
    else if (auto loaded = m_tx.loadRecord(d.entity, d.entityId))
        record =
            &m_records.emplace(recordKey(d.entity, d.entityId), std::move(*loaded)).first->second;
    const StoredField *field = record ? record->state.find(d.field) : nullptr;
    return field && sync::merge(field->state, d, column->kind(), false).result ==
                        sync::MergeResult::Duplicate;
}

bool PushCheck::forwarded(const sync::Delta &d)
{
    return d.hlc.device != d.id.device; // wellFormed() lets only a unit through so
}

bool PushCheck::inOrder(const sync::Delta &d)
{
    if (m_resumes && !m_gap && d.id.counter > m_last + 1) {
        // The device found this copy restored from a backup: the counters between were spent
        // on what the copy lost, and come again under new ones.
        qCInfo(lcServer) << "device" << m_who.device.id << "resumes after a restore: counters"
                         << m_last + 1 << "to" << d.id.counter - 1 << "skipped";
        m_last = d.id.counter - 1;
    }
    m_resumes = false;
    if (m_gap || d.id.counter != m_last + 1) {
        m_gap = true;
        reject(d, sync::RejectReason::OutOfOrder, "expected " + std::to_string(m_last + 1), false);
        return false;
    }
    m_last = d.id.counter;
    return true;
}

const ColumnDef *PushCheck::wellFormed(const sync::Delta &d)
{
    const EntitySchema *entity = m_catalog.entity(d.entity);
    const ColumnDef *column = entity ? entity->field(d.field) : nullptr;
    const char *refused = nullptr;
    if (!entity)
        refused = "entity";
    else if (!column)
        refused = "field";
    else if (!sync::isUuid(d.entityId))
        refused = "id";
    else if (!column->accepts(d.value))
        refused = "type";
    else if (d.field == sync::kDeletedField && d.value == sync::Value(sync::kDeletedPurged))
        refused = "purge_reserved"; // retention's alone
    else if (d.hlc.device != d.id.device && d.field != kUnitField)
        refused = "hlc_device"; // a forwarded unit excepted (see forwarded())
    if (refused) {
        reject(d, sync::RejectReason::Invalid, refused);
        return nullptr;
    }
    if (d.hlc.wallMs > m_aheadBound) {
        reject(d, sync::RejectReason::ClockTooFarAhead, {});
        return nullptr;
    }
    if (d.author != m_who.device.staffId) {
        reject(d, sync::RejectReason::NotAuthorized, "author");
        return nullptr;
    }
    return column;
}

bool PushCheck::permitted(const sync::Delta &d)
{
    const char *refused = nullptr;
    if (isKioskContent(d.entity) && m_who.role != StaffRole::Content)
        refused = "content_role";
    else if (forgesSignature(m_who, d))
        refused = "signed_by";
    if (refused) {
        reject(d, sync::RejectReason::NotAuthorized, refused);
        auditOnce(d, unitOf(d), "push_denied");
        return false;
    }
    return d.entity != staffdirectory::kStaffEntity || staffDirectoryPermits(d);
}

bool PushCheck::staffDirectoryPermits(const sync::Delta &d)
{
    // Only the server sets a role it knows (its staff table, which every check of a device's
    // rights reads); an id it does not know is a device's own colleague list.
    const auto role = m_tx.staffRole(d.entityId);
    if (d.field == staffdirectory::kRoleField && role &&
        d.value != sync::Value(std::string(toString(*role)))) {
        std::optional<sync::Delta> current;
        if (auto it = m_records.find(recordKey(d.entity, d.entityId)); it != m_records.end())
            current = currentOf(m_who, it->second, d.field);
        else if (auto record = m_tx.loadRecord(d.entity, d.entityId))
            current = currentOf(m_who, *record, d.field);
        reject(d, sync::RejectReason::NotAuthorized, std::string(staffdirectory::kRoleDetail), true,
               std::move(current));
        auditOnce(d, unitOf(d), "push_denied");
        return false;
    }
    const auto recordExists = [&] {
        return m_records.count(recordKey(d.entity, d.entityId)) > 0 ||
               m_tx.loadRecord(d.entity, d.entityId).has_value();
    };
    if (writesColleaguesRecord(m_who, d, role.has_value()) &&
        !(managerCorrects(m_who, d) && recordExists())) {
        reject(d, sync::RejectReason::NotAuthorized, std::string(staffdirectory::kColleagueDetail));
        auditOnce(d, unitOf(d), "push_denied");
        return false;
    }
    return true;
}

StoredRecord *PushCheck::recordInScope(const sync::Delta &d)
{
    const std::string key = recordKey(d.entity, d.entityId);
    auto it = m_records.find(key);
    if (it == m_records.end()) {
        if (auto loaded = m_tx.loadRecord(d.entity, d.entityId)) {
            it = m_records.emplace(key, std::move(*loaded)).first;
        } else {
            auto unit = m_batchUnits.find(key);
            if (unit == m_batchUnits.end()) {
                reject(d, sync::RejectReason::Invalid, "no_unit");
                return nullptr;
            }
            if (!inScope(m_who, unit->second)) {
                reject(d, sync::RejectReason::NotAuthorized, "unit");
                auditOnce(d, unit->second, "push_denied");
                return nullptr;
            }
            it = m_records.emplace(key, StoredRecord{d.entity, d.entityId, unit->second, 0, {}})
                     .first;
        }
    }
    StoredRecord &record = it->second;
    if (record.state.value(sync::kDeletedField) == sync::Value(sync::kDeletedPurged)) {
        // Removed by retention: its text must not come back through a late edit.
        reject(d, sync::RejectReason::Invalid, std::string(sync::kPurgedDetail));
        return nullptr;
    }
    if (!inScope(m_who, record.unitId)) {
        reject(d, sync::RejectReason::NotAuthorized, "unit");
        auditOnce(d, record.unitId, "push_denied");
        return nullptr;
    }
    if (d.field == kUnitField && d.value != sync::Value(record.unitId)) {
        reject(d, sync::RejectReason::Invalid, "unit_move");
        return nullptr;
    }
    return &record;
}

void PushCheck::merge(const sync::Delta &d, const ColumnDef &column, StoredRecord &record)
{
    const std::string key = recordKey(d.entity, d.entityId);
    const StoredField *current = record.state.find(d.field);
    const auto signing = m_signedInPush.find(key);
    const sync::MergeOutcome out = sync::merge(
        current ? current->state : sync::FieldState{}, d, column.kind(),
        signedBefore(record.state, signing == m_signedInPush.end() ? nullptr : &signing->second,
                     d.hlc));
    if (out.result == sync::MergeResult::Rejected) {
        reject(d, out.reason, "merge", true, currentOf(m_who, record, d.field));
        return;
    }
    if (out.conflict && conflictBytes(record.state, d.field, out.state) >
                            sync::limits::kMaxConflictBytesPerRecord) {
        // The device keeps its text as a refused change, readable there; the record keeps its
        // copies until someone resolves them.
        reject(d, sync::RejectReason::Invalid, std::string(sync::kConflictsFullDetail), true,
               currentOf(m_who, record, d.field));
        return;
    }
    if (forwarded(d)) {
        // Only to place the record: kept in its state, never logged as this device's.
        m_response.accepted.push_back(d.id);
        auditOnce(d, record.unitId, "push");
        if (out.result == sync::MergeResult::Applied) {
            StoredField &field = record.state.fields[d.field];
            field.writer = d.id;
            field.state = out.state;
            m_dirty.insert(key);
        }
        return;
    }
    if (out.result == sync::MergeResult::Duplicate) {
        // Held already (sent again after a restore): the log keeps each version once, the
        // writer's own; a version held only as forwarded is logged when its writer sends it.
        m_response.accepted.push_back(d.id);
        auditOnce(d, record.unitId, "push");
        if (d.field == kUnitField && current &&
            current->writer.device != current->state.hlc.device && current->state.hlc == d.hlc) {
            const std::uint64_t seq = m_tx.appendLog(d, record.unitId);
            m_response.cursor = std::max(m_response.cursor, seq);
            record.state.fields[d.field].writer = d.id;
            record.lastSeq = seq;
            m_dirty.insert(key);
        }
        return;
    }
    const std::uint64_t seq = m_tx.appendLog(d, record.unitId);
    m_response.accepted.push_back(d.id);
    m_response.cursor = std::max(m_response.cursor, seq);
    auditOnce(d, record.unitId, "push");
    if (out.changed()) {
        StoredField &field = record.state.fields[d.field];
        if (out.result == sync::MergeResult::Applied)
            field.writer = d.id;
        field.state = out.state;
        record.lastSeq = seq;
        m_dirty.insert(key);
    }
    if (out.result == sync::MergeResult::Applied && d.field == sync::kStatusField &&
        sync::isSignedStatus(d.value))
        m_signedInPush.insert_or_assign(key, d.hlc);
}

void PushCheck::reject(const sync::Delta &d, sync::RejectReason reason, std::string detail,
                       bool final, std::optional<sync::Delta> current)
{
    sync::Rejection r{d.id, reason, std::move(detail), std::move(current)};
    if (final)
        m_tx.recordRejection(r, d);
    m_response.rejected.push_back(std::move(r));
}

std::string PushCheck::unitOf(const sync::Delta &d)
{
    if (auto it = m_records.find(recordKey(d.entity, d.entityId)); it != m_records.end())
        return it->second.unitId;
    if (auto record = m_tx.loadRecord(d.entity, d.entityId))
        return record->unitId;
    auto unit = m_batchUnits.find(recordKey(d.entity, d.entityId));
    return unit == m_batchUnits.end() ? std::string() : unit->second;
}

void PushCheck::auditOnce(const sync::Delta &d, const std::string &unit, const char *action)
{
    std::string key = recordKey(d.entity, d.entityId) + '\0' + action;
    // Most deltas of a push share a record with the one before: the entry is made only once.
    const auto at = m_audit.lower_bound(key);
    if (at != m_audit.end() && at->first == key)
        return;
    m_audit.emplace_hint(at, std::move(key),
                         AuditEntry{0, m_now, m_requestId, m_who.device.id, m_who.device.staffId,
                                    unit, action, d.entity, d.entityId});
}

} // namespace lykta::server
