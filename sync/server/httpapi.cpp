#include "httpapi.h"

#include "credentials.h"
#include "serverlog.h"

#include "sync/core/codec.h"
#include "sync/core/limits.h"
#include "sync/core/protocol.h"
#include "sync/core/version.h"

#include <httplib.h>

#include <charconv>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <random>
#include <utility>

namespace lykta::server {

namespace protocol = sync::protocol;
using protocol::ApiError;

namespace {

// When the request being served on this thread had its headers read (pre-routing); the logger
// measures from it.
thread_local std::chrono::steady_clock::time_point requestStart;

// RFC 9110's IMF-fixdate, in English whatever the server's locale.
std::string httpDate(std::time_t at)
{
    static constexpr const char *kDays[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    static constexpr const char *kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                              "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    std::tm utc{};
    gmtime_r(&at, &utc);
    char out[40];
    std::snprintf(out, sizeof out, "%s, %02d %s %04d %02d:%02d:%02d GMT", kDays[utc.tm_wday],
                  utc.tm_mday, kMonths[utc.tm_mon], utc.tm_year + 1900, utc.tm_hour, utc.tm_min,
                  utc.tm_sec);
    return out;
}

void fail(httplib::Response &res, const ApiFailure &f)
{
    res.status = f.status;
    if (f.retryAfter.count() > 0)
        res.set_header(std::string(protocol::kRetryAfterHeader),
                       std::to_string(f.retryAfter.count()));
    res.set_content(protocol::errorBody(f.error, f.detail), std::string(protocol::kErrorType));
}

void fail(httplib::Response &res, int status, ApiError error, std::string_view detail = {})
{
    fail(res, ApiFailure{status, error, std::string(detail)});
}

bool saneRequestId(std::string_view id)
{
    if (id.empty() || id.size() > 64)
        return false;
    for (const char c : id) {
        if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-' && c != '_' && c != '.')
            return false;
    }
    return true;
}

std::string newRequestId()
{
    thread_local std::mt19937_64 random{std::random_device{}()};
    char text[17];
    std::snprintf(text, sizeof text, "%016llx", static_cast<unsigned long long>(random()));
    return text;
}

// The request id a client sent, or a new one; set on the response either way.
std::string requestId(const httplib::Request &req, httplib::Response &res)
{
    const std::string header(protocol::kRequestIdHeader);
    std::string id = req.get_header_value(header);
    if (!saneRequestId(id))
        id = newRequestId();
    res.set_header(header, id);
    return id;
}

template <class T>
bool parseNumber(const std::string &text, T &out)
{
    if (text.empty())
        return false;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
    return ec == std::errc() && end == text.data() + text.size();
}

// The service's answer as an envelope, or its refusal.
template <class T, class... Form>
void answerEnvelope(httplib::Response &res, const ApiResult<T> &answer, Form... form)
{
    if (!answer)
        return fail(res, answer.error());
    auto body = sync::encode(*answer, form...);
    if (!body)
        return fail(res, 500, ApiError::Internal, "encode");
    res.set_content(std::move(*body), std::string(protocol::kEnvelopeType));
}

// An authenticated GET answered with an envelope that no cache keeps (a manager's extract, the
// unit's tablets): `serve` takes the caller and the request id.
template <class Serve>
void answerQuery(SyncService &service, const httplib::Request &req, httplib::Response &res,
                 Serve serve)
{
    const std::string id = res.get_header_value(std::string(protocol::kRequestIdHeader));
    auto who = service.authenticate(req.get_header_value("Authorization"));
    if (!who)
        return fail(res, who.error());
    res.set_header("Cache-Control", "no-store");
    answerEnvelope(res, serve(*who, id));
}

// An authenticated POST of an envelope, answered with an envelope (push, audit upload).
template <class Decode, class Serve>
void serveEnvelope(SyncService &service, const httplib::Request &req, httplib::Response &res,
                   Decode decode, Serve serve)
{
    const std::string id = res.get_header_value(std::string(protocol::kRequestIdHeader));
    auto who = service.authenticate(req.get_header_value("Authorization"));
    if (!who)
        return fail(res, who.error());
    auto message = decode(req.body);
    if (!message) {
        const bool tooLarge = message.error() == sync::CodecError::TooLarge;
        return fail(res, tooLarge ? 413 : 400, tooLarge ? ApiError::TooLarge : ApiError::Malformed,
                    sync::toString(message.error()));
    }
    answerEnvelope(res, serve(*who, *message, id));
}

} // namespace

HttpApi::HttpApi(SyncService &service, bool accessLog, ReportMaker report)
    : m_service(service), m_manager(service.storage(), service.clock()), m_accessLog(accessLog),
      m_report(std::move(report))
{}

void HttpApi::setMetrics(std::string_view token, std::function<std::uint64_t()> openConnections)
{
    m_metricsTokenHash = token.empty() ? std::string() : credentials::tokenHash(token);
    m_openConnections = std::move(openConnections);
}

void HttpApi::install(httplib::Server &server)
{
    server.set_payload_max_length(sync::limits::kMaxWireBytes);
    server.set_read_timeout(sync::limits::kServerReadTimeout);
    server.set_write_timeout(sync::limits::kServerReadTimeout);
    // A response goes out as headers and body in two writes: without this, Nagle holds the body
    // until the client's delayed ACK (40 ms on Linux) for every answer.
    server.set_tcp_nodelay(true);

    // Runs after the headers and before any byte of the body is read. Only what Lykta uses
    // passes: cpp-httplib 0.11 reads chunked bodies of PUT, PATCH and DELETE past the payload
    // cap (CVE-2025-46728), so no other method and no Transfer-Encoding reach it. Every refusal
    // closes the connection, since the body was never read (guardedserver.h).
    server.set_pre_routing_handler([this](const httplib::Request &req, httplib::Response &res) {
        ++m_requests;
        requestStart = std::chrono::steady_clock::now();
        requestId(req, res);
        if (req.method != "GET" && req.method != "POST") {
            fail(res, 405, ApiError::BadRequest, "method");
            res.set_header("Allow", "GET, POST");
            res.set_header("Connection", "close");
            return httplib::Server::HandlerResponse::Handled;
        }
        if (req.has_header("Transfer-Encoding")) {
            fail(res, 411, ApiError::BadRequest, "content_length_required");
            res.set_header("Connection", "close");
            return httplib::Server::HandlerResponse::Handled;
        }
        if (req.has_header("Content-Encoding")) {
            fail(res, 415, ApiError::UnsupportedMedia, "content_encoding");
            res.set_header("Connection", "close");
            return httplib::Server::HandlerResponse::Handled;
        }
        if (req.method == "POST") {
            if (!req.has_header("Content-Length")) {
                fail(res, 411, ApiError::BadRequest, "content_length_required");
                res.set_header("Connection", "close");
                return httplib::Server::HandlerResponse::Handled;
            }
            std::uint64_t length = 0;
            if (!parseNumber(req.get_header_value("Content-Length"), length)) {
                fail(res, 400, ApiError::BadRequest, "content_length");
                res.set_header("Connection", "close");
                return httplib::Server::HandlerResponse::Handled;
            }
            if (length > sync::limits::kMaxWireBytes) {
                fail(res, 413, ApiError::TooLarge);
                res.set_header("Connection", "close");
                return httplib::Server::HandlerResponse::Handled;
            }
        }
        return httplib::Server::HandlerResponse::Unhandled;
    });

    server.set_error_handler([](const httplib::Request &, httplib::Response &res) {
        if (!res.body.empty())
            return;
        switch (res.status) {
        case 404:
            fail(res, 404, ApiError::NotFound);
            break;
        case 413:
            fail(res, 413, ApiError::TooLarge);
            break;
        case 400:
            fail(res, 400, ApiError::BadRequest);
            break;
        default:
            if (res.status >= 500)
                fail(res, res.status, ApiError::Internal);
            else
                fail(res, res.status, ApiError::BadRequest);
        }
    });

    server.set_exception_handler(
        [](const httplib::Request &, httplib::Response &res, std::exception_ptr) {
            fail(res, 500, ApiError::Internal, "exception");
        });

    // Called once a response is written, on the request's thread.
    server.set_logger([this](const httplib::Request &req, const httplib::Response &res) {
        const auto start = std::exchange(requestStart, {});
        m_metrics.request(Metrics::endpoint(req.method, req.path), res.status,
                          start == std::chrono::steady_clock::time_point{}
                              ? std::chrono::steady_clock::duration{}
                              : std::chrono::steady_clock::now() - start);
        if (m_accessLog)
            qCInfo(lcServer, "%s %s %d %zu->%zu id=%s", req.method.c_str(), req.path.c_str(),
                   res.status, req.body.size(), res.body.size(),
                   res.get_header_value(std::string(protocol::kRequestIdHeader)).c_str());
    });

    server.Get(std::string(protocol::kHealthPath),
               [](const httplib::Request &, httplib::Response &res) {
                   protocol::Form form{{"status", "ok"},
                                       {"version", std::string(kVersion)},
                                       {"format", std::to_string(sync::wire::kFormatVersion)},
                                       {"schema", std::to_string(sync::wire::kSchemaVersion)}};
                   res.set_content(protocol::encodeForm(form), std::string(protocol::kFormType));
                   // A tablet compares it with its own clock before it spends a one-time code:
                   // a clock far off would stop every sync later (sync::limits' clock bound).
                   res.set_header("Date", httpDate(std::time(nullptr)));
               });

    server.Get(std::string(protocol::kReadyPath),
               [this](const httplib::Request &, httplib::Response &res) {
                   const auto status = m_service.storageStatus();
                   // Logged when readiness changes, not at every probe; the body never says why.
                   if (m_ready.exchange(bool(status)) != bool(status)) {
                       if (status)
                           qCInfo(lcServer, "ready: the database answers again");
                       else
                           qCCritical(lcServer, "not ready: %s", status.error().detail.c_str());
                   }
                   protocol::Form form{{"status", "unavailable"}};
                   if (status) {
                       form = {{"status", "ready"},
                               {"database", status->backend},
                               {"database-schema", std::to_string(status->schemaVersion)}};
                   } else {
                       res.status = 503;
                   }
                   res.set_content(protocol::encodeForm(form), std::string(protocol::kFormType));
               });

    server.Post(std::string(protocol::kEnrollPath), [this](const httplib::Request &req,
                                                           httplib::Response &res) {
        const std::string id = res.get_header_value(std::string(protocol::kRequestIdHeader));
        const auto form = protocol::decodeForm(req.body);
        if (!form)
            return fail(res, 400, ApiError::BadRequest, "form");
        const auto code = form->find(protocol::enroll::kCode);
        const auto device = form->find(protocol::enroll::kDevice);
        const auto name = form->find(protocol::enroll::kName);
        sync::DeviceId deviceId = 0;
        if (code == form->end() || device == form->end() || !parseNumber(device->second, deviceId))
            return fail(res, 400, ApiError::BadRequest, "fields");
        const auto replaces = form->find(protocol::enroll::kReplaces);
        auto answer =
            m_service.enroll(code->second, deviceId, name == form->end() ? "" : name->second, id,
                             replaces == form->end() ? "" : replaces->second);
        if (!answer)
            return fail(res, answer.error());
        m_metrics.enrolled();
        const Principal &p = answer->principal;
        std::string units;
        for (const auto &u : p.units)
            units += (units.empty() ? "" : ",") + u;
        protocol::Form out{{std::string(protocol::enroll::kToken), answer->token},
                           {std::string(protocol::enroll::kKind), toString(p.device.kind)},
                           {std::string(protocol::enroll::kDevice), std::to_string(p.device.id)},
                           {std::string(protocol::enroll::kStaff), p.device.staffId},
                           {std::string(protocol::enroll::kStaffName), p.staffName},
                           {std::string(protocol::enroll::kUnits), units}};
        res.set_header("Cache-Control", "no-store");
        res.set_content(protocol::encodeForm(out), std::string(protocol::kFormType));
    });

    server.Post(std::string(protocol::kPushPath), [this](const httplib::Request &req,
                                                         httplib::Response &res) {
        serveEnvelope(m_service, req, res, sync::decodeBatch,
                      [&](const Principal &who, const sync::Batch &batch, const std::string &id) {
                          const std::string resume =
                              req.get_header_value(std::string(protocol::kResumeHeader));
                          auto answer =
                              m_service.push(who, batch, id, !resume.empty() && resume == epoch());
                          if (answer) {
                              m_metrics.pushed(*answer);
                              m_service.noteContact(who, req.get_header_value("User-Agent"));
                              res.set_header(std::string(protocol::kEpochHeader), epoch());
                          }
                          return answer;
                      });
    });

    server.Get(std::string(protocol::kPullPath), [this](const httplib::Request &req,
                                                        httplib::Response &res) {
        const std::string id = res.get_header_value(std::string(protocol::kRequestIdHeader));
        auto who = m_service.authenticate(req.get_header_value("Authorization"));
        if (!who)
            return fail(res, who.error());
        std::uint64_t since = 0;
        std::uint32_t limit = sync::limits::kDefaultPullLimit;
        if (req.has_param("since") && !parseNumber(req.get_param_value("since"), since))
            return fail(res, 400, ApiError::BadRequest, "since");
        if (req.has_param("limit") &&
            (!parseNumber(req.get_param_value("limit"), limit) || limit == 0))
            return fail(res, 400, ApiError::BadRequest, "limit");
        const std::string form = req.get_param_value(std::string(protocol::kPullForm));
        if (!form.empty() && form != protocol::kStateForm)
            return fail(res, 400, ApiError::BadRequest, "form");
        // A tablet from before the compact form reads the first.
        const sync::WireForm wire =
            req.get_param_value(std::string(protocol::kWireParam)) == protocol::kCompactWire
                ? sync::WireForm::Compact
                : sync::WireForm::First;
        const auto answered = [&](std::optional<std::uint64_t> pulledFrom) {
            m_service.noteContact(*who, req.get_header_value("User-Agent"), pulledFrom);
            res.set_header(std::string(protocol::kEpochHeader), epoch());
        };
        if (form == protocol::kStateForm) {
            const auto answer = m_service.pullState(*who, since, limit, id);
            if (answer) {
                std::size_t fields = 0;
                for (const auto &record : answer->records)
                    fields += record.fields.size();
                m_metrics.pulled(fields);
                answered(std::nullopt);
            }
            return answerEnvelope(res, answer, wire);
        }
        const auto answer = m_service.pull(*who, since, limit, id);
        if (answer) {
            m_metrics.pulled(answer->deltas.size());
            answered(since);
        }
        answerEnvelope(res, answer, wire);
    });

    server.Get(std::string(protocol::kMetricsPath), [this](const httplib::Request &req,
                                                           httplib::Response &res) {
        if (m_metricsTokenHash.empty())
            return fail(res, 404, ApiError::NotFound);
        // Compared as hashes, so the time taken tells nothing of the token.
        const std::string given = req.get_header_value("Authorization");
        if (!given.starts_with("Bearer ") ||
            credentials::tokenHash(std::string_view(given).substr(7)) != m_metricsTokenHash)
            return fail(res, 401, ApiError::Unauthorized);
        Metrics::Gauges gauges;
        if (auto statistics = m_service.storageStatistics())
            gauges.storage = *statistics;
        if (m_openConnections)
            gauges.openConnections = m_openConnections();
        res.set_header("Cache-Control", "no-store");
        res.set_content(m_metrics.exposition(gauges), "text/plain; version=0.0.4; charset=utf-8");
    });

    server.Post(std::string(protocol::kAuditPath),
                [this](const httplib::Request &req, httplib::Response &res) {
                    serveEnvelope(m_service, req, res, sync::decodeAuditUpload,
                                  [&](const Principal &who, const sync::AuditUpload &upload,
                                      const std::string &id) {
                                      return m_service.uploadAudit(who, upload, id);
                                  });
                });

    server.Get(std::string(protocol::kAuditPath), [this](const httplib::Request &req,
                                                         httplib::Response &res) {
        answerQuery(m_service, req, res, [&](const Principal &who, const std::string &id) {
            return m_service.auditExtract(
                who, req.get_param_value(std::string(protocol::kAuditSubject)), id);
        });
    });

    installManager(server);

    if (!m_report)
        return;
    server.Get(std::string(protocol::kReportPath), [this](const httplib::Request &req,
                                                          httplib::Response &res) {
        const std::string id = res.get_header_value(std::string(protocol::kRequestIdHeader));
        auto who = m_service.authenticate(req.get_header_value("Authorization"));
        if (!who)
            return fail(res, who.error());
        namespace q = protocol::report;
        ReportRequest request{
            req.get_param_value(std::string(q::kUnit)), req.get_param_value(std::string(q::kFrom)),
            req.get_param_value(std::string(q::kTo)), req.get_param_value(std::string(q::kFormat))};
        if (request.unit.empty())
            return fail(res, 400, ApiError::BadRequest, "unit");
        if (auto allowed = m_service.authorizeReport(*who, request.unit, id); !allowed)
            return fail(res, allowed.error());
        auto file = m_report(request, {id, who->device.id, who->device.staffId});
        if (!file)
            return fail(res, file.error());
        res.set_header("Cache-Control", "no-store");
        res.set_header("Content-Disposition", "attachment; filename=\"" + file->fileName + "\"");
        res.set_content(std::move(file->bytes), file->contentType);
    });
}

std::string HttpApi::epoch()
{
    const std::lock_guard lock(m_epochMutex);
    if (m_epoch.empty()) {
        if (auto read = m_service.storage().epoch())
            m_epoch = std::move(*read);
    }
    return m_epoch;
}

void HttpApi::installManager(httplib::Server &server)
{
    namespace m = protocol::manage;
    // An authenticated manager's POST of a form: `serve` answers the form to send back.
    const auto serveForm = [this](const httplib::Request &req, httplib::Response &res,
                                  const auto &serve) {
        const std::string id = res.get_header_value(std::string(protocol::kRequestIdHeader));
        auto who = m_service.authenticate(req.get_header_value("Authorization"));
        if (!who)
            return fail(res, who.error());
        const auto form = protocol::decodeForm(req.body);
        if (!form)
            return fail(res, 400, ApiError::BadRequest, "form");
        const auto field = [&](std::string_view name) {
            const auto it = form->find(name);
            return it == form->end() ? std::string() : it->second;
        };
        ApiResult<protocol::Form> answer = serve(*who, field, id);
        if (!answer)
            return fail(res, answer.error());
        res.set_header("Cache-Control", "no-store");
        res.set_content(protocol::encodeForm(*answer), std::string(protocol::kFormType));
    };

    server.Get(std::string(protocol::kManageDevicesPath), [this](const httplib::Request &req,
                                                                 httplib::Response &res) {
        answerQuery(m_service, req, res, [&](const Principal &who, const std::string &id) {
            return m_manager.unitDevices(who, req.get_param_value(std::string(m::kUnit)), id);
        });
    });

    server.Post(
        std::string(protocol::kManageCodePath),
        [this, serveForm](const httplib::Request &req, httplib::Response &res) {
            serveForm(req, res,
                      [this](const Principal &who, const auto &field,
                             const std::string &id) -> ApiResult<protocol::Form> {
                          const std::string kind = field(m::kKind);
                          if (kind != "staff" && kind != "kiosk")
                              return ApiFailure{400, ApiError::BadRequest, "kind"};
                          auto issued =
                              m_manager.issueCode(who, field(m::kUnit), deviceKindFromString(kind),
                                                  field(m::kStaff), id);
                          if (!issued)
                              return issued.error();
                          return protocol::Form{
                              {std::string(m::kCode), issued->code.text()},
                              {std::string(m::kExpires), std::to_string(issued->expiresMs)}};
                      });
        });

    server.Post(std::string(protocol::kManageRevokePath),
                [this, serveForm](const httplib::Request &req, httplib::Response &res) {
                    serveForm(req, res,
                              [this](const Principal &who, const auto &field,
                                     const std::string &id) -> ApiResult<protocol::Form> {
                                  sync::DeviceId device = 0;
                                  const std::string erase = field(m::kErase);
                                  if (!parseNumber(field(m::kDevice), device))
                                      return ApiFailure{400, ApiError::BadRequest, "device"};
                                  if (!erase.empty() && erase != "0" && erase != "1")
                                      return ApiFailure{400, ApiError::BadRequest, "erase"};
                                  auto revoked = m_manager.revoke(who, device, erase == "1", id);
                                  if (!revoked)
                                      return revoked.error();
                                  return protocol::Form{{std::string(m::kRevoked), "1"}};
                              });
                });

    server.Post(std::string(protocol::kManageStaffPath),
                [this, serveForm](const httplib::Request &req, httplib::Response &res) {
                    serveForm(
                        req, res,
                        [this](const Principal &who, const auto &field,
                               const std::string &id) -> ApiResult<protocol::Form> {
                            const std::string active = field(m::kActive);
                            if (active != "0" && active != "1")
                                return ApiFailure{400, ApiError::BadRequest, "active"};
                            auto done =
                                m_manager.setStaffActive(who, field(m::kStaff), active == "1", id);
                            if (!done)
                                return done.error();
                            return protocol::Form{
                                {std::string(m::kRevoked), std::to_string(done->revoked.size())},
                                {std::string(m::kExpired), std::to_string(done->codesExpired)}};
                        });
                });

    server.Post(std::string(protocol::kErasedPath), [this](const httplib::Request &req,
                                                           httplib::Response &res) {
        const std::string id = res.get_header_value(std::string(protocol::kRequestIdHeader));
        auto erased = m_service.confirmErased(req.get_header_value("Authorization"), id);
        if (!erased)
            return fail(res, erased.error());
        res.set_content(protocol::encodeForm({}), std::string(protocol::kFormType));
    });
}

} // namespace lykta::server
