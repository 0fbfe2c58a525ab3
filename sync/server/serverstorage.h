#pragma once

#include "recordstate.h"
#include "sync/core/delta.h"
#include "sync/core/pushresponse.h"
#include "sync/core/result.h"
#include "sync/core/staffrole.h"

#include <algorithm>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lykta::server {

struct StorageError
{
    enum class Code : std::uint8_t
    {
        Busy,     // another writer holds the database; retry
        Conflict, // a uniqueness rule (an id that exists already)
        NotFound, // a referenced unit, staff member or device does not exist
        Corrupt,  // the database is damaged
        TooNew,   // written by a newer lykta-server: left as it is
        Internal, // anything else the backend reports (disk, I/O)
    };
    Code code = Code::Internal;
    std::string detail; // for the operator's log: names tables, never personal data
};

template <class T>
using StorageResult = Result<T, StorageError>;

// What a readiness check learns from the database: that it answers, and at which version of its
// schema.
struct StorageStatus
{
    std::string backend; // "sqlite" or "postgresql"
    int schemaVersion = 0;
};

// What GET /metrics reports of the database, read from it when asked.
struct StorageStatistics
{
    std::uint64_t databaseBytes = 0;
    std::uint64_t auditRows = 0;
};

struct Unit
{
    std::string id;
    std::string name;
};

using sync::StaffRole; // sync/core/staffrole.h: the one role type, shared with the tablet
using sync::staffRoleFromString;

struct Staff
{
    std::string id;
    std::string name;
    std::vector<std::string> units;
    StaffRole role = StaffRole::Staff;
    // Set when a manager or operator deactivated them (a leaver): no code, no enrollment.
    std::optional<std::int64_t> deactivatedMs = {};
};

enum class DeviceKind : std::uint8_t
{
    Staff,
    Kiosk,
};
const char *toString(DeviceKind kind);
DeviceKind deviceKindFromString(std::string_view text); // "kiosk"; anything else is Staff

struct Device
{
    sync::DeviceId id = 0;
    DeviceKind kind = DeviceKind::Staff;
    std::string staffId; // staff devices
    std::string unitId;  // kiosk devices: the waiting room's unit
    std::string name;
    std::int64_t enrolledMs = 0;
    std::optional<std::int64_t> revokedMs;
    std::uint64_t lastCounter = 0; // the device's last delta counter the server has processed
    std::optional<std::int64_t> lastSeenMs = {}; // its last push or pull
    std::string appVersion = {};                 // the app's release it reported then
    // Revoked as lost or stolen: told to erase itself on its next contact, until it says it has.
    std::optional<std::int64_t> eraseOrderedMs = {};
    std::optional<std::int64_t> erasedMs = {};
};

// An authenticated caller: its device and the units it may read and write right now (a staff
// device: its staff member's units; a kiosk: its own unit, published content only).
struct Principal
{
    Device device;
    std::string staffName;
    std::vector<std::string> units;
    StaffRole role = StaffRole::Staff; // a staff device: its staff member's role now
};

struct EnrollmentCodeRecord
{
    std::string id;
    std::string secretHash; // Argon2id string
    DeviceKind kind = DeviceKind::Staff;
    std::string staffId;
    std::string unitId;
    std::int64_t createdMs = 0;
    std::int64_t expiresMs = 0;
    std::optional<std::int64_t> usedMs;
    int failedAttempts = 0;
};

enum class RedeemResult : std::uint8_t
{
    Redeemed,
    Used,
    Expired,
    DeviceExists,
    UnknownCode,   // the code is gone (it was found a moment before)
    StaffInactive, // the code's staff member has been deactivated since it was issued
};

// An enrollment code as a redemption finds it.
struct CodeState
{
    bool used = false;
    std::int64_t expiresMs = 0;
};

// What deactivating a staff member did (ServerStorage::setStaffActive).
// How often a device's last contact is written at most (ServerStorage::noteContact).
inline constexpr std::int64_t kContactNoteMs = 60'000;

