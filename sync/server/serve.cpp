#include "serve.h"

#include "serverlog.h"

#include "staffdirectory.h"

#include "guardedserver.h"
#include "httpapi.h"
#include "retention.h"
#include "schemacatalog.h"
#include "sync/core/hlc.h"
#include "syncservice.h"

#include <httplib.h>

#include <algorithm>
#include <arpa/inet.h>
#include <chrono>
#include <condition_variable>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <memory>
#include <mutex>
#include <netinet/in.h>
#include <optional>
#include <pthread.h>
#include <string>
#include <sys/socket.h>
#include <sys/stat.h>
#include <thread>
#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace lykta::server {

namespace {

// Debian's compiled cpp-httplib listens with a backlog of 5: a burst of new connections (many
// tablets syncing at once) overflows it, the kernel drops SYNs and each client waits a second to
// retry. Calling listen() again on the bound socket only changes its backlog.
void widenBacklog(int port)
{
    for (int fd = 0; fd < 1024; ++fd) {
        int accepting = 0;
        socklen_t length = sizeof accepting;
        if (getsockopt(fd, SOL_SOCKET, SO_ACCEPTCONN, &accepting, &length) != 0 || !accepting)
            continue;
        sockaddr_storage address{};
        socklen_t addressLength = sizeof address;
        if (getsockname(fd, reinterpret_cast<sockaddr *>(&address), &addressLength) != 0)
            continue;
        int bound = -1;
        if (address.ss_family == AF_INET)
            bound = ntohs(reinterpret_cast<sockaddr_in *>(&address)->sin_port);
        else if (address.ss_family == AF_INET6)
            bound = ntohs(reinterpret_cast<sockaddr_in6 *>(&address)->sin6_port);
        if (bound == port)
            ::listen(fd, SOMAXCONN);
    }
}

// The daily retention run inside `serve`: at start, then every 24 hours, until stopped. Several
// servers on one database may all run it: runs are serialised by the log lock and the second
// finds nothing left to remove.
class DailyRetention
{
public:
    DailyRetention(ServerStorage &storage, bool enabled) : m_storage(storage)
    {
        if (enabled)
            m_thread = std::thread([this] { loop(); });
    }
    ~DailyRetention()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stopping = true;
        }
        m_wake.notify_all();
        if (m_thread.joinable())
            m_thread.join();
    }

private:
    void loop()
    {
        std::unique_lock lock(m_mutex);
        do {
            lock.unlock();
            runOnce();
            lock.lock();
        } while (!m_wake.wait_for(lock, std::chrono::hours(24), [this] { return m_stopping; }));
    }
    void runOnce()
    {
        retention::Options options;
        options.runMs = sync::HlcClock::systemMilliseconds();
        options.today = options.runMs / 86'400'000;
        options.requestId = "retention-daily-" + retention::formatDay(options.today);
        const auto report = retention::run(m_storage, options);
        if (!report)
            qCCritical(lcServer, "daily retention failed, nothing removed: %s",
                       report.error().detail.c_str());
        else
            qCInfo(lcServer, "daily retention removed %zu records (%zu held)",
                   report->plan.removals.size(), report->plan.held.size());
    }

    ServerStorage &m_storage;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
    std::thread m_thread;
};

// The token of --metrics-token-file: its first line, trimmed; nullopt (and why, in the log) when
// the file is missing, empty or readable by every user.
std::optional<std::string> readMetricsToken(const std::string &path)
{
    struct stat st = {};
    if (::stat(path.c_str(), &st) != 0) {
        qCCritical(lcServer, "--metrics-token-file %s: cannot read it", path.c_str());
        return std::nullopt;
    }
    if (st.st_mode & S_IROTH) {
        qCCritical(lcServer, "--metrics-token-file %s: every user may read it (chmod o-r)",
                   path.c_str());
        return std::nullopt;
    }
    std::ifstream in(path);
    std::string token;
    std::getline(in, token);
    const auto first = token.find_first_not_of(" \t\r");
    const auto last = token.find_last_not_of(" \t\r");
    token = first == std::string::npos ? std::string() : token.substr(first, last - first + 1);
    if (token.size() < 16) {
        qCCritical(lcServer,
                   "--metrics-token-file %s: its first line is not a token of 16 "
                   "characters or more",
                   path.c_str());
        return std::nullopt;
    }
    return token;
}

// glibc gives a thread that allocates while others do a malloc arena of its own, up to eight a
// core. A request thread (a connection holds one while it is open) then builds its first large
// answer, a state page of several MiB for a tablet's first sync, in fresh memory the kernel
// maps in a page at a time, and its arena keeps that peak resident afterwards: bench_server
// measured the first page of each new tablet's first sync at 95-105 ms, against 40 ms once the
// request threads shared arenas, and the whole pull a fifth faster. Requests mostly take turns
// at the storage anyway (SQLite: one connection). MALLOC_ARENA_MAX or GLIBC_TUNABLES, when an
// operator sets them, decide instead. Two rather than one: two threads may still allocate at
// once (encoding and compressing answers runs outside the storage).
constexpr int kMallocArenas = 2;

