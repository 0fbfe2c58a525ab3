#pragma once

#include "backgroundthread.h"
#include "store/store.h"

#include <QObject>

#include <atomic>
#include <memory>
#include <mutex>

namespace lykta::app {

// Runs the reads that can be large (search, the family list) on a thread of their own with
// a store connection of their own, so the UI thread never waits for them. main.cpp builds
// one and gives it to the Workspace; LockSession's aboutToLock stops it (the running query is
// interrupted and the connection closed before the key is wiped) and reopened resumes it.
class ReadWorker : public QObject
{
    Q_OBJECT

public:
    explicit ReadWorker(store::StoreOptions options, QObject *parent = nullptr);
    ~ReadWorker() override;

    // Runs `read(store)` on the worker thread, then `done(result)` on this object's thread if
    // `context` still exists. `store` is null when no connection can be had (locked).
    template <class Read, class Done>
    void submit(QObject *context, Read read, Done done)
    {
        m_thread.run(
            context, [this, read = std::move(read)]() mutable { return read(connection()); },
            std::move(done));
    }

    // Before the key is wiped: interrupts the query under way, closes the connection and
    // refuses to open another until resume(). Blocks until the worker has let go.
    void stopForLock();
    // After an unlock: the next read opens a connection again.
    void resume();

private:
    store::Store *connection(); // worker thread only
    void closeConnection();     // worker thread only

    store::StoreOptions m_options;
    std::unique_ptr<store::Store> m_store;
    std::mutex m_openMutex;               // guards m_open between the two threads
    const store::Store *m_open = nullptr; // m_store while its connection is open
    std::atomic<bool> m_stopped = false;
    // Last, so it is the first to go: its jobs use the members above.
    ui::BackgroundThread m_thread{QStringLiteral("lykta-reads")};
};

} // namespace lykta::app