struct StaffDeactivation
{
    std::vector<sync::DeviceId> revoked; // their devices that were enrolled until now
    std::uint64_t codesExpired = 0;      // their unused codes, expired now
};

// The work of redeeming an enrollment code, inside one write transaction of the backend.
// ServerStorage::redeemCode decides (the redeem rule); the transaction only reads and writes.
class EnrollTransaction
{
public:
    virtual ~EnrollTransaction() = default;
    // Hands back the try reserveAttempt took and reads the code, locking it so that two
    // redemptions of one code take turns; nullopt when there is no such code.
    virtual std::optional<CodeState> releaseAttempt(const std::string &codeId) = 0;
    // The device with this id, locked so that a revoke or another enrollment of it waits.
    virtual std::optional<Device> device(sync::DeviceId id) = 0;
    virtual void insertDevice(const Device &device, const std::string &tokenHash) = 0;
    // A known device enrolled again: its new token, name and enrollment time, unrevoked.
    virtual void reenrollDevice(const Device &device, const std::string &tokenHash) = 0;
    virtual void markCodeUsed(const std::string &codeId, sync::DeviceId device,
                              std::int64_t nowMs) = 0;
    // Whether the staff member exists and is not deactivated, locking their row so that a
    // deactivation waits for this enrollment (and then revokes the device it made).
    virtual bool staffActive(const std::string &staffId) = 0;
};

// A device id the server knows may be enrolled again only after a plain revoke and only as
// what it was (the same kind, staff member and unit): the tablet kept its unsent work for
// this, and that work carries the device's id. A device still enrolled, or one that would
// become someone else, stays refused (a tablet that changes person takes a new id).
// A device revoked as lost or stolen is never enrolled again: it erases itself.
inline bool mayEnrollAgain(const Device &known, const Device &incoming)
{
    return known.revokedMs.has_value() && !known.eraseOrderedMs.has_value() &&
           known.kind == incoming.kind && known.staffId == incoming.staffId &&
           known.unitId == incoming.unitId;
}

// Whether `unit` is one the caller may read and write.
inline bool inScope(const Principal &who, std::string_view unit)
{
    return std::find(who.units.begin(), who.units.end(), unit) != who.units.end();
}

// The caller a device's token names: a kiosk reads its own unit; a staff device its staff
// member's units, with their name and role (`role` as stored; unknown text reads as Staff).
Principal principalOf(Device device, std::string staffName, std::string_view role,
                      std::vector<std::string> staffUnits);

struct AuditEntry
{
    std::int64_t seq = 0; // assigned by the storage
    std::int64_t atMs = 0;
    std::string requestId;
    sync::DeviceId device = 0;
    std::string staffId;
    std::string unitId;
    std::string action; // push, pull, enroll, revoke, export; a tablet's: read, print, ...
    std::string entity;
    std::string subject; // the record id (or device id for enroll/revoke)
    // An entry a tablet wrote and uploaded: its time on the device and its sequence number in
    // the device's own log (device + deviceSeq is unique); atMs is when the server received
    // it. Both 0 for the server's own entries.
    std::int64_t deviceMs = 0;
    std::uint64_t deviceSeq = 0;
    // A pull: every record it handed out (PulledRecords), in this one row. auditFor expands it
    // into an entry per matching record, so `records` is empty in what auditFor returns.
    std::string records = {};
};

struct StoredRecord
{
    std::string entity;
    std::string id;
    std::string unitId;
    std::uint64_t lastSeq = 0; // log position of the last accepted delta for this record
    RecordState state;
};

// A stored field as the delta that wrote its value (with its author, or without: a kiosk's
// answer names no staff member).
sync::Delta asDelta(const StoredRecord &record, const std::string &field, const StoredField &f,
                    bool withAuthor);

struct LogEntry
{
    std::uint64_t seq = 0;
    std::string unitId;
    sync::Delta delta;
};