void shareMallocArenas()
{
#ifdef __GLIBC__
    if (std::getenv("MALLOC_ARENA_MAX") || std::getenv("GLIBC_TUNABLES"))
        return;
    if (mallopt(M_ARENA_MAX, kMallocArenas) != 1)
        qCWarning(lcServer, "could not limit the malloc arenas");
#endif
}

} // namespace

bool isLoopback(const std::string &host)
{
    return host == "127.0.0.1" || host == "::1" || host == "localhost";
}

int serve(ServerStorage &storage, const ServeOptions &options)
{
    if (options.insecureHttp && !isLoopback(options.host)) {
        qCCritical(lcServer, "--insecure-http serves only on loopback (127.0.0.1, ::1); use "
                             "--tls-cert/--tls-key");
        return 2;
    }
    if (!options.insecureHttp && (options.tlsCert.empty() || options.tlsKey.empty())) {
        qCCritical(lcServer, "HTTPS needs --tls-cert and --tls-key (or --insecure-http for "
                             "loopback development)");
        return 2;
    }
    shareMallocArenas(); // before the request threads start

    // Staff members created before the server wrote their records (or while it was down) get
    // them now; nothing is written when every record is current.
    if (auto r = staffdirectory::publish(storage); !r) {
        qCCritical(lcServer, "cannot write the staff records: %s", r.error().detail.c_str());
        return 1;
    } else if (*r) {
        qCInfo(lcServer, "wrote %llu staff record changes", static_cast<unsigned long long>(*r));
    }

    const SchemaCatalog catalog = SchemaCatalog::fromClientSchema();
    SyncService service(storage, catalog, &sync::HlcClock::systemMilliseconds);
    service.setFullPullRate(options.fullPulls);
    HttpApi api(service, options.accessLog, options.report);

    std::unique_ptr<httplib::Server> server;
    const ConnectionGate *gate = nullptr;
    if (options.insecureHttp) {
        auto plain = std::make_unique<GuardedServer>(options.maxConnectionsPerAddress);
        gate = &plain->gate();
        server = std::move(plain);
    } else {
        auto tls = std::make_unique<GuardedSslServer>(
            options.tlsCert.c_str(), options.tlsKey.c_str(), options.maxConnectionsPerAddress);
        gate = &tls->gate();
        server = std::move(tls);
        if (!server->is_valid()) {
            qCCritical(lcServer, "cannot load the TLS certificate or key");
            return 2;
        }
    }
    if (!options.metricsTokenFile.empty()) {
        const auto token = readMetricsToken(options.metricsTokenFile);
        if (!token)
            return 2;
        api.setMetrics(*token, [gate] { return gate->open(); });
    }
    api.install(*server);
    const int threads = std::max(2, options.threads);
    server->new_task_queue = [threads] {
        return new httplib::ThreadPool(static_cast<std::size_t>(threads));
    };

    int port = options.port;
    if (port == 0) {
        port = server->bind_to_any_port(options.host);
        if (port <= 0) {
            qCCritical(lcServer, "cannot bind %s", options.host.c_str());
            return 1;
        }
    } else if (!server->bind_to_port(options.host, port)) {
        qCCritical(lcServer, "cannot bind %s:%d", options.host.c_str(), port);
        return 1;
    }

    widenBacklog(port);

    // Signals go to one thread that stops the server; request threads never see them.
    sigset_t stopSignals;
    sigemptyset(&stopSignals);
    sigaddset(&stopSignals, SIGINT);
    sigaddset(&stopSignals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &stopSignals, nullptr);
    std::signal(SIGPIPE, SIG_IGN);
    std::thread stopper([&] {
        int sig = 0;
        sigwait(&stopSignals, &sig);
        if (sig != 0)
            server->stop();
    });

    if (!options.portFile.empty()) {
        const std::string tmp = options.portFile + ".tmp";
        std::ofstream(tmp) << port << "\n";
        std::rename(tmp.c_str(), options.portFile.c_str());
    }
    qCInfo(lcServer, "listening on %s://%s:%d", options.insecureHttp ? "http" : "https",
           options.host.c_str(), port);
    DailyRetention retention(storage, options.retentionDaily);
    const bool ok = server->listen_after_bind();
    // Wake the stopper if the server ended another way.
    pthread_kill(stopper.native_handle(), SIGTERM);
    stopper.join();
    qCInfo(lcServer, "stopped");
    return ok ? 0 : 1;
}

} // namespace lykta::server
