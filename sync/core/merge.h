#pragma once

#include "delta.h"
#include "fieldstate.h"
#include "rejectreason.h"

#include <optional>
#include <string_view>
#include <vector>

namespace lykta::sync {

// How a field merges: plain fields (including the `deleted` tombstone and `status`) are
// last-writer-wins; long text (LONGTEXT columns) also keeps the loser of a concurrent edit.
enum class FieldKind : std::uint8_t
{
    Plain,
    LongText,
};

inline constexpr std::string_view kDeletedField = "deleted";
inline constexpr std::string_view kStatusField = "status";
inline constexpr std::string_view kSignedStatus = "signed";
// Who signed a record: the signer's staff id, which only the signer's own device may write.
inline constexpr std::string_view kSignedByField = "signed_by";
// `deleted` = kDeletedPurged: retention (gallring) removed the record on the server. A replica
// that receives it removes the record and everything kept about it, whatever the clocks say;
// it is not merged (it is a removal, not a value). A normal delete is `deleted` = 1.
inline constexpr std::int64_t kDeletedPurged = 2;
// The detail of the Invalid refusal of a push to a record retention removed.
inline constexpr std::string_view kPurgedDetail = "purged";
// The detail of the Invalid refusal of a long-text edit that would keep one more conflict copy
// on a record whose copies already hold limits::kMaxConflictBytesPerRecord: the device keeps
// the text as a refused change until someone resolves the record's conflicts.
inline constexpr std::string_view kConflictsFullDetail = "conflicts_full";

// True when a `status` value marks the record signed (and so immutable).
bool isSignedStatus(const Value &status);

enum class MergeResult : std::uint8_t
{
    Applied,   // the incoming value is now current
    Lost,      // an older value than current: ignored (plain) or kept as a conflict copy
    Duplicate, // already current, already a conflict copy, or already superseded: no change
    Rejected,  // not applied; `reason` says why
};

struct MergeOutcome
{
    MergeResult result = MergeResult::Duplicate;
    RejectReason reason = RejectReason::None;
    // The field's state after the merge (equal to the input unless changed()).
    FieldState state;
    // A long text that lost a concurrent edit and must be kept (added to state.conflicts):
    // either the displaced current value or the incoming one.
    std::optional<ConflictCopy> conflict;
    // Conflict copies the incoming delta was based on: its writer saw them and replaced
    // them, so they are resolved (removed from state.conflicts).
    std::vector<Hlc> resolved;

    bool changed() const
    {
        return result == MergeResult::Applied || conflict.has_value() || !resolved.empty();
    }
};

// The one merge rule, for local writes and remote deltas alike. Pure: same inputs, same
// outcome, on every device and on the server.
//
// - Order: deltas compare by hlc (wall, counter, device), a total order; the higher wins.
// - Idempotent: a delta whose hlc is already current or a conflict copy is a Duplicate; so is
//   a long text some known value was based on (it was seen and replaced).
// - Long text: when the winner was not written on top of the loser (winner.base != loser.hlc)
//   the loser is kept as a conflict copy, never dropped. A delta based on a conflict copy, or
//   naming it in `seen`, resolves that copy; a delta that names the current value in `seen`
//   (a resolution written on top of a copy) replaces it knowingly too. Given causal delivery (a
//   delta arrives after the delta its base names, which per-device push order and server-ordered
//   pulls guarantee), the final state is the same for every delivery order: the highest-hlc value
//   is current and the copies are exactly the values no one replaced knowingly.
// - Tombstones: `deleted` is a plain field, so a delete wins over edits older than it and
//   loses to a newer re-creation (deleted = 0). Edits to other fields are never discarded by
//   a delete; they stay under the tombstone and reappear on re-creation.
// - Signed records: when `recordSigned` (the record's status is 'signed' on this replica)
//   every non-duplicate delta is Rejected with SignedImmutable. Pass false for deltas pulled
//   from the server: it already judged them in its order, which is the order of record.
MergeOutcome merge(const FieldState &current, const Delta &incoming, FieldKind kind,
                   bool recordSigned);

} // namespace lykta::sync
