#pragma once

#include "store/store.h"
#include "sync/client/syncsession.h"

#include <QObject>

#include <memory>
#include <mutex>

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

public slots:
    // Is a Lykta server at this address, and what time does it say it is? Sends no code.
    void probe(const QString &server);
    // `currentStaff`: who the device acts as now (empty on a first start). Enrolled as someone
    // else, the next pull starts from the beginning (their units' history); with
    // `keepStaff` (unsent changes of the current staff member wait) that is refused and
    // nothing is saved.
    void enroll(const QString &server, const QString &code, const QString &currentStaff = {},
                bool keepStaff = false);
    void sync();
    // Closes this thread's connection (before the key is wiped); the next sync reopens it.
    void closeStore();

signals:
    void status(const lykta::sync::client::SyncStatus &status);
    void probed(bool ok, int errorClass, const QString &detail, qint64 serverTimeMs);
    void enrolled(bool ok, int errorClass, const QString &detail);
    void finished(const lykta::sync::client::SyncStatus &status);

private:
    store::Store *openStore(QString *error);

    store::StoreOptions m_options;
    std::unique_ptr<store::Store> m_store;
    std::mutex m_sessionMutex; // guards m_session between the two threads
    sync::client::SyncSession *m_session = nullptr;
};

} // namespace lykta::app

Q_DECLARE_METATYPE(lykta::sync::client::SyncStatus)
