#pragma once

#include "catalog.h"
#include "database.h"
#include "record.h"
#include "remote.h"
#include "sync/core/auditupload.h"
#include "sync/core/delta.h"
#include "sync/core/hlc.h"
#include "sync/core/pushresponse.h"
#include "sync/core/statepage.h"
#include "sync/crypto/vault.h"

#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <span>

namespace lykta::store {

struct StoreOptions
{
    DatabaseOptions database;
    // The wall clock the device's HLC reads; tests inject skewed or jumping clocks.
    sync::HlcClock::PhysicalClock clock = sync::HlcClock::systemMilliseconds;
    // When set, every page of the file, its WAL and journals is sealed with this vault's key
    // (database.vfs is then the vault's), and the store can be locked. Must be unlocked.
    std::shared_ptr<crypto::Vault> vault;
    // How long one transaction of a pulled page runs before the next begins (applyRemote,
    // applyState): a write on another connection (the UI thread's) waits about this long at
    // most. Tests set 0 to apply every record in a transaction of its own.
    std::chrono::milliseconds applySlice{20};
};

// A condition of list(): field = value, a FieldValue like a change's. Named by a generated
// Field, it must be one of the listed entity's: the store refuses it otherwise
// (StoreErrc::UnknownField).
using Condition = FieldValue;

// The tablet's local store. write() is the one write path: each call commits, in one
// SQLite transaction, the new field values, one outbox delta per changed field stamped
// with the device's hybrid logical clock, and an audit entry per record. Nothing is ever
// hard-deleted; signed entries never change. Reads return plain values.
class Store
{
public:
    static Result<std::unique_ptr<Store>, StoreError> open(StoreOptions options);
    ~Store();

    // A fresh random device id (positive, never 0): the one a new store takes, and the one a
    // device enrolled again as another person asks the server for before startAfresh().
    static sync::DeviceId newDeviceId();
    // The device becomes a new one with an empty store: the file, its WAL and its migration
    // copies are removed and a new file is made in their place, with the same key, as
    // `device`. Everything the earlier person had here (records, outbox, audit log, drafts,
    // refused edits) is gone, so the caller first makes sure it has all reached the server.
    // Every other connection to the file must be closed; they open the new file afterwards.
    Result<bool, StoreError> startAfresh(sync::DeviceId device);
    // The files a store at `databasePath` is kept in: the database, its WAL, shared memory and
    // journal, and the copies taken before schema migrations (those that exist now). The key
    // file and the enrollment beside them are not the store's own.
    static Result<std::vector<std::string>, StoreError> filesOf(const std::string &databasePath);

    Result<WriteReceipt, StoreError> write(const Actor &actor, std::span<const Change> changes);
    Result<WriteReceipt, StoreError> write(const Actor &actor, const Change &change)
    {
        return write(actor, std::span<const Change>(&change, 1));
    }

    Result<std::optional<Record>, StoreError> get(std::string_view entity,
                                                  std::string_view id) const;
    // Live (not tombstoned) records matching every condition, ordered by a field.
    Result<std::vector<Record>, StoreError> list(std::string_view entity,
                                                 const std::vector<Condition> &where = {},
                                                 std::string_view orderBy = {}) const;

    // Full-text search over notes, amendments, conversations, family, child and group names.
    // `text` is what a person typed: words are matched as prefixes, case-insensitively, å/ä/ö
    // kept distinct. `filter` narrows it (units, kinds, period, author). Hits come in the order
    // a person reads them: a whole personnummer's children, then families, children and groups
    // whose names match, then what was written, newest day first.
    Result<std::vector<SearchHit>, StoreError> search(std::string_view text,
                                                      const SearchFilter &filter) const;
    Result<std::vector<SearchHit>, StoreError> search(std::string_view text, int limit = 50) const
    {
        SearchFilter filter;
        filter.limit = limit;
        return search(text, filter);
    }
    // Records not yet in the search index: a large pulled page (a first sync) leaves its
    // records queued rather than indexing them inside the sync's transactions; everything
    // written here, and a short page, is indexed as it commits.
    Result<std::size_t, StoreError> unindexed() const;
    // Indexes queued records, the oldest first, in one transaction of about `budget` (at least
    // one slice of records however long it takes); returns how many still wait. The sync
    // thread calls it after each sync until 0.
    Result<std::size_t, StoreError> indexQueued(std::chrono::milliseconds budget);

    // Appends an audit entry for a read, export, print or share of case data (writes
    // append their own). The log cannot be updated or deleted, not even by SQL.
    Result<bool, StoreError> audit(const Actor &actor, AuditAction action, std::string_view entity,
                                   std::string_view subject);
    // One entry per subject, all or none, in one transaction: a list's reads of its rows.
    Result<bool, StoreError> audit(const Actor &actor, AuditAction action, std::string_view entity,
                                   std::span<const std::string> subjects);
    Result<std::vector<AuditEntry>, StoreError> auditLog(std::string_view subject = {}) const;

