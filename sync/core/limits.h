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
// Devices, and staff members, in one unit's answer to a manager (GET /v1/manage/devices). Each
// is under 1.8 KiB even at kMaxNameBytes per field, so an answer stays under kMaxWireBytes.
inline constexpr std::uint64_t kMaxUnitDevices = 2'000;
// A text value (a note body is the longest legitimate one, a few tens of KiB).
inline constexpr std::uint64_t kMaxTextBytes = 1u << 20;
// A blob value (signatures, small attachments; photos do not travel as deltas).
inline constexpr std::uint64_t kMaxBlobBytes = 4u << 20;
// Conflict copies kept for one field before a human resolves them.
inline constexpr std::uint64_t kMaxConflictCopies = 64;
// Bytes of the conflict copies the server keeps for one record (all its fields together):
// every push to the record decodes them. Room for three copies of the longest text; an edit
// that would keep one more is refused (the device keeps it) until someone resolves them.
inline constexpr std::uint64_t kMaxConflictBytesPerRecord = 4u << 20;

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
// Encoded bytes of one pull page (a staff device's page of the log, a kiosk's snapshot page)
// past which the server cuts it, whatever the delta limit: a unit's large notes must never make
// a page the encoder refuses (beyond kMaxWireBytes), which no tablet could ever pull past. A
// page takes deltas while they fit, and always its first, so it is never empty while rows
// remain: it stays below max(this, the largest delta). The largest delta is a blob of
// kMaxBlobBytes (a push carrying more is refused, see serialization.h), so a page always fits
// the wire with room for zstd's worst case on incompressible text.
inline constexpr std::uint64_t kMaxPullPageBytes = 4u << 20;
static_assert(kMaxPullPageBytes <= kMaxWireBytes / 2);
static_assert(kMaxBlobBytes <= kMaxWireBytes / 2); // the largest delta, with its names likewise
// Records in one state page (GET /v1/pull?form=state), fields of one record in it, and the
// distinct names (entities, fields, authors) a page writes once each. The page's byte budget
// is kMaxPullPageBytes, counted on the records' stored state.
inline constexpr std::uint64_t kMaxStateRecords = 10'000;
inline constexpr std::uint64_t kMaxStateFields = 256;
inline constexpr std::uint64_t kMaxStateNames = 65'536;
// Deltas per push batch the client builds from its outbox (cut where a write ends, so a new
// record's fields and its unit_id always travel together).
inline constexpr std::uint32_t kPushBatchSize = 10'000;
// The largest follow-up report file GET /v1/report sends: the most the client reads of any
// answer (curltransport.cpp). A larger one is refused with 413 `report`, not cut short.
inline constexpr std::size_t kMaxReportBytes = kMaxWireBytes;
// Encoded bytes of one push batch past which the client ends it, after the last whole write that
// fits (a write larger than this goes alone): a tablet holding many large notes still pushes.
inline constexpr std::uint64_t kMaxPushBatchBytes = kMaxPullPageBytes;
// Pulls from cursor 0 (a whole copy of a device's units) per device: kFullPullBurst in a row,
// then one each kFullPullInterval; past that the server answers 429 with Retry-After. A first
// sync is one such pull (then pages with a cursor), and the burst covers its retries.
inline constexpr int kFullPullBurst = 6;
inline constexpr std::chrono::milliseconds kFullPullInterval = std::chrono::minutes(2);
// The longest Retry-After the client waits for before its next attempt; a longer one is
// waited for this long (the server answers 429 again if it is still too early).
inline constexpr std::chrono::milliseconds kMaxRetryAfter = std::chrono::minutes(5);
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

// --- The server's connections (slow or hostile clients) -----------------------------------

// A request line and its headers together. A tablet sends well under 1 KiB; anything larger
// is refused (431) as it arrives, before cpp-httplib would buffer a line of any length.
inline constexpr std::size_t kMaxHeaderBytes = 8u << 10;
// The whole header block (and the TLS handshake before the first one) must arrive within
// this, however the bytes trickle: a per-read timeout alone lets one byte every few seconds
// hold a request thread for ever.
inline constexpr std::chrono::seconds kHeaderTimeout{10};
// The whole body of a request: the client gives up after kRequestTimeout, so does the server.
inline constexpr std::chrono::milliseconds kServerBodyTimeout = kRequestTimeout;
// A tablet's sync is a few requests in a row; an idle kept-alive connection only holds a
// request thread, so it is closed soon, and after this many requests in any case.
inline constexpr std::chrono::seconds kKeepAliveIdle{2};
inline constexpr std::size_t kKeepAliveMaxRequests = 100;
// Open connections from one client address (serve --max-connections-per-address); well under
// kServerThreads so that one address cannot hold every request thread. A site whose tablets
// reach the server through one NAT or proxy address raises it (0: no cap).
inline constexpr int kMaxConnectionsPerAddress = 32;
// Request threads (serve --threads). A connection holds one while it is open.
inline constexpr int kServerThreads = 64;
// After refusing a request whose body is still arriving, the server reads and drops input for
// at most this long before closing, so that the client reads the refusal instead of a reset.
inline constexpr std::chrono::seconds kRefusalLinger{1};

// --- Enrollment ---------------------------------------------------------------------------

// Wrong secrets for one enrollment code before it is locked for good.
inline constexpr int kMaxCodeAttempts = 5;
// How long an enrollment code is valid when the admin does not say.
inline constexpr std::chrono::minutes kDefaultCodeLifetime = std::chrono::hours(24);
// The longest an admin may make one valid: a code is a key to a unit's records until used.
inline constexpr std::chrono::minutes kMaxCodeLifetime = std::chrono::days(7);

// --- Retention ------------------------------------------------------------------------------

// Tombstones are purged only after every device can be assumed to have pulled them; a device
// offline longer than this must re-bootstrap from a full pull.
inline constexpr std::chrono::days kTombstoneRetention{180};

} // namespace lykta::sync::limits
