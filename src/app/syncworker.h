#pragma once

#include "store/store.h"
#include "sync/client/syncsession.h"
#include "syncctl/enrollment.h"
#include "syncctl/syncrunner.h"

#include <QObject>

#include <memory>

namespace lykta::app {

// Runs on the sync thread: its own connection to the store file (the UI keeps its own), the
// libcurl transport and one sync session at a time. Everything it reports goes back to the
// UI thread as queued signals; nothing here touches QML.
class SyncWorker : public QObject
{
    Q_OBJECT

public:
    explicit SyncWorker(store::StoreOptions options);
    ~SyncWorker() override;

    // From any thread: the sync under way stops at the next safe point.
    void cancel();

    // Why enroll() refused an answer: the code is another staff member's than the one whose
    // changes still wait in the outbox (SyncWorker::enrolled's detail).
    static constexpr const char *kOtherStaff = "other_staff";
    // Why enrollAsNewDevice() stopped before the code was sent (SyncWorker::enrolled's detail).
    static constexpr const char *kNotSent = "not_sent";
    static constexpr const char *kDraftsWait = "drafts_wait";
    static constexpr const char *kRefusalsWait = "refusals_wait";

public slots:
    // Is a Lykta server at this address, and what time does it say it is? Sends no code.
    void probe(const QString &server);
    // Enrolls the store's own device id. `currentStaff`: who the device acts as now (empty on
    // a first start). With `keepStaff` (unsent changes of the current staff member wait), an
    // answer for someone else is refused (kOtherStaff) and nothing is saved.
    void enroll(const QString &server, const QString &code, const QString &currentStaff = {},
                bool keepStaff = false);
    // Enrolls `device`, a new id for this tablet, taking over the store's current enrollment:
    // a last sync with it first, then, only if nothing waits any more (outbox, audit log,
    // drafts of `currentStaff`, refused changes: else kNotSent, kDraftsWait, kRefusalsWait),
    // the enrollment, naming the current token so the server revokes it. Saves nothing and
    // closes this thread's connection: the store is to start afresh as `device`
    // (enrolledAsNewDevice) before the answer is saved.
    void enrollAsNewDevice(const QString &server, const QString &code, quint64 device,
                           const QString &currentStaff);
    // Seals and writes an enrollment beside the store; the error's name, or empty.
    static QString save(const store::StoreOptions &options, const syncctl::Enrollment &e);
    // Runs one sync, then indexes for search what it left queued (indexQueued).
    void sync();
    // Indexes the records a sync left for the search index, a short transaction at a time, so
    // the UI thread's writes never wait long; reports each step (indexed). Nothing to do, or
    // a store that cannot be opened now (locked), reports nothing.
    void indexQueued();
    // Closes this thread's connection (before the key is wiped); the next sync reopens it.
    void closeStore();

signals:
    void status(const lykta::sync::client::SyncStatus &status);
    void probed(bool ok, int errorClass, const QString &detail, qint64 serverTimeMs);
    void enrolled(bool ok, int errorClass, const QString &detail);
    void enrolledAsNewDevice(quint64 device, const lykta::syncctl::Enrollment &enrollment);
    void finished(const lykta::sync::client::SyncStatus &status);
    // How many records still wait to be indexed for search, after each step; 0 at the end.
    void indexed(int remaining);

private:
    store::Store *openStore(QString *error);
    sync::client::SyncStatus runSession(const syncctl::Enrollment &e);

    store::StoreOptions m_options;
    std::unique_ptr<store::Store> m_store;
    syncctl::SyncRunner m_runner; // cancel() reaches it from the UI thread
};

} // namespace lykta::app

Q_DECLARE_METATYPE(lykta::sync::client::SyncStatus)
Q_DECLARE_METATYPE(lykta::syncctl::Enrollment)