    // Deltas not yet acknowledged by the server, oldest first.
    Result<std::vector<sync::Delta>, StoreError> outbox(std::size_t limit = SIZE_MAX) const;

    // --- Sync (storesync.cpp) ---------------------------------------------------------------

    // Applies a pulled page through sync::merge, with the page's next cursor. A long page goes
    // in slices of a few tens of milliseconds, each its own transaction, so another connection
    // (the UI thread's) never waits long to write; the cursor comes with the last one, and a
    // page cut between slices is pulled and applied again, which changes nothing already in.
    // Pulled deltas never enter the outbox; replays and this device's own deltas change
    // nothing. The device's clock advances past the page, unless the page lies more than the
    // clock bound ahead of the device's wall clock: then nothing is applied and the error is
    // ClockSkew.
    Result<RemoteApplyReport, StoreError> applyRemote(std::span<const sync::Delta> deltas,
                                                      std::uint64_t nextCursor);
    // Where the next pull starts (0 before the first).
    Result<std::uint64_t, StoreError> pullCursor() const;
    // Whether the next pull is a page of the server's state (a first sync): the store has
    // never pulled, or pulls from 0 again (after a restore of the server), or a state sync was
    // cut before its last page.
    Result<bool, StoreError> pullsState() const;
    // Applies a page of the server's state, with its cursor, in slices as applyRemote; the last
    // page (hasMore false) ends the state sync. Each field takes the server's value, timestamps,
    // author and conflict copies, whatever this device held of it; this device's unsent edits
    // of the field are then merged on top, as the server will merge them when they arrive. The
    // clock rule is applyRemote's (ClockSkew).
    Result<RemoteApplyReport, StoreError> applyState(const sync::StatePage &page);
    // The server compacted its log past this store's cursor: the next pull is a state sync
    // from 0 (pullsState). Nothing the store holds is touched.
    Result<bool, StoreError> restartFromState();
    // Takes the server's answer to a push: accepted deltas leave the outbox; a delta refused
    // for good leaves it too, its text kept in rejections() and its field put back to the
    // server's value; transient refusals stay to be pushed again. Replaying is harmless.
    Result<bool, StoreError> acknowledge(const sync::PushResponse &response);

    // The audit log's entries the server has not settled yet, oldest first: what the next
    // sync uploads to the server's audit log (ids and codes only, as the log holds them).
    Result<std::vector<sync::AuditRecord>, StoreError> unsentAudit(std::size_t limit) const;
    // The server has settled every entry up to `through` (stored or refused for good): they
    // are never sent again. Marks only forward; the log itself stays as it is.
    Result<bool, StoreError> markAuditSent(std::uint64_t through);

    // --- After a restore of the server (serverrestore.cpp) -----------------------------------

    // The copy of the server's database that answered a push or pull (protocol::kEpochHeader).
    // The first one heard of is kept. A different one means the server was restored from a
    // backup and may have lost what it took after the backup; in one transaction the store then
    //  - queues again this device's current value of every field it wrote last and has no
    //    unsent delta for, and its texts held here as conflict copies, oldest first, with
    //    their own timestamps and bases and `author` (the device's staff member: a device is
    //    one person's), so the restored copy gets back whatever it lost and answers what it
    //    still holds as accepted, changing nothing;
    //  - moves the unsent outbox behind them (it is newer: a signature must come after the
    //    text it signs), all under new counters above every one issued before, so no other
    //    device takes a new delta for one it has seen;
    //  - pulls again from 0 and sends its whole access log again (kept once by the server);
    //  - keeps the new epoch, and as resumeEpoch() until the server has taken a push.
    // An empty `author` is refused (WrongType) when there is something to queue.
    Result<EpochNote, StoreError> noteServerEpoch(std::string_view epoch, std::string_view author);
    // The epoch found restored until a push after it was taken (acknowledge); else nullopt.
    Result<std::optional<std::string>, StoreError> resumeEpoch() const;

