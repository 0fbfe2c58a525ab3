#pragma once

#include "localreplica.h"
#include "transport.h"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <future>
#include <mutex>
#include <optional>

namespace lykta::sync::client {

// What the session is doing, for a status line or a QML enum (LiteCore's activity levels).
enum class Activity : std::uint8_t
{
    Stopped,    // not syncing; after a fatal error `error` says why
    Offline,    // the server cannot be reached; try again when the network returns
    Connecting, // the first request of a sync is under way
    Idle,       // synced: nothing left to push, nothing left to pull
    Busy,       // pushing or pulling
};
const char *toString(Activity a);

enum class Phase : std::uint8_t
{
    None,
    Push,
    Audit, // the device's own access-log entries go to the server's audit log
    Pull,
};
const char *toString(Phase p);

struct SessionError
{
    ErrorClass errorClass = ErrorClass::Fatal;
    int httpStatus = 0;
    std::string detail;
    std::chrono::seconds retryAfter{0}; // what the server asked to wait (429); 0: none
};

struct SyncStatus
{
    Activity activity = Activity::Stopped;
    bool willRetry = false; // a transient failure: the session waits and tries again
    Phase phase = Phase::None;
    std::uint64_t pushed = 0;   // deltas the server acknowledged in this sync
    std::uint64_t rejected = 0; // of them, refused for good (kept by the store with the reason)
    std::uint64_t pulled = 0;   // deltas applied from the server in this sync
    std::uint64_t audited = 0;  // access-log entries the server settled in this sync
    // The server turned out to be restored from a backup: what it lost was queued again and
    // the sync started over (LocalReplica::noteServerEpoch).
    bool serverRestored = false;
    TransferStats transfer; // requests and bytes of this sync
    std::optional<SessionError> error;
};

struct SessionOptions
{
    std::uint32_t pushBatch;
    std::uint32_t pullLimit;
    int maxRetries = 5; // transient failures in a row before the sync gives up (Stopped)
    std::chrono::milliseconds retryFirstDelay;
    std::chrono::milliseconds retryMaxDelay;
    // The wait before the next attempt is at least the server's Retry-After, up to this.
    std::chrono::milliseconds maxRetryAfter;
    SessionOptions();
};

// One sync at a time: push the outbox in batches (each cut where a write ends), send the
// device's access-log entries the server has not acknowledged (marked sent only after its
// receipt, so a cut or a crash in between sends them again and the server, idempotent by
// device + entry seq, stores nothing twice), then pull
// pages until the server has no more, applying each page with its cursor. Transient failures
// back off exponentially (capped), and at least as long as a 429's Retry-After asks (capped
// too), and retry the step; a network failure leaves the session
// Offline; a fatal one (or 401) Stopped with the reason. Each step resumes from what the
// replica last acknowledged, so a cut, a kill or a cancel loses nothing and repeats nothing.
// Every push and pull answer names the copy of the server's database that gave it; when that
// changes (the server was restored from a backup), the replica queues again what the copy
// lost and the sync starts over from the push, once.
// While a pulled page is applied, the next one is already asked for (on a thread of its own:
// the server reads and sends it while this device writes); it is used only if the replica then
// asks for exactly that page, and a page asked for and not used changes nothing.
// run() blocks; cancel() may be called from any thread.
class SyncSession
{
public:
    SyncSession(Transport &transport, LocalReplica &replica, SessionOptions options = {});

    // Returns the final status (Idle on success).
    SyncStatus run();
    void cancel();
    SyncStatus status() const;
    void setObserver(std::function<void(const SyncStatus &)> observer);

private:
    enum class Step : std::uint8_t
    {
        Done,
        Again,    // progress made, continue
        Restored, // the server is a restored copy: start over from the push
        Failed,
    };
    // After a push or pull answer: Restored when it came from a restored copy of the server
    // (the replica has queued again what that copy lost); Failed when the store failed or the
    // copy changed twice in one sync; Again otherwise.
    Step noteEpoch();
    Step pushOnce();
    Step auditOnce();
    Step pullOnce();
    Step pullStateOnce(std::uint64_t cursor);
    // The next page, asked for while this one is applied.
    void askAhead(std::uint64_t cursor, bool state);
    TransportResult<Batch> takeLogPage(std::uint64_t cursor);
    TransportResult<StatePage> takeStatePage(std::uint64_t cursor);
    // Waits for a page asked for and not used, cutting its request short.
    void dropAhead();
    void fail(ErrorClass c, int http, std::string detail,
              std::chrono::seconds retryAfter = std::chrono::seconds(0));
    void fail(const TransportError &e);
    void update(const std::function<void(SyncStatus &)> &change);
    bool waitBackoff(int attempt, std::chrono::seconds retryAfter);

    Transport &m_transport;
    LocalReplica &m_replica;
    SessionOptions m_options;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    SyncStatus m_status;
    std::function<void(const SyncStatus &)> m_observer;
    std::atomic<bool> m_cancelled{false};
    TransferStats m_startStats;
    bool m_logOnly = false;   // the server sends no state pages: a first sync pulls the log
    bool m_restarted = false; // this sync started again from the state after 410 compacted
    struct Ahead
    {
        std::uint64_t cursor = 0;
        bool state = false; // a state page; else a page of the log
        std::future<TransportResult<Batch>> log;
        std::future<TransportResult<StatePage>> statePage;
    };
    std::optional<Ahead> m_ahead;
};

} // namespace lykta::sync::client
