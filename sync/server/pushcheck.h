#pragma once

#include "schemacatalog.h"
#include "serverstorage.h"
#include "sync/core/pushresponse.h"

#include <map>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

namespace lykta::server {

// One push, decided delta by delta inside the backend's write transaction (SyncService::push
// runs it; tests run it on each backend without HTTP). In the order a delta meets them:
//   1. replay: a delta id seen before gets the same answer as then;
//   2. order: counters follow on from the device's last without a gap (a push that resumes after
//      a restore from a backup may skip once, see protocol::kResumeHeader);
//   3. shape: a known entity and field, a UUID, a value of the field's type, no purge marker,
//      the device's own clock, not too far ahead, written by the device's staff member. One
//      field may come under another device's clock: a record's unit, forwarded after a restore
//      from a backup by a tablet that edited a record another one created, so the restored copy
//      can place the edits before the creator has synced. It goes into the record's state
//      (the unit never changes, step 5) and never into the log; the creator's own delta of that
//      version is logged when it comes;
//   4. rights: the content role for kiosk content, no forged signature, the staff directory's
//      own rules (the server's roles; a colleague's record only for a manager's correction);
//   5. scope: the record (stored, or new with its unit in this batch) in the caller's units,
//      never moved to another unit, not removed by retention;
//   6. merge against the server's state (sync::merge), with a cap on conflict copies. A version
//      the server holds already (a tablet sending its writes again after a restore) is
//      answered accepted and not logged twice.
// An accepted delta goes to the log; a refusal is answered and, where final, kept for a
// replay. finish() writes the device's counter, the changed records and one audit entry per
// record and action.
class PushCheck
{
public:
    PushCheck(const Principal &who, const SchemaCatalog &catalog, PushTransaction &tx,
              const std::vector<sync::Delta> &batch, std::string requestId, std::int64_t nowMs,
              bool resumes = false);

    void check(const sync::Delta &d);
    sync::PushResponse finish();

private:
    bool answeredBefore(const sync::Delta &d);
    bool inOrder(const sync::Delta &d);
    // A record's unit sent under its creator's clock by another device (see step 3).
    static bool forwarded(const sync::Delta &d);
    // A replay the server kept no answer for: whether it holds that version (a delta answered
    // as a duplicate is not logged, so only the record tells).
    bool holdsVersion(const sync::Delta &d);
    // The column of a well-formed delta, else nullptr (refused).
    const ColumnDef *wellFormed(const sync::Delta &d);
    bool permitted(const sync::Delta &d);
    bool staffDirectoryPermits(const sync::Delta &d);
    // The record a delta in scope writes, else nullptr (refused).
    StoredRecord *recordInScope(const sync::Delta &d);
    void merge(const sync::Delta &d, const ColumnDef &column, StoredRecord &record);

    void reject(const sync::Delta &d, sync::RejectReason reason, std::string detail,
                bool final = true, std::optional<sync::Delta> current = std::nullopt);
    // The unit a refused delta's record belongs to, as far as this push can tell.
    std::string unitOf(const sync::Delta &d);
    void auditOnce(const sync::Delta &d, const std::string &unit, const char *action);

    const Principal &m_who;
    const SchemaCatalog &m_catalog;
    PushTransaction &m_tx;
    std::string m_requestId;
    std::int64_t m_now;
    std::int64_t m_aheadBound;
    sync::PushResponse m_response;
    std::uint64_t m_last;
    bool m_gap = false;
    bool m_resumes = false; // the first new counter may skip (cleared once taken)
    // A new record's unit comes with it: the unit_id delta of the same write in this batch.
    std::unordered_map<std::string, std::string> m_batchUnits;
    std::unordered_map<std::string, StoredRecord> m_records;
    std::set<std::string> m_dirty; // keys of changed records
    std::map<std::string, AuditEntry> m_audit;
    // Records this push signed, with the signing delta's timestamp (see signedBefore).
    std::unordered_map<std::string, sync::Hlc> m_signedInPush;
};

} // namespace lykta::server
