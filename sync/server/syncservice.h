#pragma once

#include "pulledrecords.h"
#include "schemacatalog.h"
#include "serverstorage.h"
#include "sync/core/auditupload.h"
#include "sync/core/batch.h"
#include "sync/core/protocol.h"
#include "sync/core/pushresponse.h"
#include "sync/core/serveraudit.h"
#include "sync/core/statepage.h"

#include <chrono>
#include <functional>
#include <optional>
#include <string>

namespace lykta::server {

// A refused request: the HTTP status and the machine-readable error of its body.
struct ApiFailure
{
    int status = 500;
    sync::protocol::ApiError error = sync::protocol::ApiError::Internal;
    std::string detail;
    std::chrono::seconds retryAfter{0}; // a 429's Retry-After; 0: none
};

template <class T>
using ApiResult = Result<T, ApiFailure>;

struct EnrollAnswer
{
    std::string token; // shown to the device once, never stored
    Principal principal;
};

// What lykta-server does, without HTTP: enrollment, authentication, push (authorize, merge
// with sync::merge against the server's state, log in server order, idempotent by delta id),
// pull (the caller's scope, paged) and the audit trail. The HTTP layer and the tests drive it;
// storage is whatever backend it is given.
class SyncService
{
public:
    using Clock = std::function<std::int64_t()>; // wall milliseconds

    SyncService(ServerStorage &storage, const SchemaCatalog &catalog, Clock clock);