// A page of the log. `cursor` is a position every row at or below which the reader has seen
// (in its scope): the last row returned when the page is full (by rows or by bytes), else the
// log's high-water mark. A page is never empty while rows remain after `since`.
struct LogPage
{
    std::vector<LogEntry> entries;
    std::uint64_t cursor = 0;
    bool hasMore = false;
    // The compaction horizon in the same snapshot: a page from a cursor below it may lack rows
    // compaction removed (the caller refuses it, see compactLog).
    std::uint64_t horizon = 0;
};

// What one compaction run did (ServerStorage::compactLog).
struct CompactionReport
{
    std::uint64_t horizon = 0;    // the log position it compacted up to
    std::uint64_t rowsBefore = 0; // log rows before the run
    std::uint64_t removed = 0;    // of them, removed
};

struct RecordPage
{
    std::vector<StoredRecord> records; // ordered by lastSeq
    std::uint64_t highWater = 0;
    bool hasMore = false;
};

// How a backend fills a page (pullLog, changedRecords): rows in order, at most `limit`, and no
// more than `maxBytes` of them after the first, which is always taken. A backend offers every
// row it reads to take() until it refuses one; then the page is full and more rows remain.
class PageBudget
{
public:
    PageBudget(std::uint32_t limit, std::uint64_t maxBytes) : m_limit(limit), m_maxBytes(maxBytes)
    {}
    bool take(std::uint64_t bytes)
    {
        if (m_rows == m_limit || (m_rows > 0 && m_bytes + bytes > m_maxBytes)) {
            m_full = true;
            return false;
        }
        ++m_rows;
        m_bytes += bytes;
        return true;
    }
    // Whether take() refused a row.
    bool full() const { return m_full; }
    // Whether the first row alone is over the budget: a backend whose query leaves out the rows
    // past the budget cannot offer the row after it, so it counts such a page as full.
    bool overBudget() const { return m_bytes > m_maxBytes; }

private:
    std::uint32_t m_limit;
    std::uint64_t m_maxBytes;
    std::uint32_t m_rows = 0;
    std::uint64_t m_bytes = 0;
    bool m_full = false;
};

// The cursor rule: a full page ends at its last row, else at the log's high-water mark (never
// before `since`). Sets page.hasMore and page.cursor.
void finishLogPage(LogPage &page, bool full, std::uint64_t highWater, std::uint64_t since);

// How often one device may pull from cursor 0 (a whole copy of its units): `burst` in a row,
// then one each `intervalMs` (a generic cell rate: the allowance refills one by one).
struct FullPullRate
{
    std::int64_t intervalMs = 0;
    std::int64_t burst = 1;
};

// The field a refused delta named, kept with the refusal: a replay of its id must name it again.
struct RefusedField
{
    std::string entity;
    std::string id;
    std::string field;
};

// What was decided for a delta id the server has processed before.
struct PastOutcome
{
    std::optional<std::uint64_t> acceptedSeq;
    // Accepted, and removed from the log since by compaction (a later version superseded it).
    bool compacted = false;
    std::optional<sync::Rejection> rejection; // as answered then, `current` included
    // nullopt for a refusal stored before the server kept what it named (and its `current`).
    std::optional<RefusedField> refused;
};

// The work of one push, inside one write transaction of the backend. The sync service decides
// (authorization, merge); the transaction only reads and writes.
class PushTransaction
{
public:
    virtual ~PushTransaction() = default;
    virtual std::uint64_t lastCounter() = 0; // of the pushing device
    virtual void setLastCounter(std::uint64_t counter) = 0;
    virtual PastOutcome pastOutcome(const sync::DeltaId &id) = 0;
    virtual std::optional<StoredRecord> loadRecord(const std::string &entity,
                                                   const std::string &id) = 0;
    // A hint before the loads: the records this push will load (entity, id), so a backend that
    // pays a round trip per query can read them all at once. Loads must work without it.
    virtual void prefetchRecords(const std::vector<std::pair<std::string, std::string>> &keys)
    {
        (void)keys;
    }
    virtual void saveRecord(const StoredRecord &record) = 0;
    // Appends an accepted delta to the log; returns its position.
    virtual std::uint64_t appendLog(const sync::Delta &delta, const std::string &unitId) = 0;
    // Keeps the refusal of `refused` as answered (its `current` too), for a replay of its id.
    virtual void recordRejection(const sync::Rejection &rejection, const sync::Delta &refused) = 0;
    virtual void appendAudit(const AuditEntry &entry) = 0;
    // The role the server's staff table gives this staff id; nullopt for an id it does not know.
    virtual std::optional<StaffRole> staffRole(const std::string &staffId) = 0;
};

