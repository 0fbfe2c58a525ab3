#include "syncscheduler.h"

#include "networkstatus.h"
#include "synccontroller.h"
#include "workspace.h"

#include "sync/client/backoff.h"
#include "sync/core/limits.h"

#include <QGuiApplication>
#include <QJSEngine>
#include <QLocale>
#include <QSettings>

#include <limits>

namespace lykta::app {

namespace {

const QString kAllowMeteredKey = QStringLiteral("sync/allowMetered");

QString waitWords(std::chrono::milliseconds wait)
{
    const auto seconds = std::chrono::ceil<std::chrono::seconds>(wait).count();
    if (seconds < 60)
        return SyncScheduler::tr("%n s", "", int(seconds));
    return SyncScheduler::tr("%n min", "", int((seconds + 59) / 60));
}

} // namespace

SyncScheduler::SyncScheduler(SyncController &sync, Workspace &workspace, NetworkStatus &network,
                             Intervals intervals, Clock clock, QObject *parent)
    : QObject(parent), m_sync(sync), m_network(network), m_intervals(intervals),
      m_clock(clock ? std::move(clock) : [] { return QDateTime::currentDateTimeUtc(); }),
      m_wasOnline(network.online()),
      m_allowMetered(QSettings().value(kAllowMeteredKey, false).toBool())
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SyncScheduler::check);
    connect(&network, &NetworkStatus::changed, this, &SyncScheduler::onNetworkChanged);
    connect(&workspace, &Workspace::noteSigned, this, &SyncScheduler::onSigned);
    connect(&sync, &SyncController::syncFinished, this, &SyncScheduler::onSyncFinished);
    connect(&sync, &SyncController::changed, this, &SyncScheduler::changed); // busy, enrolled
    // A timer does not run while the device sleeps: what came due meanwhile runs on waking.
    if (auto *gui = qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        connect(gui, &QGuiApplication::applicationStateChanged, this,
                [this](Qt::ApplicationState s) {
                    if (s == Qt::ApplicationActive)
                        check();
                });
    schedule(now().addMSecs(m_intervals.period.count()), Reason::Period);
}

QDateTime SyncScheduler::now() const
{
    return m_clock();
}

bool SyncScheduler::mayUseNetwork() const
{
    return m_network.online() && (!m_network.metered() || m_allowMetered);
}

QString SyncScheduler::nextText() const
{
    if (m_paused || m_sync.busy() || !m_sync.enrolled())
        return {};
    if (!m_network.online())
        return tr("Väntar på nätverk");
    if (m_network.metered() && !m_allowMetered)
        return tr("Mobildata: synk av (ändra i Inställningar)");
    const QString at = QLocale().toString(m_due.toLocalTime().time(), QLocale::ShortFormat);
    switch (m_reason) {
    case Reason::Error:
        return tr("Nästa försök %1 (efter fel, väntar %2)").arg(at, waitWords(m_wait));
    case Reason::Signed:
        return tr("Nästa försök %1 (strax efter signering)").arg(at);
    case Reason::Period:
        break;
    }
    const auto minutes = std::chrono::ceil<std::chrono::minutes>(m_intervals.period).count();
    return tr("Nästa försök %1 (var %n:e minut)", "", int(minutes)).arg(at);
}

QString SyncScheduler::networkText() const
{
    if (!m_network.known())
        return tr("Enheten visar inte om nätverket är uppe. Lykta synkar ändå på tid och när "
                  "du trycker på Synkronisera nu.");
    if (m_network.metered() && m_allowMetered)
        return tr("Mobildata: synkar ändå, enligt Inställningar.");
    return {};
}

void SyncScheduler::setAllowMetered(bool allow)
{
    if (allow == m_allowMetered)
        return;
    m_allowMetered = allow;
    QSettings().setValue(kAllowMeteredKey, allow);
    emit changed();
    check();
}

void SyncScheduler::schedule(QDateTime due, Reason reason)
{
    m_due = std::move(due);
    m_reason = reason;
    const qint64 ms = std::clamp<qint64>(now().msecsTo(m_due), 0, std::numeric_limits<int>::max());
    m_timer.start(int(ms));
    emit changed();
}

void SyncScheduler::check()
{
    if (m_paused || m_sync.busy() || !m_sync.enrolled() || !mayUseNetwork())
        return;
    if (now() < m_due) {
        schedule(m_due, m_reason); // a coarse timer may fire a little early
        return;
    }
    m_sync.syncNow();
}

void SyncScheduler::pause()
{
    m_paused = true;
    emit changed();
}

void SyncScheduler::resume()
{
    m_paused = false;
    emit changed();
    check();
}

void SyncScheduler::onNetworkChanged()
{
    const bool online = m_network.online();
    // Back on the network: what waited for it goes now, whatever backoff an earlier failure
    // (most likely the network itself) set.
    if (online && !m_wasOnline)
        schedule(now(), m_reason);
    m_wasOnline = online;
    emit changed();
    check(); // also a metered connection left for an unmetered one
}

void SyncScheduler::onSigned()
{
    if (m_sync.busy()) {
        m_signedDuringSync = true; // the sync under way may have sent its changes already
        return;
    }
    const QDateTime due = now().addMSecs(m_intervals.afterSigning.count());
    if (m_reason == Reason::Error && m_due > due)
        return; // the backoff holds
    schedule(due, Reason::Signed);
}

void SyncScheduler::onSyncFinished(bool ok, int retryAfterSeconds)
{
    const bool signedDuringSync = std::exchange(m_signedDuringSync, false);
    if (!ok && m_paused) {
        // The lock stopped this sync (or it failed while the device was locking): not the
        // server's or the network's fault, so no backoff. It runs again on unlocking.
        schedule(now(), signedDuringSync ? Reason::Signed : m_reason);
        return;
    }
    if (!ok) {
        m_wait = sync::client::backoffDelay(
            m_failures, m_intervals.retryFirst, m_intervals.retryMax,
            std::chrono::seconds(retryAfterSeconds), sync::limits::kMaxRetryAfter);
        ++m_failures;
        schedule(now().addMSecs(m_wait.count()), Reason::Error);
        return;
    }
    m_failures = 0;
    if (signedDuringSync)
        schedule(now().addMSecs(m_intervals.afterSigning.count()), Reason::Signed);
    else
        schedule(now().addMSecs(m_intervals.period.count()), Reason::Period);
}

} // namespace lykta::app
