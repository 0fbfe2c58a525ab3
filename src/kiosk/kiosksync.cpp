#include "kiosksync.h"
#include "kiosklog.h"

#include "deviceerase.h"
#include "kioskpin.h"

#include <QFile>

namespace lykta::kiosk {

KioskSync::KioskSync(QString databasePath, syncctl::Enrollment enrollment, QObject *parent)
    : QObject(parent), m_databasePath(std::move(databasePath)), m_enrollment(std::move(enrollment))
{
    connect(&m_timer, &QTimer::timeout, this, &KioskSync::syncNow);
}

KioskSync::~KioskSync()
{
    m_timer.stop();
    m_runner.stop(); // a retry waiting out its backoff ends now; the thread then ends
}

void KioskSync::start(std::chrono::milliseconds interval)
{
    m_timer.start(interval);
    syncNow();
}

void KioskSync::syncNow()
{
    if (m_running || m_erased)
        return; // the last one is still going, or there is nothing left to sync
    m_running = true;
    m_thread.run(
        this, [this] { return runOnce(); },
        [this](Outcome outcome) {
            m_running = false;
            if (outcome == Outcome::Erase)
                eraseThisDevice();
            else
                emit synced(outcome == Outcome::Synced);
        });
}

KioskSync::Outcome KioskSync::runOnce()
{
    store::StoreOptions options;
    options.database.path = m_databasePath.toStdString();
    auto store = store::Store::open(std::move(options));
    if (!store) {
        qCWarning(lcKiosk) << "sync: cannot open the kiosk store:"
                           << store::toString(store.error().code);
        return Outcome::Stopped;
    }
    const sync::client::SyncStatus status = m_runner.runOnce(**store, m_enrollment);
    if (status.error && status.error->errorClass == sync::client::ErrorClass::Erase)
        return Outcome::Erase;
    if (status.activity != sync::client::Activity::Idle) {
        qCInfo(lcKiosk) << "sync stopped:" << sync::client::toString(status.activity)
                        << (status.error ? status.error->detail.c_str() : "");
        return Outcome::Stopped;
    }
    return Outcome::Synced;
}

void KioskSync::eraseThisDevice()
{
    m_erased = true;
    m_timer.stop();
    m_runner.stop();     // no sync after this one; the worker's connection closed with runOnce
    emit aboutToErase(); // the screen's connection closes now
    auto outcome = syncctl::eraseDeviceFiles(m_databasePath.toStdString());
    // The staff PIN's hash is a secret's hash too (and a short one): it goes with the rest.
    const QString pin = KioskPin::pathFor(m_databasePath);
    for (const QString &file : {pin, KioskPin::failuresPathFor(pin)}) {
        if (!QFile::exists(file))
            continue;
        if (QFile::remove(file))
            outcome.removed.push_back(file.toStdString());
        else if (outcome.failure.empty())
            outcome.failure = file.toStdString();
    }
    qCWarning(lcKiosk, "reported lost or stolen: erased %zu files%s%s", outcome.removed.size(),
              outcome.failure.empty() ? "" : "; could not remove ", outcome.failure.c_str());
    emit erased(outcome.failure.empty());
    // The token is still in memory: the server hears of the erasure with it.
    m_thread.run(
        this, [e = m_enrollment] { return syncctl::confirmErased(e); },
        [this](bool told) {
            qCInfo(lcKiosk, "the server %s", told ? "has been told" : "could not be told");
            emit serverTold(told);
        });
}

} // namespace lykta::kiosk
