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
class KioskSync : public QObject
{
    Q_OBJECT

public:
    static constexpr std::chrono::minutes kDefaultInterval{5};

    KioskSync(QString databasePath, syncctl::Enrollment enrollment, QObject *parent = nullptr);
    ~KioskSync() override;

    void start(std::chrono::milliseconds interval = kDefaultInterval);
    // One sync, blocking the caller: true when it finished (pushed nothing, pulled
    // everything). Used by the worker and by tests.
    bool runOnce();

signals:
    // A sync finished; `ok` false when it stopped early (offline, refused).
    void synced(bool ok);

private:
    void runInBackground();

    QString m_databasePath;
    syncctl::Enrollment m_enrollment;
    QTimer m_timer;
    bool m_running = false;       // a sync is under way (UI thread only)
    syncctl::SyncRunner m_runner; // stopped from the UI thread on exit
    // Last, so it is the first to go: its job uses the members above.
    ui::BackgroundThread m_thread{QStringLiteral("lykta-kiosk-sync")};
};

} // namespace lykta::kiosk
