#include "readworker.h"

namespace lykta::app {

ReadWorker::ReadWorker(store::StoreOptions options, QObject *parent)
    : QObject(parent), m_options(std::move(options))
{
    m_options.database.alreadyChecked = true; // the UI's connection checked the file
    // Search reads many pages, each decrypted on its way in: keep more of them decrypted
    // (16 MiB rather than SQLite's 2 MiB) so repeated searches find them in the cache.
    m_options.database.cacheKiB = 16384;

    m_thread.setObjectName(QStringLiteral("lykta-reads"));
    m_home = new QObject;
    m_home->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_home, &QObject::deleteLater);
    m_thread.start();
    // Open the connection now, while the UI starts, rather than on the first search.
    QMetaObject::invokeMethod(
        m_home, [this] { connection(); }, Qt::QueuedConnection);
}

ReadWorker::~ReadWorker()
{
    stopForLock();
    m_thread.quit();
    m_thread.wait();
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
    QMetaObject::invokeMethod(
        m_home, [this] { closeConnection(); }, Qt::BlockingQueuedConnection);
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
