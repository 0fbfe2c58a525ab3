#include "staffsession.h"

#include "languageswitch.h"
#include "locksession.h"

namespace lykta::app {

StaffSession::StaffSession(LockSession &lock, LanguageSwitch *language, store::Actor actor,
                           bool demo)
{
    m_workspace = std::make_unique<Workspace>(*lock.store(), std::move(actor), demo);
    m_workspace->setStoreOptions(
        lock.storeOptions()); // follow-up counts on a connection of its own
    Workspace::setInstance(m_workspace.get());
    // Search and large lists read on their own connection, off the UI thread.
    m_reader = std::make_unique<ReadWorker>(lock.storeOptions());
    m_workspace->setReader(m_reader.get());
    m_sync = std::make_unique<SyncController>(lock.storeOptions(), *m_workspace);
    SyncController::setInstance(m_sync.get());
    m_network = std::make_unique<SystemNetworkStatus>();
    m_scheduler = std::make_unique<SyncScheduler>(*m_sync, *m_workspace, *m_network,
                                                  SyncScheduler::Intervals{});
    SyncScheduler::setInstance(m_scheduler.get());

    QObject::connect(&lock, &LockSession::aboutToLock, m_reader.get(), &ReadWorker::stopForLock);
    QObject::connect(&lock, &LockSession::aboutToLock, m_scheduler.get(), &SyncScheduler::pause);
    QObject::connect(&lock, &LockSession::aboutToLock, m_sync.get(), &SyncController::stopForLock);
    QObject::connect(&lock, &LockSession::reopened, m_scheduler.get(), &SyncScheduler::resume);
    QObject::connect(&lock, &LockSession::aboutToLock, m_workspace.get(),
                     &Workspace::waitForBackgroundReads);
    QObject::connect(&lock, &LockSession::reopened, m_reader.get(), &ReadWorker::resume);
    QObject::connect(&lock, &LockSession::reopened, m_workspace.get(),
                     &Workspace::notifyChanged); // lists read while locked are empty
    // Enrolled again as a new device, the store's file is replaced: every other connection
    // to it closes first and opens the new file afterwards.
    QObject::connect(m_sync.get(), &SyncController::aboutToStartAfresh, m_reader.get(),
                     &ReadWorker::stopForLock);
    QObject::connect(m_sync.get(), &SyncController::aboutToStartAfresh, m_workspace.get(),
                     &Workspace::waitForBackgroundReads);
    QObject::connect(m_sync.get(), &SyncController::startedAfresh, m_reader.get(),
                     &ReadWorker::resume);
    // Told to erase the device: every connection closes before the files go, and stays closed.
    QObject::connect(m_sync.get(), &SyncController::aboutToErase, m_scheduler.get(),
                     &SyncScheduler::pause);
    QObject::connect(m_sync.get(), &SyncController::aboutToErase, m_reader.get(),
                     &ReadWorker::stopForLock);
    QObject::connect(m_sync.get(), &SyncController::aboutToErase, m_workspace.get(),
                     &Workspace::waitForBackgroundReads);
    if (language)
        QObject::connect(language, &LanguageSwitch::changed, m_workspace.get(),
                         &Workspace::notifyChanged); // words made in C++ follow too
}

StaffSession::~StaffSession()
{
    // The workers hold connections to the store: they stop before the workspace goes.
    m_scheduler.reset();
    m_sync.reset();
    m_reader.reset();
    m_workspace->waitForBackgroundReads();
}

} // namespace lykta::app
