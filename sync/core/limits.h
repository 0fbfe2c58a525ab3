#pragma once

// Every tuning constant of the sync layer, in one place, so a reviewer can see the whole
// envelope of what a peer may send and how the engine paces itself. Times are typed with
// std::chrono; sizes are bytes unless the name says otherwise.

#include <chrono>
#include <cstddef>
#include <cstdint>

namespace lykta::sync::limits {

// --- Untrusted input: caps checked before anything is allocated --------------------------

// Largest envelope (header + compressed payload) a decoder looks at. The HTTP layer should
// refuse bigger bodies before reading them (413).
inline constexpr std::size_t kMaxWireBytes = 8u << 20;
// Largest decompressed payload. zstd's declared frame size is checked against this before
// the output buffer is allocated.
inline constexpr std::size_t kMaxDecodedBytes = 32u << 20;
// Deltas in one push batch or pull page; also caps accepted/rejected lists in a response.
inline constexpr std::uint64_t kMaxDeltasPerBatch = 10'000;
// Identifiers: entity type, record UUID, field name, author id, reason details.
inline constexpr std::uint64_t kMaxNameBytes = 256;
// A tablet's access-log entries per upload (POST /v1/audit); a sync sends as many uploads as
// it takes. Each entry is under 1.5 KiB even at kMaxNameBytes per field, so an upload stays
// well under kMaxWireBytes.
inline constexpr std::uint64_t kMaxAuditEntriesPerUpload = 2'000;
// Entries of one subject's server extract (GET /v1/audit?subject=); past it the newest are sent
// and the answer says how many older ones were left out. Each entry is under 2.7 KiB even at
// kMaxNameBytes per field, so an answer stays under kMaxWireBytes.
inline constexpr std::uint64_t kMaxServerAuditEntries = 2'000;
// A text value (a note body is the longest legitimate one, a few tens of KiB).
inline constexpr std::uint64_t kMaxTextBytes = 1u << 20;
// A blob value (signatures, small attachments; photos do not travel as deltas).
inline constexpr std::uint64_t kMaxBlobBytes = 4u << 20;
// Conflict copies kept for one field before a human resolves them.
inline constexpr std::uint64_t kMaxConflictCopies = 64;

// --- Clock ----------------------------------------------------------------------------------

// A received timestamp further ahead of local physical time than this is refused rather
// than allowed to drag the clock (and every later write) into the future.
inline constexpr std::chrono::milliseconds kMaxClockAhead = std::chrono::hours(24);

// --- Transport pacing -----------------------------------------------------------------------

// Deltas per pull page when the client does not ask; the server clamps requests to the max.
// Large pages keep a first sync of a whole unit to a handful of requests (a note is about ten
// deltas; 10,000 deltas of notes are well under a megabyte compressed).
inline constexpr std::uint32_t kDefaultPullLimit = 10'000;
inline constexpr std::uint32_t kMaxPullLimit = 10'000;
// Deltas per push batch the client builds from its outbox (cut where a write ends, so a new
// record's fields and its unit_id always travel together).
inline constexpr std::uint32_t kPushBatchSize = 10'000;
// Transient failures back off exponentially from the first delay to the cap.
inline constexpr std::chrono::milliseconds kRetryFirstDelay = std::chrono::seconds(2);
inline constexpr std::chrono::milliseconds kRetryMaxDelay = std::chrono::minutes(5);

// The client's HTTP timeouts: connecting, the whole exchange, and a stalled transfer (less
// than kLowSpeedBytes per second for kLowSpeedTime aborts, so a dying link fails fast).
inline constexpr std::chrono::milliseconds kConnectTimeout = std::chrono::seconds(10);
inline constexpr std::chrono::milliseconds kRequestTimeout = std::chrono::minutes(5);
inline constexpr std::uint32_t kLowSpeedBytes = 1024;
inline constexpr std::chrono::seconds kLowSpeedTime{30};
// The server drops a connection that sends nothing for this long.
inline constexpr std::chrono::seconds kServerReadTimeout{30};

// --- Enrollment ---------------------------------------------------------------------------

// Wrong secrets for one enrollment code before it is locked for good.
inline constexpr int kMaxCodeAttempts = 5;
// How long an enrollment code is valid when the admin does not say.
inline constexpr std::chrono::minutes kDefaultCodeLifetime = std::chrono::hours(24);

// --- Retention ------------------------------------------------------------------------------

// Tombstones are purged only after every device can be assumed to have pulled them; a device
// offline longer than this must re-bootstrap from a full pull.
inline constexpr std::chrono::days kTombstoneRetention{180};

} // namespace lykta::sync::limits
