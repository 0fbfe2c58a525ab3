#pragma once

#include "qmlsingleton.h"
#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

#include <chrono>
#include <functional>

class QJSEngine;
class QQmlEngine;

namespace lykta::app {

class NetworkStatus;
class SyncController;
class Workspace;

// Syncs by itself: when the network comes back, a little after something is signed (so a
// burst of signing is one sync), every period while the app is open and online, and after a
// failed sync once its backoff has passed — never on a metered connection unless the person
// allowed it (Settings, kept per device), never while the store is locked. A sync started by
// hand counts like one started here. The Sync page shows when the next attempt is and why.
class SyncScheduler : public QObject, public ui::QmlSingleton<SyncScheduler>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    QML_UNCREATABLE("SyncScheduler is built by main.cpp")
    Q_PROPERTY(QString nextText READ nextText NOTIFY changed)
    Q_PROPERTY(QString networkText READ networkText NOTIFY changed)
    Q_PROPERTY(bool allowMetered READ allowMetered WRITE setAllowMetered NOTIFY changed)

public:
    using Clock = std::function<QDateTime()>;
    struct Intervals
    {
        std::chrono::milliseconds afterSigning = std::chrono::seconds(30);
        std::chrono::milliseconds period = std::chrono::minutes(15);
        // After a failed sync: doubled per failure in a row, up to the cap (the server's
        // Retry-After is honoured as in the sync session).
        std::chrono::milliseconds retryFirst = std::chrono::seconds(30);
        std::chrono::milliseconds retryMax = std::chrono::minutes(15);
    };

    // `network` and `clock` (null: the system clock) are what tests drive; the controller
    // does the syncing.
    SyncScheduler(SyncController &sync, Workspace &workspace, NetworkStatus &network,
                  Intervals intervals, Clock clock = {}, QObject *parent = nullptr);

    QString nextText() const;
    QString networkText() const;
    bool allowMetered() const { return m_allowMetered; }
    void setAllowMetered(bool allow);

    QDateTime nextAttempt() const { return m_due; }

    // Starts the sync that is due, if one is and nothing stands in the way. The timer calls
    // it; so do a clock that jumps (a device waking from sleep, a test) and the app coming
    // back to the foreground.
    void check();
    // While the store is locked nothing is synced (the token is sealed); after the unlock
    // what came due meanwhile runs.
    void pause();
    void resume();

signals:
    void changed();

private:
    enum class Reason : std::uint8_t
    {
        Period,
        Signed,
        Error,
    };
    void onNetworkChanged();
    void onSigned();
    void onSyncFinished(bool ok, int retryAfterSeconds);
    void schedule(QDateTime due, Reason reason);
    bool mayUseNetwork() const;
    QDateTime now() const;

    SyncController &m_sync;
    NetworkStatus &m_network;
    Intervals m_intervals;
    Clock m_clock;
    QTimer m_timer;
    QDateTime m_due;
    Reason m_reason = Reason::Period;
    std::chrono::milliseconds m_wait{0}; // the backoff being waited out after an error
    int m_failures = 0;
    bool m_paused = false;
    bool m_wasOnline = false;
    bool m_signedDuringSync = false;
    bool m_allowMetered = false;
};

} // namespace lykta::app
