#pragma once

#include "backgroundthread.h"
#include "qmlsingleton.h"
#include "store/store.h"
#include "sync/client/syncsession.h"
#include "syncctl/enrollment.h"

#include <QDateTime>
#include <QObject>
#include <QtQml/qqmlregistration.h>

class QJSEngine;
class QQmlEngine;

namespace lykta::app {

class SyncWorker;
class Workspace;

// Sync as the app shows it: enrolled or not, the state in plain words, a progress line with
// phase and counts, the last successful sync, errors in plain words, and what the server
// refused. The work runs on its own thread with its own store connection, so the UI never
// waits for the network; when a sync ends every list reloads.
class SyncController : public QObject, public ui::QmlSingleton<SyncController>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    QML_UNCREATABLE("SyncController is built by main.cpp")
    Q_PROPERTY(bool enrolled READ enrolled NOTIFY changed)
    Q_PROPERTY(QString server READ server NOTIFY changed)
    Q_PROPERTY(bool busy READ busy NOTIFY changed)
    Q_PROPERTY(QString stateText READ stateText NOTIFY changed)
    Q_PROPERTY(QString progressText READ progressText NOTIFY changed)
    Q_PROPERTY(QString lastSyncText READ lastSyncText NOTIFY changed)
    Q_PROPERTY(QString errorText READ errorText NOTIFY changed)
    Q_PROPERTY(int rejectedCount READ rejectedCount NOTIFY changed)
    Q_PROPERTY(int conflictCount READ conflictCount NOTIFY changed)
    // A sync has succeeded since this device was enrolled as its current staff member.
    Q_PROPERTY(bool synced READ synced NOTIFY changed)
    // What the sync under way, or the last one, is doing (SyncController.Idle, .Offline, ...).
    Q_PROPERTY(Activity activity READ activity NOTIFY changed)
    // A manager reported this tablet lost or stolen, and it has erased itself (store, key file,
    // drafts, enrollment): the app shows only that. `erasedText` says whether the server has
    // been told.
    Q_PROPERTY(bool erased READ erased NOTIFY erasedChanged)
    Q_PROPERTY(QString erasedText READ erasedText NOTIFY erasedChanged)

public:
    // sync::client::Activity, value for value, for QML.
    enum class Activity
    {
        Stopped = int(sync::client::Activity::Stopped),
        Offline = int(sync::client::Activity::Offline),
        Connecting = int(sync::client::Activity::Connecting),
        Idle = int(sync::client::Activity::Idle),
        Busy = int(sync::client::Activity::Busy),
    };
    Q_ENUM(Activity)

    SyncController(store::StoreOptions options, Workspace &workspace, QObject *parent = nullptr);
    ~SyncController() override;

    bool enrolled() const;
    QString server() const;
    bool busy() const { return m_busy; }
    QString stateText() const;
    QString progressText() const;
    QString lastSyncText() const;
    QString errorText() const { return m_errorText; }
    int rejectedCount() const;
    int conflictCount() const;
    bool synced() const { return m_lastSync.isValid(); }
    Activity activity() const { return static_cast<Activity>(m_status.activity); }

    // Who an enrolled staff device acts as: its staff member in their first unit; nobody
    // (empty ids) before enrollment or for a kiosk's enrollment.
    static store::Actor enrolledActor(const store::StoreOptions &options);

    // What enrolling this tablet (again) does with its store, by what it holds:
    // - SameDevice: the store's own device id enrolls and its data stays: a first start, or
    //   work not yet sent that only its own author's code can take on (after a plain revoke
    //   the server lets the same person's device back, mayEnrollAgain);
    // - NewDevice: someone's work is here and all of it has reached the server: the tablet
    //   enrolls as a new device, and once the server says yes the store starts afresh
    //   (Store::startAfresh) before the answer is saved, so two people's data never meet;
    // - SendFirst: enrolled, and changes or audit entries still to send: a last sync sends
    //   them, then as NewDevice (the worker checks again after it, SyncWorker::enrollAsNewDevice);
    // - DraftsWait / RefusalsWait: unsaved drafts or refused changes of the person acting
    //   here, which only they can save, discard or handle.
    enum class EnrollPlan
    {
        SameDevice,
        NewDevice,
        SendFirst,
        DraftsWait,
        RefusalsWait,
    };
    EnrollPlan enrollPlan() const;
    // What a plan asks of the person, or says will happen (NewDevice), in words; for drafts,
    // which forms they belong to and when they were kept.
    QString planWords(EnrollPlan plan) const;
    // Why enroll() stopped after the server's yes (enrollAnswered's detail).
    static constexpr const char *kStartAfresh = "start_afresh";

    Q_INVOKABLE void syncNow();
    Q_INVOKABLE void cancel();
    // Sends no code: is a Lykta server at `server`, and its time (probeFinished).
    Q_INVOKABLE void probe(const QString &server);
    // Enrolled, the workspace acts as the code's staff member and a first sync starts. What
    // happens to the store first follows enrollPlan(); refused plans send nothing.
    Q_INVOKABLE void enroll(const QString &server, const QString &code);
    // Before the store is locked: stops a sync under way and closes the sync thread's
    // connection, so no connection outlives the key.
    void stopForLock();

    bool erased() const { return m_erased; }
    QString erasedText() const;

    // Words for an error class, for the Sync and Settings screens.
    static QString errorWords(sync::client::ErrorClass errorClass);

signals:
    void changed();
    void enrollFinished(bool ok);
    // The same answer with its reason (a protocol error code or a SyncWorker/transport detail).
    void enrollAnswered(bool ok, int errorClass, const QString &detail);
    void probeFinished(bool ok, int errorClass, const QString &detail, qint64 serverTimeMs);
    // A sync ended; on failure, how long the server asked to wait (0: it did not say).
    void syncFinished(bool ok, int retryAfterSeconds);
    // The store is about to start afresh as a new device: every other connection to its
    // file closes now (the reader, background reads); startedAfresh: they may open it again.
    void aboutToStartAfresh();
    void startedAfresh();
    // Told to erase the device: every connection to the store closes now, for good.
    void aboutToErase();
    void erasedChanged();

private:
    void onStatus(const sync::client::SyncStatus &status);
    void onFinished(const sync::client::SyncStatus &status);
    void onEnrolled(bool ok, int errorClass, const QString &detail);
    void onEnrolledAsNewDevice(quint64 device, const syncctl::Enrollment &enrollment);
    // ErrorClass::Erase: closes every connection, locks the store (the key leaves memory),
    // erases its files (syncctl::eraseDeviceFiles) and tells the server, off the UI thread.
    void eraseThisDevice();

    std::string m_databasePath;
    store::StoreOptions m_options; // the vault opens the enrollment's token
    Workspace &m_workspace;
    SyncWorker *m_worker = nullptr; // lives on m_thread, which deletes it
    bool m_busy = false;
    sync::client::SyncStatus m_status;
    QDateTime m_lastSync;
    QString m_errorText;
    bool m_erased = false;
    std::string m_eraseFailure; // a file that could not be removed; empty when all went
    enum class ServerTold : std::uint8_t
    {
        Telling,
        Told,
        NotTold,
    } m_serverTold = ServerTold::Telling;
    // Last, so it is the first to go.
    ui::BackgroundThread m_thread{QStringLiteral("lykta-sync")};
};

} // namespace lykta::app
