#pragma once

#include "sync/core/auditupload.h"
#include "sync/core/batch.h"
#include "sync/core/protocol.h"
#include "sync/core/pushresponse.h"
#include "sync/core/result.h"
#include "sync/core/serveraudit.h"
#include "sync/core/statepage.h"
#include "sync/core/unitdevices.h"

#include <atomic>
#include <chrono>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace lykta::sync::client {

// How a failure should be handled, decided where it arises (LiteCore's and Nextcloud's
// grading): the session backs off on Transient, waits for the network on Network, records
// PerRecord and goes on, stops on Fatal, and asks for enrollment again on Unauthorized.
enum class ErrorClass : std::uint8_t
{
    Transient,    // timeouts, a dropped or cut connection, 5xx, 429: retry with backoff
    Network,      // no route, refused, DNS: wait for the network, then retry
    PerRecord,    // one delta was refused: recorded with it, the sync goes on
    Fatal,        // a certificate that is not trusted, a protocol mismatch: stop and say why
    Unauthorized, // 401: the token is unknown or revoked; enroll again
    // 410 erase: a manager reported the device lost or stolen. Erase the store, its key file
    // and drafts at once, then tell the server (Transport::confirmErased)
    Erase,
};
const char *toString(ErrorClass c);

struct TransportError
{
    ErrorClass errorClass = ErrorClass::Fatal;
    int httpStatus = 0;                                        // 0 when no answer came
    protocol::ApiError apiError = protocol::ApiError::Unknown; // the server's error code
    std::string detail;                                        // for logs: curl's or the server's
    std::chrono::seconds retryAfter{0}; // the answer's Retry-After (a 429, a 503); 0: none
    std::string serverDetail{};         // the error body's detail (a code-like hint); or empty
};

template <class T>
using TransportResult = Result<T, TransportError>;

// Why a server address is refused before a single byte is sent (TransportError::detail, with
// ErrorClass::Fatal): plain http:// to a host other than this device, or not an address.
inline constexpr std::string_view kInsecureServer = "insecure-server";
inline constexpr std::string_view kBadServer = "bad-server";
// A server from before state pages answers a pull for one with a page of the log
// (TransportError::detail, with ErrorClass::Fatal): a first sync then pulls the log.
inline constexpr std::string_view kNoStatePages = "no-state-pages";

// The address as the client uses it. Typed without a scheme it means https://; plain http://
// is allowed only to this device (127.0.0.0/8, ::1, localhost), where nothing crosses a
// network; any other scheme, or http:// elsewhere, is refused (kInsecureServer, kBadServer).
TransportResult<std::string> checkServerUrl(std::string_view typed);

struct TransportOptions
{
    std::string baseUrl; // as checkServerUrl() takes it; the transport refuses what it refuses
    std::string caFile;  // extra trust anchors (a private CA); empty: the system's
    std::string token;   // the device token from enrollment
    std::chrono::milliseconds connectTimeout;
    std::chrono::milliseconds requestTimeout;
    std::uint32_t lowSpeedBytes = 0;      // per second ...
    std::chrono::seconds lowSpeedTime{0}; // ... for this long aborts the transfer
    bool verifyPeer = true;               // never false outside tests of the refusal itself

    TransportOptions();
};

// What travelled, for progress and the benchmark: every byte on the wire the client saw
// (request and response headers and bodies, before TLS), and the requests made.
struct TransferStats
{
    std::uint64_t requests = 0;
    std::uint64_t bytesSent = 0;
    std::uint64_t bytesReceived = 0;
};

struct EnrollRequest
{
    std::string code;
    DeviceId device = 0;
    std::string name;
    std::string replaces{}; // the token of the enrollment this one takes over (may be empty)
};

struct Enrollment
{
    std::string token;
    std::string kind; // staff, kiosk
    DeviceId device = 0;
    std::string staffId;
    std::string staffName;
    std::vector<std::string> units;
};

struct Health
{
    std::string status;
    int format = 0;
    int schema = 0;
    std::int64_t serverTimeMs = 0; // the answer's Date header; 0 when absent
};

