#include "metrics.h"

#include "sync/core/protocol.h"
#include "sync/core/rejectreason.h"
#include "sync/core/version.h"

#include <algorithm>
#include <charconv>

namespace lykta::server {

namespace protocol = sync::protocol;

namespace {

constexpr std::array<const char *, Metrics::kEndpoints> kEndpointNames{
    "health",        "ready",  "enroll",  "push",   "pull",   "audit_upload",
    "audit_extract", "report", "metrics", "manage", "erased", "other"};

// sync::RejectReason's values by number (0, None, is never a refusal).
constexpr std::array<const char *, 6> kReasonNames{
    "none", "signed_immutable", "clock_too_far_ahead", "out_of_order", "not_authorized", "invalid"};
static_assert(kReasonNames.size() == sync::kMaxRejectReason + 1);

// The shortest text that reads back as `value` ("0.005", not "0.0050000000000000001").
std::string number(double value)
{
    char text[32];
    const auto end = std::to_chars(text, text + sizeof text, value).ptr;
    return std::string(text, end);
}

void family(std::string &out, const char *name, const char *type, const char *help)
{
    out += "# HELP ";
    out += name;
    out += ' ';
    out += help;
    out += "\n# TYPE ";
    out += name;
    out += ' ';
    out += type;
    out += '\n';
}

void sample(std::string &out, const char *name, std::string_view labels, std::uint64_t value)
{
    out += name;
    if (!labels.empty())
        out.append("{").append(labels).append("}");
    out += ' ' + std::to_string(value) + '\n';
}

} // namespace

Metrics::Endpoint Metrics::endpoint(std::string_view method, std::string_view path)
{
    const bool get = method == "GET";
    if (path == protocol::kHealthPath)
        return Endpoint::Health;
    if (path == protocol::kReadyPath)
        return Endpoint::Ready;
    if (path == protocol::kEnrollPath)
        return Endpoint::Enroll;
    if (path == protocol::kPushPath)
        return Endpoint::Push;
    if (path == protocol::kPullPath)
        return Endpoint::Pull;
    if (path == protocol::kAuditPath)
        return get ? Endpoint::AuditExtract : Endpoint::AuditUpload;
    if (path == protocol::kReportPath)
        return Endpoint::Report;
    if (path == protocol::kMetricsPath)
        return Endpoint::Metrics;
    if (path == protocol::kManageDevicesPath || path == protocol::kManageCodePath ||
        path == protocol::kManageRevokePath || path == protocol::kManageStaffPath)
        return Endpoint::Manage;
    if (path == protocol::kErasedPath)
        return Endpoint::Erased;
    return Endpoint::Other;
}

void Metrics::request(Endpoint endpoint, int status, std::chrono::steady_clock::duration took)
{
    auto &e = m_endpoints[static_cast<std::size_t>(endpoint)];
    const auto statusClass = static_cast<std::size_t>(std::clamp(status / 100, 1, 5) - 1);
    e.byClass[statusClass].fetch_add(1, std::memory_order_relaxed);
    const double seconds = std::chrono::duration<double>(took).count();
    std::size_t bucket = 0;
    while (bucket < kBuckets.size() && seconds > kBuckets[bucket])
        ++bucket;
    e.buckets[bucket].fetch_add(1, std::memory_order_relaxed);
    const auto micros = std::chrono::duration_cast<std::chrono::microseconds>(took).count();
    e.microseconds.fetch_add(static_cast<std::uint64_t>(std::max<std::int64_t>(0, micros)),
                             std::memory_order_relaxed);
}

void Metrics::pushed(const sync::PushResponse &response)
{
    m_pushes.fetch_add(1, std::memory_order_relaxed);
    m_accepted.fetch_add(response.accepted.size(), std::memory_order_relaxed);
    for (const auto &rejection : response.rejected) {
        const auto reason = static_cast<std::size_t>(rejection.reason);
        if (reason < m_refused.size())
            m_refused[reason].fetch_add(1, std::memory_order_relaxed);
    }
}

void Metrics::pulled(std::size_t deltas)
{
    m_pulls.fetch_add(1, std::memory_order_relaxed);
    m_pulledDeltas.fetch_add(deltas, std::memory_order_relaxed);
}

void Metrics::enrolled()
{
    m_enrollments.fetch_add(1, std::memory_order_relaxed);
}

std::string Metrics::exposition(const Gauges &gauges) const
{
    std::string out;
    family(out, "lykta_build_info", "gauge", "The release this server is.");
    sample(out, "lykta_build_info", "version=\"" + std::string(kVersion) + "\"", 1);

    family(out, "lykta_http_requests_total", "counter",
           "HTTP requests answered, by endpoint and status class.");
    for (std::size_t e = 0; e < kEndpoints; ++e) {
        for (std::size_t c = 0; c < kStatusClasses; ++c) {
            const auto n = m_endpoints[e].byClass[c].load(std::memory_order_relaxed);
            if (n > 0)
                sample(out, "lykta_http_requests_total",
                       "endpoint=\"" + std::string(kEndpointNames[e]) + "\",code=\"" +
                           std::to_string(c + 1) + "xx\"",
                       n);
        }
    }

    family(out, "lykta_http_request_duration_seconds", "histogram",
           "Time from a request's headers to its answer, by endpoint.");
    for (std::size_t e = 0; e < kEndpoints; ++e) {
        const auto &per = m_endpoints[e];
        const std::string endpoint = "endpoint=\"" + std::string(kEndpointNames[e]) + "\"";
        std::uint64_t cumulative = 0;
        for (std::size_t b = 0; b <= kBuckets.size(); ++b) {
            cumulative += per.buckets[b].load(std::memory_order_relaxed);
            const std::string le = b < kBuckets.size() ? number(kBuckets[b]) : "+Inf";
            sample(out, "lykta_http_request_duration_seconds_bucket",
                   endpoint + ",le=\"" + le + "\"", cumulative);
        }
        out += "lykta_http_request_duration_seconds_sum{" + endpoint + "} " +
               number(static_cast<double>(per.microseconds.load(std::memory_order_relaxed)) / 1e6) +
               '\n';
        sample(out, "lykta_http_request_duration_seconds_count", endpoint, cumulative);
    }

    family(out, "lykta_pushes_total", "counter", "Pushes the server answered.");
    sample(out, "lykta_pushes_total", {}, m_pushes.load(std::memory_order_relaxed));
    family(out, "lykta_deltas_accepted_total", "counter",
           "Deltas accepted by pushes (a replay of one counts again).");
    sample(out, "lykta_deltas_accepted_total", {}, m_accepted.load(std::memory_order_relaxed));
    family(out, "lykta_deltas_refused_total", "counter", "Deltas refused by pushes, by reason.");
    for (std::size_t r = 1; r < kReasons; ++r)
        sample(out, "lykta_deltas_refused_total", "reason=\"" + std::string(kReasonNames[r]) + "\"",
               m_refused[r].load(std::memory_order_relaxed));
    family(out, "lykta_pulls_total", "counter", "Pulls the server answered.");
    sample(out, "lykta_pulls_total", {}, m_pulls.load(std::memory_order_relaxed));
    family(out, "lykta_pulled_deltas_total", "counter", "Deltas handed out by pulls.");
    sample(out, "lykta_pulled_deltas_total", {}, m_pulledDeltas.load(std::memory_order_relaxed));
    family(out, "lykta_enrollments_total", "counter", "Tablets and kiosks enrolled.");
    sample(out, "lykta_enrollments_total", {}, m_enrollments.load(std::memory_order_relaxed));

    family(out, "lykta_open_connections", "gauge", "HTTP connections open now.");
    sample(out, "lykta_open_connections", {}, gauges.openConnections);
    family(out, "lykta_database_up", "gauge", "Whether the database answered this scrape.");
    sample(out, "lykta_database_up", {}, gauges.storage ? 1 : 0);
    if (gauges.storage) {
        family(out, "lykta_database_size_bytes", "gauge", "The database's size.");
        sample(out, "lykta_database_size_bytes", {}, gauges.storage->databaseBytes);
        family(out, "lykta_audit_rows", "gauge", "Rows in the audit log.");
        sample(out, "lykta_audit_rows", {}, gauges.storage->auditRows);
    }
    return out;
}

} // namespace lykta::server
