#pragma once

#include "enrollment.h"
#include "sync/client/syncsession.h"

#include "store/storeerror.h"
#include "sync/core/result.h"

#include <atomic>
#include <chrono>
#include <functional>
#include <mutex>

namespace lykta::store {
class Store;
}

namespace lykta::syncctl {

// One sync of a store with the server its enrollment names, cancellable from another thread.
// The app's sync worker, the kiosk and lykta-sync each sync through one of these, so "build
// the libcurl transport, wrap the store as the session's replica, run the session" is written
// once.
class SyncRunner
{
public:
    using Observer = std::function<void(const sync::client::SyncStatus &)>;

    // Runs one session over `store` until it ends: Idle when everything went and came;
    // Offline, or Stopped with the error, when not. `observer` sees each status on the
    // calling thread. After stop(), returns Stopped at once, with no request made.
    sync::client::SyncStatus runOnce(store::Store &store, const Enrollment &enrollment,
                                     const Observer &observer = {},
                                     const sync::client::SessionOptions &options = {});

    // What a sync left for the search index (a first sync's records: Store::indexQueued),
    // indexed in transactions of about `slice` each, so a write on another connection never
    // waits longer, until nothing waits or cancel()/stop(). `progress` hears how many records
    // still wait after each transaction. Returns how many still wait.
    Result<std::size_t, store::StoreError>
    indexQueued(store::Store &store, const std::function<void(std::size_t)> &progress = {},
                std::chrono::milliseconds slice = std::chrono::milliseconds(20));

    // From any thread: the running sync stops at its next safe point (what the server
    // acknowledged stays acknowledged). Later runs go ahead.
    void cancel();
    // As cancel(), and every later runOnce() returns at once: for an owner that is closing.
    void stop();

private:
    std::mutex m_mutex; // guards the two below between the running thread and the others
    sync::client::SyncSession *m_session = nullptr;
    bool m_stopped = false;
    std::atomic<bool> m_indexCancelled{false};
};

} // namespace lykta::syncctl
