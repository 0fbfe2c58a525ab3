#pragma once

#include "sync/core/fieldstate.h"
#include "sync/core/rejectreason.h"

#include <cstddef>
#include <cstdint>
#include <string>

namespace lykta::store {

// What one Store::applyRemote call did with a pulled page, delta by delta.
struct RemoteApplyReport
{
    std::size_t applied = 0;    // now the current value of its field
    std::size_t lost = 0;       // older than the current value (long text: kept as a copy)
    std::size_t duplicates = 0; // seen before, or this device's own delta coming back
    std::size_t conflicts = 0;  // conflict copies created (the displaced or incoming text)
    std::size_t resolved = 0;   // conflict copies another writer resolved
    std::size_t unknown = 0;    // entity or field this build does not know: kept aside
    std::size_t records = 0;    // records written
    std::size_t purged = 0;     // records removed by the server's retention, with all kept of them
};

// What Store::noteServerEpoch found, and what it queued again when the server was restored.
struct EpochNote
{
    bool restored = false;    // another copy of the server's database than the one before
    std::size_t requeued = 0; // this device's current values queued to be sent again
    std::size_t moved = 0;    // unsent deltas moved behind them, under new counters
};

// The losing text of a concurrent edit, kept beside its record until a person resolves it,
// with the field's current version (value, timestamp, author) to show beside it.
struct ConflictEntry
{
    std::string entity;
    std::string entityId;
    std::string field;
    sync::ConflictCopy copy;
    sync::ConflictCopy current{};
};

// Names one conflict copy: the field it belongs to and the version (unique across devices).
struct ConflictKey
{
    std::string entity;
    std::string entityId;
    std::string field;
    sync::Hlc copy;
};

// An edit of this device that the server refused for good. The text stays readable here;
// the record itself was put back to the server's version.
struct RejectedEdit
{
    std::uint64_t counter = 0; // this device's delta counter
    std::string entity;
    std::string entityId;
    std::string field;
    sync::Value value;
    sync::Hlc hlc;
    std::string author;
    sync::RejectReason reason = sync::RejectReason::None;
    std::string detail;
    std::int64_t atMs = 0;
    std::int64_t handledMs = 0; // when a person marked it dealt with; 0 while it waits
};

} // namespace lykta::store
