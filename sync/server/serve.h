#pragma once

#include "reportapi.h"
#include "serverstorage.h"
#include "sync/core/limits.h"

#include <string>

namespace lykta::server {

struct ServeOptions
{
    std::string host = "127.0.0.1";
    int port = 8443; // 0: any free port (see portFile)
    std::string tlsCert;
    std::string tlsKey;
    bool insecureHttp = false; // plain HTTP: loopback only, for development and tests
    std::string portFile;      // written with the bound port once the server accepts
    bool accessLog = true;
    // Request threads. A kept-alive connection holds one while it is open, so there are more
    // of them than cores; idle connections are closed after limits::kKeepAliveIdle.
    int threads = sync::limits::kServerThreads;
    // GET /v1/report for managers' devices; without it the path answers 404.
    ReportMaker report;
    // Runs the retention job at start and every 24 hours after (retention.h), for today's date.
    bool retentionDaily = false;

    // Slow or hostile clients (guardedserver.h): open connections from one client address;
    // 0 for no cap (behind a proxy or NAT that gives every tablet one address).
    int maxConnectionsPerAddress = sync::limits::kMaxConnectionsPerAddress;
    // Pulls from cursor 0 per device (--full-pull-burst, --full-pull-interval).
    FullPullRate fullPulls{sync::limits::kFullPullInterval.count(), sync::limits::kFullPullBurst};
    // GET /metrics for a scraper that sends the token this file holds (one line; the file may
    // not be readable by every user). Empty: /metrics answers 404.
    std::string metricsTokenFile;
};

// Runs the HTTP(S) server until SIGINT or SIGTERM. Returns a process exit code; refuses to
// start plain HTTP on anything but loopback, and HTTPS without a usable certificate and key.
int serve(ServerStorage &storage, const ServeOptions &options);

bool isLoopback(const std::string &host);

} // namespace lykta::server
