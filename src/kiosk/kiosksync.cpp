#include "kiosksync.h"
#include "kiosklog.h"

namespace lykta::kiosk {

KioskSync::KioskSync(QString databasePath, syncctl::Enrollment enrollment, QObject *parent)
    : QObject(parent), m_databasePath(std::move(databasePath)), m_enrollment(std::move(enrollment))
{
    connect(&m_timer, &QTimer::timeout, this, &KioskSync::runInBackground);
}

KioskSync::~KioskSync()
{
    m_timer.stop();
    m_runner.stop(); // a retry waiting out its backoff ends now; the thread then ends
}

void KioskSync::start(std::chrono::milliseconds interval)
{
    m_timer.start(interval);
    runInBackground();
}

void KioskSync::runInBackground()
{
    if (m_running)
        return; // the last one is still going
    m_running = true;
    m_thread.run(
        this, [this] { return runOnce(); },
        [this](bool ok) {
            m_running = false;
            emit synced(ok);
        });
}

bool KioskSync::runOnce()
{
    store::StoreOptions options;
    options.database.path = m_databasePath.toStdString();
    auto store = store::Store::open(std::move(options));
    if (!store) {
        qCWarning(lcKiosk) << "sync: cannot open the kiosk store:"
                           << store::toString(store.error().code);
        return false;
    }
    const sync::client::SyncStatus status = m_runner.runOnce(**store, m_enrollment);
    if (status.activity != sync::client::Activity::Idle) {
        qCInfo(lcKiosk) << "sync stopped:" << sync::client::toString(status.activity)
                        << (status.error ? status.error->detail.c_str() : "");
        return false;
    }
    return true;
}

} // namespace lykta::kiosk
