#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>

// The HTTP contract between lykta-server and the sync client: paths, headers, the error
// codes of a refused request, and the small form encoding of the control-plane bodies
// (enrollment, health). Delta traffic (push, pull) travels in the codec's envelope.
namespace lykta::sync::protocol {

// A kiosk pulls current values, not the log (see SyncService::pullKiosk). Those deltas are
// re-numbered as if one device had written them in the server's order: device
// kKioskSnapshotDevice (0, which no device can enroll as), counter = the record's last log
// sequence × kKioskFieldSlots + the field's place. A replica's per-device ledger then sees
// counters that only grow, even when a card published today carries text written before
// cards the kiosk already holds.
inline constexpr std::uint64_t kKioskSnapshotDevice = 0;
inline constexpr std::uint64_t kKioskFieldSlots = 256;
// The retention job's tombstones (`deleted` = kDeletedPurged) and the staff records the server
// writes (sync/server/staffdirectory.h) are written to the log as this device, counter after
// counter. Device 0 cannot enroll, so the id is the server's own; staff devices pull the log
// (never kiosk snapshots), so the two uses never meet in one ledger.
inline constexpr std::uint64_t kRetentionDevice = 0;

// Liveness: the process answers (the release, the wire format and schema), without touching the
// database. Readiness: the database answers too (200 status=ready, with the database's backend
// and schema version), or 503 status=unavailable.
inline constexpr std::string_view kHealthPath = "/v1/health";
inline constexpr std::string_view kReadyPath = "/v1/ready";
// The Prometheus text exposition, for a scraper holding the token of `serve
// --metrics-token-file` (Authorization: Bearer); 404 when the server was started without one.
inline constexpr std::string_view kMetricsPath = "/metrics";
inline constexpr std::string_view kEnrollPath = "/v1/enroll";
inline constexpr std::string_view kPushPath = "/v1/push";
inline constexpr std::string_view kPullPath = "/v1/pull"; // ?since=CURSOR&limit=N
// ?form=state on kPullPath: a first sync's page of the server's current state (a StatePage
// envelope, `limit` counts records) instead of a page of the log (a Batch).
inline constexpr std::string_view kPullForm = "form";
inline constexpr std::string_view kStateForm = "state";
// ?wire=2 on kPullPath: the tablet reads the compact form of pages (codec.h, WireForm); a pull
// without it is answered in the first form, for a tablet from before the compact one. A push
// is sent compact; a server from before it refuses it (400 malformed, detail
// unsupported-version) and the tablet sends it again in the first form.
inline constexpr std::string_view kWireParam = "wire";
inline constexpr std::string_view kCompactWire = "2";
// A tablet's own access-log entries (an AuditUpload envelope → an AuditReceipt envelope).
// GET with ?subject=<child or family id>: the server's audit log about it for a manager of its
// unit (a ServerAudit envelope), or 403 {"error":"forbidden"} for anyone else.
inline constexpr std::string_view kAuditPath = "/v1/audit";
inline constexpr std::string_view kAuditSubject = "subject";
// A unit's follow-up report for a manager's device: the file itself (text/csv or
// application/pdf), or 403 {"error":"forbidden"} for anyone but a manager of that unit.
inline constexpr std::string_view kReportPath = "/v1/report"; // ?unit=&from=&to=&format=

// A manager's handling of the unit's tablets and staff, from a staff device whose staff member
// is a manager of the unit (403 {"error":"forbidden"} for anyone else; each refusal audited):
// GET ?unit=: the unit's devices and staff (a UnitDevices envelope).
inline constexpr std::string_view kManageDevicesPath = "/v1/manage/devices";
// POST (form manage::kUnit, manage::kKind, manage::kStaff): a new enrollment code, answered
// as a form (manage::kCode, manage::kExpires).
inline constexpr std::string_view kManageCodePath = "/v1/manage/code";
// POST (form manage::kDevice, manage::kErase "1" for a lost or stolen tablet): revokes it.
inline constexpr std::string_view kManageRevokePath = "/v1/manage/revoke";
// POST (form manage::kStaff, manage::kActive "0" or "1"): deactivates a staff member who
// leaves (their devices revoked, their unused codes expired) or reactivates them.
inline constexpr std::string_view kManageStaffPath = "/v1/manage/staff";
// POST, by a device told ApiError::Erase, once it has erased its store, key and drafts: the
// server records that it did (its token answers this one path, once).
inline constexpr std::string_view kErasedPath = "/v1/erased";

// Query parameters of kReportPath.
namespace report {
inline constexpr std::string_view kUnit = "unit";
inline constexpr std::string_view kFrom = "from";     // YYYY-MM-DD
inline constexpr std::string_view kTo = "to";         // YYYY-MM-DD, both days included
inline constexpr std::string_view kFormat = "format"; // csv, pdf
} // namespace report

// Field names of the manager's requests and answers (kManage*Path), form-encoded.
namespace manage {
inline constexpr std::string_view kUnit = "unit";
inline constexpr std::string_view kKind = "kind";   // "staff" or "kiosk"
inline constexpr std::string_view kStaff = "staff"; // a staff member's id
inline constexpr std::string_view kDevice = "device";
inline constexpr std::string_view kErase = "erase";     // "1": lost or stolen, erase on contact
inline constexpr std::string_view kActive = "active";   // "0": deactivate, "1": reactivate
inline constexpr std::string_view kCode = "code";       // answer: "<id>-<secret>"
inline constexpr std::string_view kExpires = "expires"; // answer: ms since the epoch
inline constexpr std::string_view kRevoked = "revoked"; // answer: devices revoked
inline constexpr std::string_view kExpired = "expired"; // answer: codes expired
} // namespace manage

// On every push and pull answer: which copy of the server's database answered (random; new
// after each restore from a backup). A tablet that sees it change knows the server may have
// lost what it accepted after the backup.
inline constexpr std::string_view kEpochHeader = "X-Lykta-Epoch";
// On a push from a tablet that found the server restored from a backup: the epoch it found.
// Its counters go on past those the restored copy lost with what it accepted after the
// backup, so the copy takes the batch's first new counter as following on from the device's
// last (once; the next delta must follow on as ever). Ignored unless it names the answering
// copy's epoch. A gap harms no one but the device itself: counters only order its own deltas.
inline constexpr std::string_view kResumeHeader = "X-Lykta-Resume";

// The User-Agent the client sends: "lykta/<release>"; the server keeps the release as the
// device's app version.
inline constexpr std::string_view kUserAgentPrefix = "lykta/";

// `Authorization: Bearer <token>` on push and pull.
inline constexpr std::string_view kBearerPrefix = "Bearer ";
// Echoed back by the server and written to its log, so one request can be traced end to end.
inline constexpr std::string_view kRequestIdHeader = "X-Request-Id";
// On a 429 (Throttled): whole seconds until the request may be made again (RFC 9110).
inline constexpr std::string_view kRetryAfterHeader = "Retry-After";
inline constexpr std::string_view kEnvelopeType = "application/x-lykta";
inline constexpr std::string_view kFormType = "application/x-www-form-urlencoded";
inline constexpr std::string_view kErrorType = "application/json";

// Why a request was refused: the `error` of the JSON body {"error":"<code>"} of every 4xx and
// 5xx answer. Values are part of the API; the client classes them, the app turns them into
// words.
enum class ApiError : std::uint8_t
{
    Unknown = 0,      // a code this build does not know (a newer server)
    Unauthorized,     // 401: no token, an unknown token, or a revoked device
    BadCode,          // 401: no enrollment code with that id and secret
    CodeUsed,         // 410: the enrollment code has been redeemed already
    CodeExpired,      // 410
    CodeLocked,       // 429: too many wrong secrets for this code; ask for a new one
    DeviceExists,     // 409: this device id is enrolled already
    Forbidden,        // 403: authenticated, but not allowed (e.g. a kiosk pushing)
    DeviceMismatch,   // 403: a push batch from another device than the token's
    BadRequest,       // 400: missing or malformed parameters
    Malformed,        // 400: the body is not a valid envelope (codec error in `detail`)
    TooLarge,         // 413: the body is larger than limits::kMaxWireBytes
    UnsupportedMedia, // 415: a content encoding or type the server does not accept
    NotFound,         // 404
    Internal,         // 500: the server failed; nothing was changed, retry later
    Unavailable,      // 503: storage busy or shutting down; retry later
    Throttled,        // 429: too many pulls from cursor 0; retry after the Retry-After header
    // 410: a manager reported this device lost or stolen: erase its store, key file and
    // drafts now, then POST kErasedPath
    Erase,
    StaffInactive, // 409: the staff member has been deactivated (no code, no enrollment)
    // 410: a pull of the log from a cursor below the compaction horizon (or from 0 once the log
    // is compacted): start again from the server's state (kStateForm)
    Compacted,
};

const char *toString(ApiError error);
ApiError apiErrorFromString(std::string_view code);

// {"error":"<code>","detail":"<detail>"}; detail is a code-like hint (ASCII, no personal data).
std::string errorBody(ApiError error, std::string_view detail = {});
// The error code of an error body, Unknown when there is none.
ApiError parseErrorBody(std::string_view body);
// The detail of an error body, empty when there is none.
std::string parseErrorDetail(std::string_view body);

// application/x-www-form-urlencoded, for the enrollment request and answer. Decoding is
// bounded: at most kMaxFormFields fields of kMaxFormBytes in all; nullopt on anything malformed.
using Form = std::map<std::string, std::string, std::less<>>;
inline constexpr std::size_t kMaxFormBytes = 4096;
inline constexpr std::size_t kMaxFormFields = 32;
std::string encodeForm(const Form &form);
std::optional<Form> decodeForm(std::string_view text);

// Field names of the enrollment exchange.
namespace enroll {
inline constexpr std::string_view kCode = "code";     // request: "<id>-<secret>"
inline constexpr std::string_view kDevice = "device"; // request: the store's device id
inline constexpr std::string_view kName = "name";     // request: a label for admins (optional)
// request (optional): the token of the enrollment this one takes over; revoked on success
inline constexpr std::string_view kReplaces = "replaces";
inline constexpr std::string_view kToken = "token"; // answer: the device token
inline constexpr std::string_view kKind = "kind";   // answer: "staff" or "kiosk"
inline constexpr std::string_view kStaff = "staff"; // answer: staff id (staff devices)
inline constexpr std::string_view kStaffName = "staff_name";
inline constexpr std::string_view kUnits = "units"; // answer: unit ids, comma-separated
} // namespace enroll

} // namespace lykta::sync::protocol
