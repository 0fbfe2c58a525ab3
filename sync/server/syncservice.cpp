#include "syncservice.h"

#include "credentials.h"
#include "devicename.h"
#include "pulledrecords.h"
#include "pushcheck.h"
#include "staffdirectory.h"
#include "sync/core/codec.h"
#include "sync/core/limits.h"
#include "sync/core/merge.h"
#include "sync/core/uuid.h"

#include <algorithm>
#include <cctype>
#include <iterator>
#include <map>
#include <set>
#include <unordered_map>

namespace lykta::server {

using sync::protocol::ApiError;

namespace {

constexpr std::size_t kMaxTokenBytes = 128;

} // namespace

ApiFailure storageFailure(const StorageError &error)
{
    if (error.code == StorageError::Code::Busy)
        return {503, ApiError::Unavailable, "storage_busy"};
    return {500, ApiError::Internal, "storage"};
}

SyncService::SyncService(ServerStorage &storage, const SchemaCatalog &catalog, Clock clock)
    : m_storage(storage), m_catalog(catalog),
      m_clock(std::move(clock)), m_fullPulls{sync::limits::kFullPullInterval.count(),
                                             sync::limits::kFullPullBurst}
{}

ApiResult<EnrollAnswer> SyncService::enroll(std::string_view codeText, sync::DeviceId device,
                                            std::string_view name, const std::string &requestId,
                                            std::string_view replaces)
{
    if (device == 0 || device > static_cast<sync::DeviceId>(INT64_MAX))
        return ApiFailure{400, ApiError::BadRequest, "device"};
    if (name.size() > sync::limits::kMaxNameBytes)
        return ApiFailure{400, ApiError::BadRequest, "name"};
    const auto shownName = devicename::clean(name);
    if (!shownName)
        return ApiFailure{400, ApiError::BadRequest, "name"};
    const auto code = credentials::parseEnrollmentCode(codeText);
    if (!code)
        return ApiFailure{401, ApiError::BadCode, {}};
    auto found = m_storage.findCode(code->id);
    if (!found)
        return storageFailure(found.error());
    const std::int64_t now = m_clock();
    // Every refused try at a code is audited with the code's id (never the secret), the device
    // id that tried and the staff member or unit the code is for.
    const auto refuse = [&](ApiFailure failure, const char *reason) -> ApiFailure {
        AuditEntry entry{0,       now, requestId,        device,
                         {},      {},  "enroll_refused", std::string("enrollment_code:") + reason,
                         code->id};
        if (*found) {
            entry.staffId = (**found).staffId;
            entry.unitId = (**found).unitId;
        }
        if (auto r = m_storage.appendAudit({entry}); !r)
            return storageFailure(r.error());
        return failure;
    };
    if (!*found)
        return refuse({401, ApiError::BadCode, {}}, "unknown");
    const EnrollmentCodeRecord &record = **found;
    if (record.failedAttempts >= sync::limits::kMaxCodeAttempts)
        return refuse({429, ApiError::CodeLocked, {}}, "locked");
    if (record.usedMs)
        return refuse({410, ApiError::CodeUsed, {}}, "used");
    if (record.expiresMs <= now)
        return refuse({410, ApiError::CodeExpired, {}}, "expired");
    // The try is counted before the slow Argon2id check, so guesses in parallel share the
    // code's tries; no lock is held while the check runs.
    auto reserved = m_storage.reserveAttempt(code->id);
    if (!reserved)
        return storageFailure(reserved.error());
    if (!*reserved)
        return refuse({429, ApiError::CodeLocked, {}}, "locked");
    if (!credentials::passwordVerify(record.secretHash, code->secret))
        return refuse({401, ApiError::BadCode, {}}, "bad_code");

    Device d;
    d.id = device;
    d.kind = record.kind;
    d.staffId = record.staffId;
    d.unitId = record.unitId;
    d.name = *shownName;
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
        return refuse({410, ApiError::CodeUsed, {}}, "used");
    case RedeemResult::Expired:
        return refuse({410, ApiError::CodeExpired, {}}, "expired");
    case RedeemResult::DeviceExists:
        return ApiFailure{409, ApiError::DeviceExists, {}};
    case RedeemResult::UnknownCode:
        return refuse({401, ApiError::BadCode, {}}, "unknown");
    case RedeemResult::StaffInactive:
        return refuse({409, ApiError::StaffInactive, {}}, "staff_inactive");
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
    if (auto r = revokeReplaced(replaces, device, now, requestId); !r)
        return r.error();
    return EnrollAnswer{std::move(token), std::move(**principal)};
}

ApiResult<bool> SyncService::revokeReplaced(std::string_view replaces, sync::DeviceId device,
                                            std::int64_t now, const std::string &requestId)
{
    if (replaces.empty())
        return false;
    auto earlier = m_storage.principal(credentials::tokenHash(std::string(replaces)));
    if (!earlier)
        return storageFailure(earlier.error());
    // A token that is unknown or already revoked has nothing left to take over; the new
    // enrollment stands all the same.
    if (!*earlier || (**earlier).device.id == device)
        return false;
    const sync::DeviceId old = (**earlier).device.id;
    auto revoked = m_storage.revokeDevice(old, now, false);
    if (!revoked)
        return storageFailure(revoked.error());
    if (auto r = m_storage.appendAudit({{0,
                                         now,
                                         requestId,
                                         old,
                                         (**earlier).device.staffId,
                                         {},
                                         "revoke",
                                         "device",
                                         std::to_string(old)}});
        !r)
        return storageFailure(r.error());
    return true;
}

namespace {

// The hash of the token in an `Authorization: Bearer` header, or why there is none.
ApiResult<std::string> bearerTokenHash(std::string_view authorization)
{
    const std::string_view prefix = sync::protocol::kBearerPrefix;
    if (authorization.substr(0, prefix.size()) != prefix)
        return ApiFailure{401, ApiError::Unauthorized, "no_token"};
    const std::string_view token = authorization.substr(prefix.size());
    if (token.empty() || token.size() > kMaxTokenBytes)
        return ApiFailure{401, ApiError::Unauthorized, "bad_token"};
    return credentials::tokenHash(token);
}

} // namespace

ApiResult<Principal> SyncService::authenticate(std::string_view authorization)
{
    auto hashed = bearerTokenHash(authorization);
    if (!hashed)
        return hashed.error();
    const std::string &hash = *hashed;
    auto found = m_storage.principal(hash);
    if (!found)
        return storageFailure(found.error());
    if (*found)
        return std::move(**found);
    // A device reported lost or stolen is told to erase itself until it says it has.
    auto lost = m_storage.eraseOrdered(hash);
    if (!lost)
        return storageFailure(lost.error());
    if (*lost && !(**lost).erasedMs)
        return ApiFailure{410, ApiError::Erase, {}};
    return ApiFailure{401, ApiError::Unauthorized, "bad_token"};
}

ApiResult<bool> SyncService::confirmErased(std::string_view authorization,
                                           const std::string &requestId)
{
    auto hashed = bearerTokenHash(authorization);
    if (!hashed)
        return hashed.error();
    auto lost = m_storage.eraseOrdered(*hashed);
    if (!lost)
        return storageFailure(lost.error());
    if (!*lost)
        return ApiFailure{401, ApiError::Unauthorized, "bad_token"};
    const Device &device = **lost;
    const std::int64_t now = m_clock();
    auto marked = m_storage.markErased(device.id, now);
    if (!marked)
        return storageFailure(marked.error());
    if (!*marked) // said before (an answer lost on the way): recorded once
        return true;
    if (auto r =
            m_storage.appendAudit({{0, now, requestId, device.id, device.staffId, device.unitId,
                                    "erased", "device", std::to_string(device.id)}});
        !r)
        return storageFailure(r.error());
    return true;
}

void SyncService::noteContact(const Principal &who, std::string_view userAgent,
                              std::optional<std::uint64_t> pulledFrom)
{
    const std::string_view prefix = sync::protocol::kUserAgentPrefix;
    std::string_view version;
    if (userAgent.substr(0, prefix.size()) == prefix)
        version = userAgent.substr(prefix.size(), sync::limits::kMaxNameBytes);
    version = version.substr(0, version.find_first_of(" \t"));
    // The principal was read with the last note: most requests need no statement at all (the
    // storage checks the same again, for requests that race).
    const std::int64_t now = m_clock();
    if (who.device.lastSeenMs && now - *who.device.lastSeenMs < kContactNoteMs &&
        who.device.appVersion == version)
        return;
    // A best-effort note for the manager's list: a busy database skips it, nothing else.
    (void)m_storage.noteContact(who.device.id, now, version, pulledFrom);
}

ApiResult<sync::PushResponse> SyncService::push(const Principal &who, const sync::Batch &batch,
                                                const std::string &requestId, bool resumes)
{
    if (who.device.kind == DeviceKind::Kiosk)
        return ApiFailure{403, ApiError::Forbidden, "kiosk_read_only"};
    if (batch.device != who.device.id)
        return ApiFailure{403, ApiError::DeviceMismatch, {}};
    const std::int64_t now = m_clock();
    sync::PushResponse response;
    // A backend may run the work again (a retried transaction): each run checks afresh.
    auto done = m_storage.push(who.device.id, [&](PushTransaction &tx) {
        PushCheck check(who, m_catalog, tx, batch.deltas, requestId, now, resumes);
        for (const sync::Delta &d : batch.deltas)
            check.check(d);
        response = check.finish();
    });
    if (!done)
        return storageFailure(done.error());
    return response;
}

std::optional<ApiFailure> SyncService::takeFullPull(const Principal &who, std::uint64_t since)
{
    if (since != 0)
        return std::nullopt;
    // Kept in the database (ServerStorage::takeFullPull): every server on it, and a restarted
    // one, rations the same allowance.
    auto wait = m_storage.takeFullPull(who.device.id, m_clock(), m_fullPulls);
    if (!wait)
        return storageFailure(wait.error());
    if (*wait > 0)
        return ApiFailure{
            429, ApiError::Throttled, "full_pull",
            std::chrono::ceil<std::chrono::seconds>(std::chrono::milliseconds(*wait))};
    return std::nullopt;
}

ApiResult<bool> SyncService::auditPull(const Principal &who, const PulledRecords &pulled,
                                       std::string_view form, std::uint64_t since,
                                       std::uint64_t cursor, const std::string &requestId)
{
    if (pulled.empty())
        return true;
    // Nothing is handed out that the audit log does not show: one row naming every record.
    AuditEntry entry{0,
                     m_clock(),
                     requestId,
                     who.device.id,
                     who.device.staffId,
                     {},
                     "pull",
                     std::string(form),
                     std::to_string(since) + ".." + std::to_string(cursor)};
    entry.records = pulled.encode();
    if (auto r = m_storage.appendAudit({entry}); !r)
        return storageFailure(r.error());
    return true;
}

ApiResult<sync::Batch> SyncService::pull(const Principal &who, std::uint64_t since,
                                         std::uint32_t limit, const std::string &requestId)
{
    limit = std::clamp<std::uint32_t>(limit, 1, sync::limits::kMaxPullLimit);
    if (auto refused = takeFullPull(who, since))
        return *refused;
    if (who.device.kind == DeviceKind::Kiosk)
        return pullKiosk(who, since, limit);

    auto page =
        m_storage.pullLog(who.units, who.device.id, since, limit, sync::limits::kMaxPullPageBytes);
    if (!page)
        return storageFailure(page.error());
    // Compaction removed superseded rows below the horizon: a replay from there would miss a
    // version a conflict rule needs. The tablet starts again from the state (pullState).
    if (since < page->horizon)
        return ApiFailure{410, ApiError::Compacted, "horizon " + std::to_string(page->horizon)};
    sync::Batch batch;
    batch.cursor = page->cursor;
    batch.hasMore = page->hasMore;
    batch.sentAtMs = m_clock();
    batch.deltas.reserve(page->entries.size());
    PulledRecords pulled;
    for (auto &entry : page->entries) {
        pulled.add(entry.unitId, entry.delta.entity, entry.delta.entityId);
        batch.deltas.push_back(std::move(entry.delta));
    }
    if (auto r = auditPull(who, pulled, "log", since, batch.cursor, requestId); !r)
        return r.error();
    return batch;
}

ApiResult<sync::StatePage> SyncService::pullState(const Principal &who, std::uint64_t since,
                                                  std::uint32_t limit, const std::string &requestId)
{
    limit = std::clamp<std::uint32_t>(limit, 1, sync::limits::kMaxStateRecords);
    if (auto refused = takeFullPull(who, since))
        return *refused;
    sync::StatePage state;
    state.sentAtMs = m_clock();
    if (who.device.kind == DeviceKind::Kiosk) {
        auto snapshot = kioskSnapshot(who, since, limit);
        if (!snapshot)
            return snapshot.error();
        state.records = std::move(snapshot->records);
        state.cursor = snapshot->cursor;
        state.hasMore = snapshot->hasMore;
        return state;
    }
    auto page =
        m_storage.changedRecords(who.units, {}, since, limit, sync::limits::kMaxPullPageBytes);
    if (!page)
        return storageFailure(page.error());
    state.hasMore = page->hasMore && !page->records.empty();
    state.cursor = state.hasMore ? page->records.back().lastSeq : std::max(page->highWater, since);
    state.records.reserve(page->records.size());
    PulledRecords pulled;
    for (StoredRecord &record : page->records) {
        pulled.add(record.unitId, record.entity, record.id);
        sync::StateRecord out{std::move(record.entity), std::move(record.id), {}};
        out.fields.reserve(record.state.fields.size());
        for (auto &[name, field] : record.state.fields)
            out.fields.push_back({name, std::move(field.state), field.writer});
        state.records.push_back(std::move(out));
    }
    if (auto r = auditPull(who, pulled, "state", since, state.cursor, requestId); !r)
        return r.error();
    return state;
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
                    record = tx.records().loadRecord(entity, subject);
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
    // Who read about the child is who read any of its records: every record of its unit that
    // belongs to it (recordsAbout), never another unit's.
    auto about = m_storage.recordsAbout(subject, record->unitId);
    if (!about)
        return storageFailure(about.error());
    auto entries = m_storage.auditFor(*about);
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

// A kiosk sees only published (and reviewed) info cards, the helplines and the idle times of its
// unit. It pulls current values, not the log: a card published today must bring the text written
// last week, and a card withdrawn shows only that it is withdrawn.
ApiResult<SyncService::KioskSnapshot>
SyncService::kioskSnapshot(const Principal &who, std::uint64_t since, std::uint32_t records)
{
    const std::vector<std::string> entities = {std::string(kInfoCardEntity),
                                               std::string(kHelplineEntity),
                                               std::string(kKioskSettingsEntity)};
    auto page = m_storage.changedRecords({who.device.unitId}, entities, since, records,
                                         sync::limits::kMaxPullPageBytes);
    if (!page)
        return storageFailure(page.error());
    KioskSnapshot snapshot;
    snapshot.hasMore = page->hasMore;
    // The stored states fit the budget, their deltas need not: the page also ends before the
    // record whose deltas would pass it (never inside a record: the cursor is a record's lastSeq).
    std::uint64_t bytes = 0;
    std::uint64_t lastSeq = 0;
    for (const StoredRecord &record : page->records) {
        sync::StateRecord out{record.entity, record.id, {}};
        std::uint64_t size = 0;
        const bool card = record.entity == kInfoCardEntity;
        // A draft still to be reviewed is shown as withdrawn, whatever its published flag says.
        const bool published =
            record.state.value(kPublishedField) == sync::Value(std::int64_t{1}) &&
            record.state.value(kNeedsReviewField) != sync::Value(std::int64_t{1});
        std::uint64_t slot = 0;
        for (const auto &[name, field] : record.state.fields) {
            if (++slot >= sync::protocol::kKioskFieldSlots)
                break; // never: the catalog's widest table has about fifty fields
            if (card && !published && name != kPublishedField)
                continue;
            sync::StateField f{name,
                               {field.state.value, field.state.hlc, field.state.base, {}, {}},
                               // The writers' own ids would arrive out of counter order (see
                               // protocol.h).
                               {sync::protocol::kKioskSnapshotDevice,
                                record.lastSeq * sync::protocol::kKioskFieldSlots + slot}};
            if (card && !published)
                f.state.value = sync::Value(std::int64_t{0}); // a draft published by mistake
            size += sync::encodedBytes(asDelta(record, name, field, false));
            out.fields.push_back(std::move(f));
        }
        if (lastSeq != 0 && bytes + size > sync::limits::kMaxPullPageBytes) {
            snapshot.hasMore = true;
            break;
        }
        bytes += size;
        lastSeq = record.lastSeq;
        snapshot.records.push_back(std::move(out));
    }
    snapshot.cursor = snapshot.hasMore ? lastSeq : std::max(page->highWater, since);
    return snapshot;
}

ApiResult<sync::Batch> SyncService::pullKiosk(const Principal &who, std::uint64_t since,
                                              std::uint32_t limit)
{
    constexpr std::uint32_t kFieldsPerRecord = 16;
    auto snapshot = kioskSnapshot(who, since, std::max<std::uint32_t>(1, limit / kFieldsPerRecord));
    if (!snapshot)
        return snapshot.error();
    sync::Batch batch;
    batch.sentAtMs = m_clock();
    batch.hasMore = snapshot->hasMore;
    batch.cursor = snapshot->cursor;
    for (sync::StateRecord &record : snapshot->records) {
        for (sync::StateField &f : record.fields)
            batch.deltas.push_back({f.writer,
                                    record.entity,
                                    record.id,
                                    std::move(f.name),
                                    std::move(f.state.value),
                                    f.state.hlc,
                                    {},
                                    f.state.base});
    }
    return batch;
}

} // namespace lykta::server
