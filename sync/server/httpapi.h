#pragma once

#include "reportapi.h"
#include "syncservice.h"

#include <atomic>
#include <cstdint>

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
    void install(httplib::Server &server);

    std::uint64_t requests() const { return m_requests.load(); }

private:
    SyncService &m_service;
    bool m_accessLog;
    ReportMaker m_report;
    std::atomic<std::uint64_t> m_requests{0};
};

} // namespace lykta::server