    // Conflict copies awaiting resolution, for one record or (empty id) all of them.
    Result<std::vector<ConflictEntry>, StoreError> conflicts(std::string_view entity = {},
                                                             std::string_view id = {}) const;
    // Resolves one conflict copy: `text` becomes the field's value (the current text kept,
    // the copy's text, or a person's merge of both) in one ordinary write through the write
    // path, based on the current value and naming the copy as seen (sync::Delta::seen). Every
    // device that takes in that delta drops the copy, and no new copy is raised against
    // either version it replaced; an edit written elsewhere without seeing it still is.
    // NotFound when the copy is unknown or already resolved (here or by a pulled
    // resolution); SignedImmutable when the record was signed meanwhile (write an amendment).
    Result<WriteReceipt, StoreError> resolveConflict(const Actor &actor, const ConflictKey &key,
                                                     const sync::Value &text);
    // Every refused edit, handled or not, oldest first.
    Result<std::vector<RejectedEdit>, StoreError> rejections() const;
    // Marks a refused edit as dealt with by a person; its text stays (NotFound: no such edit).
    Result<bool, StoreError> markRejectionHandled(std::uint64_t counter);
    // An encrypted store: lock() closes the connection and wipes the data key; every call then
    // fails with StoreErrc::Locked until unlock() with the passphrase (WrongPassphrase leaves
    // it locked and every file as it was). A store without a vault is never locked.
    void lock();
    Result<bool, StoreError> unlock(std::string_view passphrase);
    bool isLocked() const { return !m_db->isOpen(); }

    sync::DeviceId deviceId() const { return m_clock.device(); }
    sync::Hlc lastHlc() const { return m_clock.last(); }
    const Catalog &catalog() const { return m_catalog; }
    // Stops the query running on this store's connection (Database::interrupt); from any
    // thread while the store is open.
    void interrupt() const { m_db->interrupt(); }

private:
    // The connection itself, for the store's own parts only: drafts keep their rows beside the
    // store's (DraftStore), and tests read the file under it (tests/store/storeinspector.h).
    // Everyone else goes through the store's calls, interrupt() and DatabaseOptions.
    friend class DraftStore;
    friend struct StoreInspector;
    Database &database() { return *m_db; }

    Store(std::unique_ptr<Database> db, sync::HlcClock clock, std::uint64_t deltaCounter,
          std::chrono::milliseconds applySlice);
    struct Loaded;
    Result<std::optional<Loaded>, StoreError> load(const EntityDef &def, std::string_view id) const;
    Result<std::size_t, StoreError> apply(const Actor &actor, const Change &change,
                                          std::string &id);
    Result<bool, StoreError> save(const EntityDef &def, std::string_view id, const Loaded &row,
                                  bool insert);
    class RemoteApply;
    // One pulled page (applyRemote, applyState), in slices: the clock takes `newest`, `fill`
    // applies the page, the cursor and (for a state page: whether more follow) the state sync
    // are written with its last slice.
    Result<RemoteApplyReport, StoreError>
    applyPulled(const sync::Hlc &newest, std::uint64_t nextCursor, std::optional<bool> stateSync,
                const std::function<Result<bool, StoreError>(RemoteApply &)> &fill);
    // After a transaction of a pull or of indexing, on the sync thread: what it wrote goes from
    // the WAL into the database file now, so the WAL stays short and a commit on the UI thread's
    // connection never finds it long enough to checkpoint it itself (SQLite's automatic
    // checkpoint runs in whichever commit passes 1,000 pages). A checkpoint that cannot finish
    // (a read under way) is left for the next one.
    Result<bool, StoreError> checkpoint();
    // Inside a transaction: takes up the clock and counter another connection to the same
    // file may have advanced (the sync worker has its own), so no timestamp or delta id is
    // ever issued twice or behind a pulled change.
    void catchUp();
    // Inside a transaction: one delta into the outbox, under its own counter.
    Result<bool, StoreError> enqueue(const sync::Delta &d);
    // The outbox deltas of one record, oldest first.
    Result<std::vector<sync::Delta>, StoreError> unsent(std::string_view entity,
                                                        std::string_view id) const;
    // The outbox delta with this counter, if still pending.
    Result<std::optional<sync::Delta>, StoreError> pending(std::uint64_t counter) const;
    // Inside a write: removes the named conflict copies of one field, all or none
    // (NotFound when any of them is not held).
    Result<bool, StoreError> dropCopies(std::string_view entity, std::string_view id,
                                        std::string_view field,
                                        const std::vector<sync::Hlc> &copies);
    // Inside noteServerEpoch's transaction: this device's current values not in the outbox,
    // and its conflict copies.
    Result<std::vector<sync::Delta>, StoreError> ownVersionsToSendAgain(std::string_view author);
    // Puts a field back to the server's value after the server refused `refused`.
    Result<bool, StoreError> restore(const sync::Delta &refused, const sync::Delta &current);
    Result<bool, StoreError> appendAudit(const Actor &actor, std::string_view unit,
                                         AuditAction action, std::string_view entity,
                                         std::string_view subject);

    std::unique_ptr<Database> m_db;
    Catalog m_catalog;
    sync::HlcClock m_clock;
    std::uint64_t m_deltaCounter = 0;
    std::chrono::milliseconds m_applySlice;
    std::shared_ptr<crypto::Vault> m_vault;
};

} // namespace lykta::store