// The work of writing the server's own records (the staff directory, staffdirectory.h), inside
// one write transaction that orders its log rows after every push's, as a retention run does.
class DirectoryTransaction
{
public:
    virtual ~DirectoryTransaction() = default;
    // The staff table as this transaction sees it (read after the log's write lock).
    virtual std::vector<Staff> staff() = 0;
    // The unit table as this transaction sees it.
    virtual std::vector<Unit> units() = 0;
    // The highest counter in the log of deltas written as `device`.
    virtual std::uint64_t lastLogCounter(sync::DeviceId device) = 0;
    // The records and the log, read and written as a push does (loadRecord, saveRecord,
    // appendLog), in this transaction.
    virtual PushTransaction &records() = 0;
};

// How long the records of one retention type are kept (retention.h names the types).
struct RetentionRule
{
    std::string type;
    std::optional<int> years; // nullopt: kept permanently
    std::int64_t setMs = 0;   // when the rule was last set
};

// The work of one retention run, inside one write transaction that also orders its log rows
// after every push's (the retention job in retention.cpp decides; this only reads and writes).
class RetentionTransaction
{
public:
    virtual ~RetentionTransaction() = default;
    // Every stored record, one at a time.
    virtual void forEachRecord(const std::function<void(StoredRecord &&)> &visit) = 0;
    // The highest counter in the log of deltas written as `device`.
    virtual std::uint64_t lastLogCounter(sync::DeviceId device) = 0;
    // Deletes every log row of these records (entity, id): their old values leave the server.
    // Returns the number of rows deleted.
    virtual std::uint64_t
    removeLog(const std::vector<std::pair<std::string, std::string>> &records) = 0;
    // Audit rows written before `cutoffMs`: counted, or (remove) deleted after recording the
    // cut-off that lets the audit log's append-only rule allow exactly that. Returns the count.
    virtual std::uint64_t auditBefore(std::int64_t cutoffMs, std::int64_t nowMs, bool remove) = 0;
    virtual std::uint64_t appendLog(const sync::Delta &delta, const std::string &unitId) = 0;
    virtual void saveRecord(const StoredRecord &record) = 0;
    virtual void appendAudit(const AuditEntry &entry) = 0;
};

// Where lykta-server keeps everything: units, staff, devices, enrollment codes, the delta log,
// the materialised records and the audit log. Implementations are safe to call from many
// request threads at once. It is implemented once, by SqlStorage (sqlstorage.h), over each
// backend's db::Session.
//
// The log's positions are the pull cursors, so a backend must make them safe for readers:
// a reader that has seen position N must never later find a new row at a position <= N.
// SQLite has one writer at a time, so positions commit in order. A backend with concurrent
// writers (PostgreSQL) must either serialise appends (a lock held to commit) or report as
// the high-water mark only the highest position below which every transaction has committed.
class ServerStorage
{
public:
    virtual ~ServerStorage() = default;

    // Asks the database itself (not a cached answer) for its schema version: an error when it
    // does not answer, or when it is no longer the database the storage opened.
    virtual StorageResult<StorageStatus> status() = 0;
    virtual StorageResult<StorageStatistics> statistics() = 0;
    // Which copy of the database this is: random, new for a new database and for each restore
    // from a backup (renewEpoch). Push and pull answers carry it (protocol::kEpochHeader).
    virtual StorageResult<std::string> epoch() = 0;
    // A new epoch, for a database just restored from a backup; returns it.
    virtual StorageResult<std::string> renewEpoch() = 0;

