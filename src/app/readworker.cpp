#include "readworker.h"

namespace lykta::app {

ReadWorker::ReadWorker(store::StoreOptions options, QObject *parent)
    : QObject(parent), m_options(std::move(options))
{
    m_options.database.alreadyChecked = true; // the UI's connection checked the file
    // Search reads many pages, each decrypted on its way in: keep more of them decrypted
    // (16 MiB rather than SQLite's 2 MiB) so repeated searches find them in the cache.
    m_options.database.cacheKiB = 16384;

    // Open the connection now, while the UI starts, rather than on the first search.
    m_thread.post([this] { connection(); });
}

ReadWorker::~ReadWorker()
{
    stopForLock();
}

void ReadWorker::stopForLock()
{
    m_stopped = true;
    {
        // Store::interrupt may be called from any thread while the connection is open.
        const std::lock_guard lock(m_openMutex);
        if (m_open)
            m_open->interrupt();
    }
    m_thread.postAndWait([this] { closeConnection(); });
}

void ReadWorker::resume()
{
    m_stopped = false;
}

store::Store *ReadWorker::connection()
{
    if (m_stopped)
        return nullptr;
    if (!m_store) {
        auto opened = store::Store::open(m_options);
        if (!opened)
            return nullptr;
        m_store = std::move(*opened);
        const std::lock_guard lock(m_openMutex);
        m_open = m_store.get();
    }
    return m_store.get();
}

void ReadWorker::closeConnection()
{
    {
        const std::lock_guard lock(m_openMutex);
        m_open = nullptr;
    }
    m_store.reset();
}

} // namespace lykta::app
