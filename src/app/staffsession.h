#pragma once

#include "readworker.h"
#include "store/store.h"
#include "synccontroller.h"
#include "syncscheduler.h"
#include "systemnetworkstatus.h"
#include "workspace.h"

#include <memory>

namespace lykta::app {

class LanguageSwitch;
class LockSession;

// The staff app once its store is open: the Workspace, the reader that keeps large queries
// off the UI thread, the sync controller and the scheduler that syncs by itself, registered as
// QML singletons and wired to the lock (each worker closes its connection before the key is
// wiped, the scheduler waits while locked, and lists read again after an unlock) and to the
// language switch (words made in C++ follow). main.cpp builds one after the passphrase; the
// Qt Quick Test builds the same, so what is tested is what ships.
class StaffSession
{
public:
    // `lock` must be open; it and `language` (may be null) outlive the session.
    StaffSession(LockSession &lock, LanguageSwitch *language, store::Actor actor, bool demo);
    ~StaffSession();
    StaffSession(const StaffSession &) = delete;
    StaffSession &operator=(const StaffSession &) = delete;

    Workspace &workspace() { return *m_workspace; }
    SyncController &sync() { return *m_sync; }
    SyncScheduler &scheduler() { return *m_scheduler; }

private:
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<ReadWorker> m_reader;
    std::unique_ptr<SyncController> m_sync;
    std::unique_ptr<SystemNetworkStatus> m_network;
    std::unique_ptr<SyncScheduler> m_scheduler;
};

} // namespace lykta::app