// A unit's follow-up report, for a manager's device (GET /v1/report).
struct ReportQuery
{
    std::string unit;
    std::string from;   // YYYY-MM-DD
    std::string to;     // YYYY-MM-DD, both days included
    std::string format; // csv, pdf
};

struct ReportDownload
{
    std::string bytes;
    std::string contentType;
};

// A manager's request for an enrollment code (POST /v1/manage/code): for a staff member of
// the unit, or (kiosk) for a waiting room's kiosk of the unit.
struct CodeRequest
{
    std::string unit;
    bool kiosk = false;
    std::string staff; // a staff device's staff member; empty for a kiosk
};

struct IssuedCode
{
    std::string code;           // "<id>-<secret>", shown once
    std::int64_t expiresMs = 0; // ms since the epoch
};

// What deactivating (or reactivating) a staff member did on the server.
struct StaffChange
{
    std::uint64_t devicesRevoked = 0;
    std::uint64_t codesExpired = 0;
};

// The client's view of lykta-server: typed calls, each one HTTP request with a timeout and a
// request id, each returning a value or a classed error. Implemented with libcurl in exactly
// one .cpp (curltransport.cpp); the sync session and lykta-sync only see this interface.
class Transport
{
public:
    virtual ~Transport() = default;
    virtual TransportResult<Health> health() = 0;
    virtual TransportResult<Enrollment> enroll(const EnrollRequest &request) = 0;
    // `resumeEpoch`: set (protocol::kResumeHeader) when the device found the server restored
    // from a backup and sends what the restored copy lost (LocalReplica::resumeEpoch).
    virtual TransportResult<PushResponse> push(const Batch &batch,
                                               const std::string &resumeEpoch) = 0;
    TransportResult<PushResponse> push(const Batch &batch) { return push(batch, {}); }
    virtual TransportResult<Batch> pull(std::uint64_t since, std::uint32_t limit) = 0;
    // A first sync's page of the server's current state (protocol::kStateForm); `limit`
    // counts records.
    virtual TransportResult<StatePage> pullState(std::uint64_t since, std::uint32_t limit) = 0;
    // The epoch (protocol::kEpochHeader) the last successful push or pull answer named: which
    // copy of the server's database answered. Empty before one did.
    virtual std::string answeredEpoch() const = 0;
    // The device's own access-log entries (POST /v1/audit); idempotent by device + entry seq.
    virtual TransportResult<AuditReceipt> uploadAudit(const AuditUpload &upload) = 0;
    // Fatal with HTTP 403 (ApiError::Forbidden) for anyone but a manager of that unit.
    virtual TransportResult<ReportDownload> report(const ReportQuery &query) = 0;
    // The server's audit log about one child or family (GET /v1/audit?subject=): Fatal with
    // HTTP 403 (ApiError::Forbidden) for anyone but a manager of its unit.
    virtual TransportResult<ServerAudit> auditExtract(const std::string &subject) = 0;

    // A manager's handling of the unit's tablets and staff (the kManage*Path requests): Fatal
    // with HTTP 403 (ApiError::Forbidden) for anyone but a manager of the unit.
    virtual TransportResult<UnitDevices> unitDevices(const std::string &unit) = 0;
    virtual TransportResult<IssuedCode> issueCode(const CodeRequest &request) = 0;
    // `erase`: lost or stolen; the tablet erases itself on its next contact.
    virtual TransportResult<bool> revokeDevice(DeviceId device, bool erase) = 0;
    // active = false deactivates a leaver (their devices revoked, unused codes expired).
    virtual TransportResult<StaffChange> setStaffActive(const std::string &staff, bool active) = 0;
    // After ErrorClass::Erase, once everything is erased: the server records it.
    virtual TransportResult<bool> confirmErased() = 0;

    virtual void setToken(const std::string &token) = 0;
    // From any thread, like answeredEpoch(); every other call from one thread at a time.
    virtual TransferStats stats() const = 0;
    // From any thread: the request under way fails (Transient, "cancelled") as soon as libcurl
    // next reports progress, and later requests fail at once until reset.
    virtual void cancel() = 0;
    virtual void resetCancel() = 0;
};

std::unique_ptr<Transport> makeCurlTransport(TransportOptions options);

} // namespace lykta::sync::client
