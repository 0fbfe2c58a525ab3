#pragma once

#include "backgroundthread.h"
#include "store/store.h"
#include "syncrunner.h"

#include <QObject>
#include <QString>
#include <QTimer>

#include <chrono>

namespace lykta::kiosk {

// Keeps an enrolled kiosk's content current: pulls from lykta-server now and then every
// interval, on a worker thread with its own connection to the store file, and says when
// content may have changed. The kiosk is enrolled like any device (`lykta-sync enroll
// --database KIOSK.db --code CODE` with a kiosk code), which leaves `<db>.sync` beside the
// store; the server sends a kiosk token published cards and helplines only.
//
// When a manager has reported the kiosk lost or stolen, the server answers its next contact
// with ErrorClass::Erase: it stops syncing for good, has every other connection to the store
// closed (aboutToErase), erases the store, its enrollment and the staff PIN's hash
// (syncctl::eraseDeviceFiles), and tells the server off the UI thread (syncctl::confirmErased).
class KioskSync : public QObject
{
    Q_OBJECT

public:
    static constexpr std::chrono::minutes kDefaultInterval{5};

    enum class Outcome
    {
        Synced,  // pushed nothing, pulled everything
        Stopped, // stopped early (offline, refused); the next one tries again
        Erase,   // the server says the kiosk was reported lost or stolen
    };
    Q_ENUM(Outcome)

    KioskSync(QString databasePath, syncctl::Enrollment enrollment, QObject *parent = nullptr);
    ~KioskSync() override;

    void start(std::chrono::milliseconds interval = kDefaultInterval);
    // One sync now, on the worker thread, unless one is under way or the kiosk is erased.
    Q_INVOKABLE void syncNow();
    // One sync, blocking the caller; its own connection to the store is closed when it returns.
    // Used by the worker and by tests; it erases nothing itself.
    Outcome runOnce();

signals:
    // A sync finished; `ok` false when it stopped early (offline, refused).
    void synced(bool ok);
    // Told to erase: every other connection to the store must close now (connect directly,
    // on the UI thread). No sync runs after it.
    void aboutToErase();
    // The files are gone (`complete` false: one could not be removed, see the log).
    void erased(bool complete);
    // Whether the server has recorded the erasure (after erased()).
    void serverTold(bool told);

private:
    void eraseThisDevice();

    QString m_databasePath;
    syncctl::Enrollment m_enrollment;
    QTimer m_timer;
    bool m_running = false;       // a sync is under way (UI thread only)
    bool m_erased = false;        // UI thread only
    syncctl::SyncRunner m_runner; // stopped from the UI thread on exit
    // Last, so it is the first to go: its job uses the members above.
    ui::BackgroundThread m_thread{QStringLiteral("lykta-kiosk-sync")};
};

} // namespace lykta::kiosk