    // --- administration
    virtual StorageResult<bool> createUnit(const Unit &unit) = 0;
    virtual StorageResult<bool> createStaff(const Staff &staff) = 0;
    virtual StorageResult<std::vector<Unit>> units() = 0;
    // Every staff member with units and role, by name.
    virtual StorageResult<std::vector<Staff>> staff() = 0;
    // false when there is no such staff member.
    virtual StorageResult<bool> setStaffRole(const std::string &staffId, StaffRole role) = 0;
    virtual StorageResult<bool> createCode(const EnrollmentCodeRecord &code) = 0;
    virtual StorageResult<std::vector<Device>> devices() = 0;
    // false when there is no such device (or it is revoked already). With `erase` (lost or
    // stolen) the device is also told to erase itself on its next contact; a device revoked
    // plainly before may be revoked again with `erase` (it was found to be stolen), once.
    virtual StorageResult<bool> revokeDevice(sync::DeviceId id, std::int64_t nowMs, bool erase) = 0;
    // Deactivates a staff member (`active` false) in one transaction: deactivated_ms set, their
    // enrolled devices revoked, their unused codes expired; or reactivates them (their devices
    // stay revoked). nullopt when there is no such staff member.
    virtual StorageResult<std::optional<StaffDeactivation>>
    setStaffActive(const std::string &staffId, bool active, std::int64_t nowMs) = 0;
    // Notes a device's push or pull at `nowMs` with the release it reported; writes only when
    // the release changed or the last note is kContactNoteMs old, so a busy tablet costs no
    // write per request.
    // `pulledFrom`: the log position a pull started from, kept (never lowered) for the
    // compaction horizon (safeHorizon).
    virtual StorageResult<bool> noteContact(sync::DeviceId id, std::int64_t nowMs,
                                            std::string_view appVersion,
                                            std::optional<std::uint64_t> pulledFrom) = 0;
    // The device of this token hash when it is revoked as lost or stolen (its erase ordered);
    // nullopt for any other token.
    virtual StorageResult<std::optional<Device>> eraseOrdered(const std::string &tokenHash) = 0;
    // Records that the device erased itself (false when it had no erase order, or had said so).
    virtual StorageResult<bool> markErased(sync::DeviceId id, std::int64_t nowMs) = 0;
    // Every entry about any of `subjects` (record ids), oldest first: their own rows, each pull
    // that handed one out (as an entry per record, with its entity, unit and id) and the
    // tablets' entries about them.
    virtual StorageResult<std::vector<AuditEntry>>
    auditFor(const std::vector<std::string> &subjects) = 0;
    // The records about `subject` in `unit`, `subject` first: every record of the unit one of
    // whose references (a field named `*_id` other than `unit_id`) names `subject` or another
    // record found so, followed to the end. For a child: its series and their conversations,
    // notes, amendments to those, questionnaires and scores, group memberships with their
    // attendance, tasks; for a family also its guardians and children with theirs. Read from
    // the log, so a record that named the subject once stays about it (it was then), and a
    // record whose log retention removed is no longer found.
    virtual StorageResult<std::vector<std::string>> recordsAbout(const std::string &subject,
                                                                 const std::string &unit) = 0;

    // --- enrollment
    virtual StorageResult<std::optional<EnrollmentCodeRecord>> findCode(const std::string &id) = 0;
    // Takes one of the code's kMaxCodeAttempts tries, in one conditional write, before the
    // (slow) secret check: false when none is left. Parallel guesses thus get the tries between
    // them, never a try each. A wrong secret keeps the try taken; redeemCode hands it back.
    virtual StorageResult<bool> reserveAttempt(const std::string &id) = 0;
    // For a caller that gave the right secret: atomically hands back the try it reserved, marks
    // the code used and creates the device with its token hash (or, where mayEnrollAgain,
    // gives the known device its new token, name and enrollment time), unless the code is used
    // or expired or the device id exists (the try is handed back then too). The same rule for
    // every backend (serverstorage.cpp), run through enrollment().
    StorageResult<RedeemResult> redeemCode(const std::string &codeId, const Device &device,
                                           const std::string &tokenHash, std::int64_t nowMs);
    // Runs `work` in one write transaction; commits when it returns normally.
    virtual StorageResult<bool>
    enrollment(const std::function<void(EnrollTransaction &)> &work) = 0;

