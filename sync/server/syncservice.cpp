#include "syncservice.h"

#include "credentials.h"
#include "pulledrecords.h"
#include "staffdirectory.h"
#include "sync/core/limits.h"
#include "sync/core/merge.h"
#include "sync/core/uuid.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <unordered_map>

namespace lykta::server {

using sync::protocol::ApiError;

namespace {

constexpr std::size_t kMaxTokenBytes = 128;

std::string recordKey(std::string_view entity, std::string_view id)
{
    std::string key(entity);
    key += '\0';
    key += id;
    return key;
}

bool inScope(const Principal &who, std::string_view unit)
{
    return std::find(who.units.begin(), who.units.end(), unit) != who.units.end();
}

// Deltas of one record written together (one write on the tablet) share one timestamp: a
// signing write may change `status` and `signed_by` in one go, so a record counts as signed
// only for deltas written after the delta that signed it.
bool signedBefore(const RecordState &state, const sync::Hlc &hlc)
{
    const StoredField *status = state.find(sync::kStatusField);
    return status && sync::isSignedStatus(status->state.value) && status->state.hlc != hlc;
}

sync::Delta asDelta(const StoredRecord &record, const std::string &field, const StoredField &f,
                    bool withAuthor)
{
    return {f.writer,
            record.entity,
            record.id,
            field,
            f.state.value,
            f.state.hlc,
            withAuthor ? f.state.author : std::string(),
            f.state.base};
}

// What a client needs to put a refused field back to the server's value.
std::optional<sync::Delta> currentOf(const StoredRecord &record, const std::string &field)
{
    const StoredField *f = record.state.find(field);
    if (!f)
        return std::nullopt;
    return asDelta(record, field, *f, true);
}

} // namespace

ApiFailure storageFailure(const StorageError &error)
{
    if (error.code == StorageError::Code::Busy)
        return {503, ApiError::Unavailable, "storage_busy"};
    return {500, ApiError::Internal, "storage"};
}

SyncService::SyncService(ServerStorage &storage, const SchemaCatalog &catalog, Clock clock)
    : m_storage(storage), m_catalog(catalog), m_clock(std::move(clock))
{}

ApiResult<EnrollAnswer> SyncService::enroll(std::string_view codeText, sync::DeviceId device,
                                            std::string_view name, const std::string &requestId)
{
    if (device == 0 || device > static_cast<sync::DeviceId>(INT64_MAX))
        return ApiFailure{400, ApiError::BadRequest, "device"};
    if (name.size() > sync::limits::kMaxNameBytes)
        return ApiFailure{400, ApiError::BadRequest, "name"};
    const auto code = credentials::parseEnrollmentCode(codeText);
    if (!code)
        return ApiFailure{401, ApiError::BadCode, {}};
    auto found = m_storage.findCode(code->id);
    if (!found)
        return storageFailure(found.error());
    if (!*found)
        return ApiFailure{401, ApiError::BadCode, {}};
    const EnrollmentCodeRecord &record = **found;
    const std::int64_t now = m_clock();
    if (record.failedAttempts >= sync::limits::kMaxCodeAttempts)
        return ApiFailure{429, ApiError::CodeLocked, {}};
    if (record.usedMs)
        return ApiFailure{410, ApiError::CodeUsed, {}};
    if (record.expiresMs <= now)
        return ApiFailure{410, ApiError::CodeExpired, {}};
    if (!credentials::passwordVerify(record.secretHash, code->secret)) {
        if (auto r = m_storage.countFailedAttempt(code->id); !r)
            return storageFailure(r.error());
        return ApiFailure{401, ApiError::BadCode, {}};
    }

    Device d;
    d.id = device;
    d.kind = record.kind;
    d.staffId = record.staffId;
    d.unitId = record.unitId;
    d.name = std::string(name);
    d.enrolledMs = now;
    std::string token = credentials::newToken();
    const std::string hash = credentials::tokenHash(token);
    auto redeemed = m_storage.redeemCode(code->id, d, hash, now);
    if (!redeemed)
        return storageFailure(redeemed.error());
    switch (*redeemed) {
    case RedeemResult::Redeemed:
        break;
    case RedeemResult::Used:
        return ApiFailure{410, ApiError::CodeUsed, {}};
    case RedeemResult::Expired:
        return ApiFailure{410, ApiError::CodeExpired, {}};
    case RedeemResult::Locked:
        return ApiFailure{429, ApiError::CodeLocked, {}};
    case RedeemResult::DeviceExists:
        return ApiFailure{409, ApiError::DeviceExists, {}};
    }
    auto principal = m_storage.principal(hash);
    if (!principal || !*principal)
        return ApiFailure{500, ApiError::Internal, "enrolled_device_missing"};
    const std::string subject = std::to_string(device);
    if (auto r = m_storage.appendAudit({{0, now, requestId, device, d.staffId,
                                         d.kind == DeviceKind::Kiosk ? d.unitId : std::string(),
                                         "enroll", "device", subject}});
        !r)
        return storageFailure(r.error());
    return EnrollAnswer{std::move(token), std::move(**principal)};
}

ApiResult<Principal> SyncService::authenticate(std::string_view authorization)
{
    const std::string_view prefix = sync::protocol::kBearerPrefix;
    if (authorization.substr(0, prefix.size()) != prefix)
        return ApiFailure{401, ApiError::Unauthorized, "no_token"};
    const std::string_view token = authorization.substr(prefix.size());
    if (token.empty() || token.size() > kMaxTokenBytes)
        return ApiFailure{401, ApiError::Unauthorized, "bad_token"};
    auto found = m_storage.principal(credentials::tokenHash(token));
    if (!found)
        return storageFailure(found.error());
    if (!*found)
        return ApiFailure{401, ApiError::Unauthorized, "bad_token"};
    return std::move(**found);
}

ApiResult<sync::PushResponse> SyncService::push(const Principal &who, const sync::Batch &batch,
                                                const std::string &requestId)
{
    if (who.device.kind == DeviceKind::Kiosk)
        return ApiFailure{403, ApiError::Forbidden, "kiosk_read_only"};
    if (batch.device != who.device.id)
        return ApiFailure{403, ApiError::DeviceMismatch, {}};
    const std::int64_t now = m_clock();
    const std::int64_t aheadBound =
        now +
        std::chrono::duration_cast<std::chrono::milliseconds>(sync::limits::kMaxClockAhead).count();

    // A new record's unit comes with it: the unit_id delta of the same write in this batch.
    std::unordered_map<std::string, std::string> batchUnits;
    for (const auto &d : batch.deltas) {
        if (d.field == kUnitField) {
            if (const auto *unit = std::get_if<std::string>(&d.value))
                batchUnits.emplace(recordKey(d.entity, d.entityId), *unit);
        }
    }

    sync::PushResponse response;
    auto done = m_storage.push(who.device.id, [&](PushTransaction &tx) {
        response = {};
        response.serverTimeMs = now;
        std::uint64_t last = tx.lastCounter();
        bool gap = false;
        std::unordered_map<std::string, StoredRecord> records;
        std::set<std::string> dirty;
        std::map<std::string, AuditEntry> audit;
        const auto reject = [&](const sync::Delta &d, sync::RejectReason reason, std::string detail,
                                bool final = true,
                                std::optional<sync::Delta> current = std::nullopt) {
            sync::Rejection r{d.id, reason, std::move(detail), {}};
            if (final)
                tx.recordRejection(r);
            r.current = std::move(current);
            response.rejected.push_back(std::move(r));
        };
        // The unit a refused delta's record belongs to, as far as this push can tell.
        const auto batchUnitOr = [&](const sync::Delta &d) {
            if (auto it = records.find(recordKey(d.entity, d.entityId)); it != records.end())
                return it->second.unitId;
            if (auto record = tx.loadRecord(d.entity, d.entityId))
                return record->unitId;
            auto unit = batchUnits.find(recordKey(d.entity, d.entityId));
            return unit == batchUnits.end() ? std::string() : unit->second;
        };
        const auto auditOnce = [&](const sync::Delta &d, const std::string &unit,
                                   const char *action) {
            audit.try_emplace(recordKey(d.entity, d.entityId) + '\0' + action,
                              AuditEntry{0, now, requestId, who.device.id, who.device.staffId, unit,
                                         action, d.entity, d.entityId});
        };

        {
            std::vector<std::pair<std::string, std::string>> keys;
            std::set<std::string> seen;
            for (const sync::Delta &d : batch.deltas)
                if (d.id.counter > last && m_catalog.entity(d.entity) && sync::isUuid(d.entityId) &&
                    seen.insert(recordKey(d.entity, d.entityId)).second)
                    keys.emplace_back(d.entity, d.entityId);
            tx.prefetchRecords(keys);
        }
        for (const sync::Delta &d : batch.deltas) {
            if (d.id.device != who.device.id) {
                response.rejected.push_back(
                    {d.id, sync::RejectReason::NotAuthorized, "device", {}});
                continue;
            }
            if (d.id.counter <= last) { // seen before: the same answer as then
                const PastOutcome past = tx.pastOutcome(d.id);
                if (past.acceptedSeq) {
                    response.accepted.push_back(d.id);
                    response.cursor = std::max(response.cursor, *past.acceptedSeq);
                } else if (past.rejection) {
                    sync::Rejection r = *past.rejection;
                    if (r.reason == sync::RejectReason::SignedImmutable ||
                        r.detail == staffdirectory::kRoleDetail) {
                        if (auto record = tx.loadRecord(d.entity, d.entityId))
                            r.current = currentOf(*record, d.field);
                    }
                    response.rejected.push_back(std::move(r));
                } else {
                    response.rejected.push_back({d.id, sync::RejectReason::Invalid, "replay", {}});
                }
                continue;
            }
            if (gap || d.id.counter != last + 1) {
                gap = true;
                reject(d, sync::RejectReason::OutOfOrder, "expected " + std::to_string(last + 1),
                       false);
                continue;
            }
            last = d.id.counter;

            const EntitySchema *entity = m_catalog.entity(d.entity);
            const ColumnDef *column = entity ? entity->field(d.field) : nullptr;
            if (!entity) {
                reject(d, sync::RejectReason::Invalid, "entity");
                continue;
            }
            if (!column) {
                reject(d, sync::RejectReason::Invalid, "field");
                continue;
            }
            if (!sync::isUuid(d.entityId)) {
                reject(d, sync::RejectReason::Invalid, "id");
                continue;
            }
            if (!column->accepts(d.value)) {
                reject(d, sync::RejectReason::Invalid, "type");
                continue;
            }
            if (d.field == sync::kDeletedField && d.value == sync::Value(sync::kDeletedPurged)) {
                reject(d, sync::RejectReason::Invalid, "purge_reserved"); // retention's alone
                continue;
            }
            if (d.hlc.device != d.id.device) {
                reject(d, sync::RejectReason::Invalid, "hlc_device");
                continue;
            }
            if (d.hlc.wallMs > aheadBound) {
                reject(d, sync::RejectReason::ClockTooFarAhead, {});
                continue;
            }
            if (d.author != who.device.staffId) {
                reject(d, sync::RejectReason::NotAuthorized, "author");
                continue;
            }
            if (isKioskContent(d.entity) && who.role != StaffRole::Content) {
                reject(d, sync::RejectReason::NotAuthorized, "content_role");
                auditOnce(d, batchUnitOr(d), "push_denied");
                continue;
            }
            if (d.entity == staffdirectory::kStaffEntity && d.field == staffdirectory::kRoleField) {
                // Only the server sets a role it knows (its staff table, which every check of a
                // device's rights reads); an id it does not know is a device's own colleague list.
                const auto role = tx.staffRole(d.entityId);
                if (role && d.value != sync::Value(std::string(toString(*role)))) {
                    std::optional<sync::Delta> current;
                    if (auto it = records.find(recordKey(d.entity, d.entityId));
                        it != records.end())
                        current = currentOf(it->second, d.field);
                    else if (auto record = tx.loadRecord(d.entity, d.entityId))
                        current = currentOf(*record, d.field);
                    reject(d, sync::RejectReason::NotAuthorized,
                           std::string(staffdirectory::kRoleDetail), true, std::move(current));
                    auditOnce(d, batchUnitOr(d), "push_denied");
                    continue;
                }
            }

            const std::string key = recordKey(d.entity, d.entityId);
            auto it = records.find(key);
            if (it == records.end()) {
                if (auto loaded = tx.loadRecord(d.entity, d.entityId)) {
                    it = records.emplace(key, std::move(*loaded)).first;
                } else {
                    auto unit = batchUnits.find(key);
                    if (unit == batchUnits.end()) {
                        reject(d, sync::RejectReason::Invalid, "no_unit");
                        continue;
                    }
                    if (!inScope(who, unit->second)) {
                        reject(d, sync::RejectReason::NotAuthorized, "unit");
                        auditOnce(d, unit->second, "push_denied");
                        continue;
                    }
                    it = records
                             .emplace(key, StoredRecord{d.entity, d.entityId, unit->second, 0, {}})
                             .first;
                }
            }
            StoredRecord &record = it->second;
            if (record.state.value(sync::kDeletedField) == sync::Value(sync::kDeletedPurged)) {
                // Removed by retention: its text must not come back through a late edit.
                reject(d, sync::RejectReason::Invalid, std::string(sync::kPurgedDetail));
                continue;
            }
            if (!inScope(who, record.unitId)) {
                reject(d, sync::RejectReason::NotAuthorized, "unit");
                auditOnce(d, record.unitId, "push_denied");
                continue;
            }
            if (d.field == kUnitField && d.value != sync::Value(record.unitId)) {
                reject(d, sync::RejectReason::Invalid, "unit_move");
                continue;
            }

            const StoredField *current = record.state.find(d.field);
            const sync::MergeOutcome out =
                sync::merge(current ? current->state : sync::FieldState{}, d, column->kind(),
                            signedBefore(record.state, d.hlc));
            if (out.result == sync::MergeResult::Rejected) {
                reject(d, out.reason, "merge", true, currentOf(record, d.field));
                continue;
            }
            const std::uint64_t seq = tx.appendLog(d, record.unitId);
            response.accepted.push_back(d.id);
            response.cursor = std::max(response.cursor, seq);
            auditOnce(d, record.unitId, "push");
            if (out.changed()) {
                StoredField &field = record.state.fields[d.field];
                if (out.result == sync::MergeResult::Applied)
                    field.writer = d.id;
                field.state = out.state;
                record.lastSeq = seq;
                dirty.insert(key);
            }
        }
        tx.setLastCounter(last);
        for (const auto &key : dirty)
            tx.saveRecord(records.at(key));
        for (const auto &[key, entry] : audit)
            tx.appendAudit(entry);
    });
    if (!done)
        return storageFailure(done.error());
    return response;
}

ApiResult<sync::Batch> SyncService::pull(const Principal &who, std::uint64_t since,
                                         std::uint32_t limit, const std::string &requestId)
{
    limit = std::clamp<std::uint32_t>(limit, 1, sync::limits::kMaxPullLimit);
    if (who.device.kind == DeviceKind::Kiosk)
        return pullKiosk(who, since, limit);

    auto page = m_storage.pullLog(who.units, who.device.id, since, limit);
    if (!page)
        return storageFailure(page.error());
    const std::int64_t now = m_clock();
    sync::Batch batch;
    batch.cursor = page->cursor;
    batch.hasMore = page->hasMore;
    batch.sentAtMs = now;
    batch.deltas.reserve(page->entries.size());
    PulledRecords pulled;
    for (auto &entry : page->entries) {
        pulled.add(entry.unitId, entry.delta.entity, entry.delta.entityId);
        batch.deltas.push_back(std::move(entry.delta));
    }
    if (!pulled.empty()) {
        // Nothing is handed out that the audit log does not show: one row naming every record.
        AuditEntry entry{0,
                         now,
                         requestId,
                         who.device.id,
                         who.device.staffId,
                         {},
                         "pull",
                         "log",
                         std::to_string(since) + ".." + std::to_string(batch.cursor)};
        entry.records = pulled.encode();
        if (auto r = m_storage.appendAudit({entry}); !r)
            return storageFailure(r.error());
    }
    return batch;
}

namespace {

constexpr std::string_view kTabletActions[] = {"read",   "create", "change", "delete",
                                               "export", "print",  "share",  "review"};

bool isDate(std::string_view text)
{
    return text.size() == 10 && text[4] == '-' && text[7] == '-' &&
           std::all_of(text.begin(), text.end(),
                       [](char c) { return c == '-' || (c >= '0' && c <= '9'); });
}

bool isWord(std::string_view text)
{
    return !text.empty() && text.size() <= 32 && std::all_of(text.begin(), text.end(), [](char c) {
        return c == '_' || std::islower(static_cast<unsigned char>(c));
    });
}

// What a tablet's entry may name: an entity word, and as subject a record id or an export's or
// spot check's subject (`child:<id>`, `period:<from>/<to>`, `<unit>/<from>/<to>`): UUIDs,
// dates and lower-case words joined by ':' and '/'. Anything else could be text someone
// wrote, which the audit log must never receive.
bool codeLike(std::string_view text)
{
    if (text.empty() || text.size() > 128)
        return false;
    std::size_t from = 0;
    while (from <= text.size()) {
        const std::size_t end = text.find_first_of(":/", from);
        const std::string_view part =
            text.substr(from, end == std::string_view::npos ? std::string_view::npos : end - from);
        if (!sync::isUuid(part) && !isDate(part) && !isWord(part))
            return false;
        if (end == std::string_view::npos)
            break;
        from = end + 1;
    }
    return true;
}

} // namespace

ApiResult<sync::AuditReceipt> SyncService::uploadAudit(const Principal &who,
                                                       const sync::AuditUpload &upload,
                                                       const std::string &requestId)
{
    if (who.device.kind == DeviceKind::Kiosk)
        return ApiFailure{403, ApiError::Forbidden, "kiosk_read_only"};
    if (upload.device != who.device.id)
        return ApiFailure{403, ApiError::DeviceMismatch, {}};
    const std::int64_t now = m_clock();
    sync::AuditReceipt receipt;
    std::vector<AuditEntry> rows;
    for (const sync::AuditRecord &r : upload.entries) {
        receipt.through = std::max(receipt.through, r.seq);
        const char *refusal = nullptr;
        if (r.seq == 0)
            refusal = "seq";
        else if (r.staff != who.device.staffId)
            refusal = "author";
        else if (std::find(std::begin(kTabletActions), std::end(kTabletActions), r.action) ==
                 std::end(kTabletActions))
            refusal = "action";
        else if (!isWord(r.entity) || !codeLike(r.subject) ||
                 (!r.unit.empty() && !inScope(who, r.unit)))
            refusal = "text";
        if (refusal) {
            if (receipt.refused.empty())
                receipt.detail = refusal;
            receipt.refused.push_back(r.seq);
            continue;
        }
        AuditEntry e{0,      now,      requestId, who.device.id, r.staff,
                     r.unit, r.action, r.entity,  r.subject};
        e.deviceMs = r.atMs;
        e.deviceSeq = r.seq;
        rows.push_back(std::move(e));
    }
    receipt.stored = rows.size();
    if (!receipt.refused.empty())
        rows.push_back({0,
                        now,
                        requestId,
                        who.device.id,
                        who.device.staffId,
                        {},
                        "audit_denied",
                        "audit_log",
                        std::to_string(who.device.id)});
    if (!rows.empty()) {
        if (auto r = m_storage.appendAudit(rows); !r)
            return storageFailure(r.error());
    }
    return receipt;
}

ApiResult<bool> SyncService::authorizeReport(const Principal &who, const std::string &unit,
                                             const std::string &requestId)
{
    const char *refusal = nullptr;
    if (who.device.kind == DeviceKind::Kiosk)
        refusal = "kiosk";
    else if (who.role != StaffRole::Manager)
        refusal = "manager_role";
    else if (!inScope(who, unit))
        refusal = "unit";
    if (!refusal)
        return true;
    if (auto r = m_storage.appendAudit({{0, m_clock(), requestId, who.device.id, who.device.staffId,
                                         unit, "report_denied", "followup_report", unit}});
        !r)
        return storageFailure(r.error());
    return ApiFailure{403, ApiError::Forbidden, refusal};
}

ApiResult<sync::ServerAudit> SyncService::auditExtract(const Principal &who,
                                                       const std::string &subject,
                                                       const std::string &requestId)
{
    if (!sync::isUuid(subject))
        return ApiFailure{400, ApiError::BadRequest, "subject"};
    std::optional<StoredRecord> record;
    std::map<std::string, std::string> names;
    if (who.device.kind != DeviceKind::Kiosk && who.role == StaffRole::Manager) {
        auto read = m_storage.directory([&](DirectoryTransaction &tx) {
            for (const char *entity : {"child", "family"}) {
                if (!record)
                    record = tx.loadRecord(entity, subject);
            }
            if (record && inScope(who, record->unitId))
                for (Staff &s : tx.staff())
                    names.emplace(std::move(s.id), std::move(s.name));
        });
        if (!read)
            return storageFailure(read.error());
    }
    const char *refusal = nullptr;
    if (who.device.kind == DeviceKind::Kiosk)
        refusal = "kiosk";
    else if (who.role != StaffRole::Manager)
        refusal = "manager_role";
    else if (!record || !inScope(who, record->unitId))
        refusal = "subject"; // one answer for both: whether the record exists is not told
    const std::int64_t now = m_clock();
    if (refusal) {
        if (auto r = m_storage.appendAudit({{0,
                                             now,
                                             requestId,
                                             who.device.id,
                                             who.device.staffId,
                                             {},
                                             "audit_denied",
                                             "audit_extract",
                                             subject}});
            !r)
            return storageFailure(r.error());
        return ApiFailure{403, ApiError::Forbidden, refusal};
    }
    auto entries = m_storage.auditFor(subject);
    if (!entries)
        return storageFailure(entries.error());
    sync::ServerAudit audit;
    audit.subject = subject;
    const std::size_t total = entries->size();
    const std::size_t skip = total > sync::limits::kMaxServerAuditEntries
                                 ? total - sync::limits::kMaxServerAuditEntries
                                 : 0;
    audit.omitted = skip;
    audit.entries.reserve(total - skip);
    for (std::size_t i = skip; i < total; ++i) {
        AuditEntry &e = (*entries)[i];
        const auto name = names.find(e.staffId);
        audit.entries.push_back({e.atMs, e.deviceMs, e.device, e.deviceSeq, std::move(e.staffId),
                                 name == names.end() ? std::string() : name->second,
                                 std::move(e.unitId), std::move(e.action), std::move(e.entity),
                                 std::move(e.subject)});
    }
    // Nothing leaves that the audit log does not show.
    if (auto r = m_storage.appendAudit({{0, now, requestId, who.device.id, who.device.staffId,
                                         record->unitId, "export", "audit_extract", subject}});
        !r)
        return storageFailure(r.error());
    return audit;
}

// A kiosk sees only published info cards and helplines of its unit. It pulls current values,
// not the log: a card published today must bring the text written last week, and a card
// withdrawn shows only that it is withdrawn.
ApiResult<sync::Batch> SyncService::pullKiosk(const Principal &who, std::uint64_t since,
                                              std::uint32_t limit)
{
    constexpr std::uint32_t kFieldsPerRecord = 16;
    const std::vector<std::string> entities = {std::string(kInfoCardEntity),
                                               std::string(kHelplineEntity)};
    auto page = m_storage.changedRecords(who.device.unitId, entities, since,
                                         std::max<std::uint32_t>(1, limit / kFieldsPerRecord));
    if (!page)
        return storageFailure(page.error());
    sync::Batch batch;
    batch.sentAtMs = m_clock();
    batch.hasMore = page->hasMore;
    batch.cursor = page->hasMore ? page->records.back().lastSeq : std::max(page->highWater, since);
    for (const StoredRecord &record : page->records) {
        const bool card = record.entity == kInfoCardEntity;
        const bool published = record.state.value(kPublishedField) == sync::Value(std::int64_t{1});
        std::uint64_t slot = 0;
        for (const auto &[name, field] : record.state.fields) {
            if (++slot >= sync::protocol::kKioskFieldSlots)
                break; // never: the catalog's tables have a dozen fields
            if (card && !published && name != kPublishedField)
                continue;
            sync::Delta d = asDelta(record, name, field, false);
            // The writers' own ids would arrive out of counter order (see protocol.h).
            d.id = {sync::protocol::kKioskSnapshotDevice,
                    record.lastSeq * sync::protocol::kKioskFieldSlots + slot};
            batch.deltas.push_back(std::move(d));
        }
    }
    return batch;
}

} // namespace lykta::server