    // `replaces`: the token of the enrollment this one takes over on the same tablet (a tablet
    // enrolled again as another person takes a new device id); that device is revoked once the
    // code is redeemed, so no token of the earlier person stays valid.
    ApiResult<EnrollAnswer> enroll(std::string_view codeText, sync::DeviceId device,
                                   std::string_view name, const std::string &requestId,
                                   std::string_view replaces = {});
    // `authorization` is the raw Authorization header. A device revoked as lost or stolen is
    // answered 410 Erase until it has confirmed (confirmErased), then 401 as any revoked one.
    ApiResult<Principal> authenticate(std::string_view authorization);
    // POST /v1/erased from a device told to erase itself: records when it did and audits it
    // (erased), once; a repeat answers true again. 401 for any other token.
    ApiResult<bool> confirmErased(std::string_view authorization, const std::string &requestId);
    // After a push or pull: the device's last contact and the release in its User-Agent
    // ("lykta/<release>"), for the manager's list of tablets; after a pull of the log, the
    // cursor it pulled from, for the compaction horizon (ServerStorage::safeHorizon).
    void noteContact(const Principal &who, std::string_view userAgent,
                     std::optional<std::uint64_t> pulledFrom = std::nullopt);
    // `resumes`: the push names this copy's epoch in protocol::kResumeHeader (the device found
    // the server restored from a backup), so its first new counter may skip the lost ones.
    ApiResult<sync::PushResponse> push(const Principal &who, const sync::Batch &batch,
                                       const std::string &requestId, bool resumes = false);
    // A pull from cursor 0 takes one of the device's rationed full pulls (FullPullRate); past
    // them: 429 Throttled with the seconds to wait, before anything is read. A pull from below
    // the compaction horizon (0 included, once the log is compacted) is refused: 410 Compacted.
    ApiResult<sync::Batch> pull(const Principal &who, std::uint64_t since, std::uint32_t limit,
                                const std::string &requestId);
    // A first sync (GET /v1/pull?form=state): the device's scope as the server holds it now,
    // record by record (each field's value, timestamps, author and conflict copies), in pages of
    // at most `limit` records and the pull's byte budget. While more follow, `cursor` is the
    // last record's log position; the last page's is the log position from which pull() goes
    // on. A record changed while the pages are read comes again in a later page. From `since`
    // 0 it takes a full pull as pull() does, and is audited as a pull (one row per page naming
    // every record). A kiosk gets its snapshot in this form (published content only).
    ApiResult<sync::StatePage> pullState(const Principal &who, std::uint64_t since,
                                         std::uint32_t limit, const std::string &requestId);
    // Stores a tablet's own access-log entries as audit rows (device, staff, time on the device,
    // time received), each once: idempotent by device + the entry's seq. An entry is refused
    // for good when another staff member than the device's is named (`author`), its action is
    // not a tablet's, or its entity, unit or subject is not an id, date or code (`text`):
    // nothing a person wrote enters the log. Refusals are audited as audit_denied.
    ApiResult<sync::AuditReceipt> uploadAudit(const Principal &who, const sync::AuditUpload &upload,
                                              const std::string &requestId);
    void setFullPullRate(const FullPullRate &rate) { m_fullPulls = rate; }
    // For the services beside this one on the same storage and clock (ManagerService).
    ServerStorage &storage() const { return m_storage; }
    const Clock &clock() const { return m_clock; }
    // Readiness: whether the database answers now (ServerStorage::status).
    StorageResult<StorageStatus> storageStatus() { return m_storage.status(); }
    StorageResult<StorageStatistics> storageStatistics() { return m_storage.statistics(); }
    // Whether `who` may fetch the follow-up report of `unit`: a staff device whose staff
    // member is a manager of that unit. A refusal (403, detail kiosk, manager_role or unit) is
    // written to the audit log as report_denied.
    ApiResult<bool> authorizeReport(const Principal &who, const std::string &unit,
                                    const std::string &requestId);
    // The server's audit log about one child or family (`subject`, its record id) for a
    // manager's extract: every entry naming it or a record about it in its unit
    // (ServerStorage::recordsAbout: its series, conversations, notes, amendments, scores,
    // memberships, tasks; a family's guardians and children with theirs), with staff names,
    // the newest limits::kMaxServerAuditEntries. Only a staff device whose staff member is a
    // manager of the record's unit gets it; a kiosk (403 kiosk), another role (403 manager_role),
    // an unknown record or another unit's (both 403 subject, so a refusal does not tell whether the
    // record exists) is refused and the refusal audited as audit_denied. An extract given out is
    // audited as export before it is returned.
    ApiResult<sync::ServerAudit> auditExtract(const Principal &who, const std::string &subject,
                                              const std::string &requestId);

private:
    // After an enrollment that names the token it replaces: revokes that device (true) and
    // audits it; false when the token names nothing still enrolled.
    ApiResult<bool> revokeReplaced(std::string_view replaces, sync::DeviceId device,
                                   std::int64_t now, const std::string &requestId);
    // A pull from cursor 0 takes one of the device's rationed full pulls (FullPullRate): the
    // 429 to answer when none is left.
    std::optional<ApiFailure> takeFullPull(const Principal &who, std::uint64_t since);
    ApiResult<sync::Batch> pullKiosk(const Principal &who, std::uint64_t since,
                                     std::uint32_t limit);
    // The kiosk's records after `since`, each as the kiosk may see it: a draft or withdrawn
    // card only as withdrawn, no authors, no conflict copies, and its fields written as device
    // kKioskSnapshotDevice (protocol.h). Ends before the record that would pass the page's
    // byte budget.
    struct KioskSnapshot
    {
        std::vector<sync::StateRecord> records;
        std::uint64_t cursor = 0;
        bool hasMore = false;
    };
    ApiResult<KioskSnapshot> kioskSnapshot(const Principal &who, std::uint64_t since,
                                           std::uint32_t records);
    // One audit row naming every record a pull page handed out.
    ApiResult<bool> auditPull(const Principal &who, const PulledRecords &pulled,
                              std::string_view form, std::uint64_t since, std::uint64_t cursor,
                              const std::string &requestId);

    ServerStorage &m_storage;
    const SchemaCatalog &m_catalog;
    Clock m_clock;
    FullPullRate m_fullPulls;
};

ApiFailure storageFailure(const StorageError &error);

} // namespace lykta::server
