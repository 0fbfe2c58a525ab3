#include "syncrunner.h"

#include "storereplica.h"

#include "store/store.h"

namespace lykta::syncctl {

using sync::client::SyncStatus;

SyncStatus SyncRunner::runOnce(store::Store &store, const Enrollment &enrollment,
                               const Observer &observer,
                               const sync::client::SessionOptions &options)
{
    auto transport = sync::client::makeCurlTransport(enrollment.transport());
    StoreReplica replica(store, enrollment.staffId);
    sync::client::SyncSession session(*transport, replica, options);
    if (observer)
        session.setObserver(observer);
    {
        const std::lock_guard lock(m_mutex);
        if (m_stopped) {
            SyncStatus s;
            s.activity = sync::client::Activity::Stopped;
            s.error =
                sync::client::SessionError{sync::client::ErrorClass::Transient, 0, "cancelled"};
            return s;
        }
        m_session = &session;
    }
    const SyncStatus result = session.run();
    const std::lock_guard lock(m_mutex);
    m_session = nullptr;
    return result;
}

Result<std::size_t, store::StoreError>
SyncRunner::indexQueued(store::Store &store, const std::function<void(std::size_t)> &progress,
                        std::chrono::milliseconds slice)
{
    m_indexCancelled = false;
    for (;;) {
        {
            const std::lock_guard lock(m_mutex);
            if (m_stopped)
                m_indexCancelled = true;
        }
        if (m_indexCancelled)
            return store.unindexed();
        auto left = store.indexQueued(slice);
        if (!left)
            return left.error();
        if (progress)
            progress(*left);
        if (*left == 0)
            return std::size_t{0};
    }
}

void SyncRunner::cancel()
{
    m_indexCancelled = true;
    const std::lock_guard lock(m_mutex);
    if (m_session)
        m_session->cancel(); // a retry waiting out its backoff ends now
}

void SyncRunner::stop()
{
    const std::lock_guard lock(m_mutex);
    m_stopped = true;
    m_indexCancelled = true;
    if (m_session)
        m_session->cancel();
}

} // namespace lykta::syncctl
