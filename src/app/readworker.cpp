#include "readworker.h"

#include <sqlite3.h>

namespace lykta::app {

ReadWorker::ReadWorker(store::StoreOptions options, QObject *parent)
    : QObject(parent), m_options(std::move(options))
{
    m_options.database.alreadyChecked = true; // the UI's connection checked the file

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
        // sqlite3_interrupt may be called from any thread while the connection is open.
        const std::lock_guard lock(m_handleMutex);
        if (m_handle)
            sqlite3_interrupt(m_handle);
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
        // Search reads many pages, each decrypted on its way in: keep more of them decrypted
        // (16 MiB rather than SQLite's 2 MiB) so repeated searches find them in the cache.
        sqlite3_exec(m_store->database().handle(), "PRAGMA cache_size = -16384", nullptr, nullptr,
                     nullptr);
        const std::lock_guard lock(m_handleMutex);
        m_handle = m_store->database().handle();
    }
    return m_store.get();
}

void ReadWorker::closeConnection()
{
    {
        const std::lock_guard lock(m_handleMutex);
        m_handle = nullptr;
    }
    m_store.reset();
}

} // namespace lykta::app
