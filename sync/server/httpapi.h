#pragma once

#include "managerservice.h"
#include "metrics.h"
#include "reportapi.h"
#include "syncservice.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <mutex>
#include <string>

namespace httplib {
class Server;
}

namespace lykta::server {

// The HTTP face of the SyncService on a cpp-httplib server: routes, size caps before any
// body is read, the error bodies of refused requests and a one-line access log per request
// (method, path, status, bytes, request id, device: never a body or a token).
class HttpApi
{
public:
    // Without a report maker, GET /v1/report answers 404.
    explicit HttpApi(SyncService &service, bool accessLog = true, ReportMaker report = {});
    // GET /metrics for a scraper that sends `token` (Authorization: Bearer); `openConnections`
    // tells the connections open now. Without a token, /metrics answers 404.
    void setMetrics(std::string_view token, std::function<std::uint64_t()> openConnections);
    void install(httplib::Server &server);

    std::uint64_t requests() const { return m_requests.load(); }

private:
    void installManager(httplib::Server &server);
    // The database's epoch (ServerStorage::epoch), read once it answers and kept: a restore
    // happens with the server stopped. Empty while it cannot be read.
    std::string epoch();

    SyncService &m_service;
    ManagerService m_manager;
    bool m_accessLog;
    ReportMaker m_report;
    Metrics m_metrics;
    std::string m_metricsTokenHash; // credentials::tokenHash; empty: no /metrics
    std::function<std::uint64_t()> m_openConnections;
    std::atomic<std::uint64_t> m_requests{0};
    std::atomic<bool> m_ready{true}; // as the last readiness probe found it
    std::mutex m_epochMutex;
    std::string m_epoch;
};

} // namespace lykta::server