    // --- requests
    // The unrevoked device with this token hash, with its current scope.
    virtual StorageResult<std::optional<Principal>> principal(const std::string &tokenHash) = 0;
    // Runs `work` in one write transaction for `device`; commits when it returns normally.
    virtual StorageResult<bool> push(sync::DeviceId device,
                                     const std::function<void(PushTransaction &)> &work) = 0;
    // Log rows after `since` in `units`, not written by `exclude`, in log order: at most
    // `limit` rows, and no more than fit in `maxBytes` of encoded deltas (sync::encodedBytes
    // or a larger measure), but always the first. Neither the page nor the backend's reading
    // of it grows past that.
    virtual StorageResult<LogPage> pullLog(const std::vector<std::string> &units,
                                           sync::DeviceId exclude, std::uint64_t since,
                                           std::uint32_t limit, std::uint64_t maxBytes) = 0;
    // Records of `entities` (every entity when empty) in `units` changed after `since`, by
    // lastSeq (state pages, kiosk pulls, the report): at most `limit`, and no more than fit in
    // `maxBytes` of stored state, but always the first. `highWater` is read in the same
    // snapshot.
    virtual StorageResult<RecordPage> changedRecords(const std::vector<std::string> &units,
                                                     const std::vector<std::string> &entities,
                                                     std::uint64_t since, std::uint32_t limit,
                                                     std::uint64_t maxBytes) = 0;
    // An entry a tablet uploaded (deviceSeq set) that the log holds already is skipped, so an
    // upload repeated after a lost answer stores nothing twice.
    virtual StorageResult<bool> appendAudit(const std::vector<AuditEntry> &entries) = 0;
    // Takes one of `device`'s pulls from cursor 0 at `nowMs`, atomically for every server on
    // the database: 0 when taken, else the milliseconds until the next is due (nothing taken).
    virtual StorageResult<std::int64_t> takeFullPull(sync::DeviceId device, std::int64_t nowMs,
                                                     const FullPullRate &rate) = 0;

    // --- retention (gallring)
    virtual StorageResult<std::vector<RetentionRule>> retentionRules() = 0;
    // Sets (replaces) the rule of rule.type.
    virtual StorageResult<bool> setRetentionRule(const RetentionRule &rule) = 0;
    // Runs `work` in one write transaction; commits when it returns normally. Afterwards the
    // backend makes what was deleted unreadable in its files where it can (SQLite: secure
    // delete and a WAL checkpoint).
    virtual StorageResult<bool>
    retention(const std::function<void(RetentionTransaction &)> &work) = 0;

    // --- log compaction (lykta-server compact, sqlcompaction.cpp)
    // The highest horizon a run may take without sending a device that syncs to a first sync
    // from the server's state: the lowest log position a staff device seen since `seenSinceMs`
    // last pulled from, or the log's head when there is none.
    virtual StorageResult<std::uint64_t> safeHorizon(std::int64_t seenSinceMs) = 0;
    // Removes from the log every row at or below `horizon` whose field has a version with a
    // higher timestamp (so never the version a field's value is, and never a conflict copy:
    // copies live in the record's state). First, in one transaction under the log's write lock,
    // it raises the horizon (never lowers it) and keeps each device's highest counter at or
    // below it (a replay of a removed delta is answered accepted); from then on a pull from a
    // cursor below the horizon is refused as compacted. Then it deletes in transactions of
    // `batch` rows, so pushes and pulls go on meanwhile. SQLite then checkpoints its WAL so
    // that the removed text is gone from its files (secure_delete zeroes it).
    virtual StorageResult<CompactionReport> compactLog(std::uint64_t horizon, std::int64_t nowMs,
                                                       std::uint32_t batch) = 0;

    // --- the server's own records
    // Runs `work` in one write transaction; commits when it returns normally.
    virtual StorageResult<bool>
    directory(const std::function<void(DirectoryTransaction &)> &work) = 0;
};

} // namespace lykta::server
