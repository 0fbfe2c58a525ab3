#include "systemnetworkstatus.h"

#include <QLoggingCategory>
#include <QNetworkInformation>

namespace lykta::app {

namespace {
Q_LOGGING_CATEGORY(lcNetwork, "lykta.app.network")
}

SystemNetworkStatus::SystemNetworkStatus(QObject *parent) : NetworkStatus(parent)
{
    using Feature = QNetworkInformation::Feature;
    m_known = QNetworkInformation::loadBackendByFeatures(Feature::Reachability);
    auto *info = QNetworkInformation::instance();
    if (!m_known || !info) {
        m_known = false;
        qCInfo(lcNetwork) << "no network information backend; available:"
                          << QNetworkInformation::availableBackends();
        return;
    }
    m_meteredKnown = info->supports(Feature::Metered);
    connect(info, &QNetworkInformation::reachabilityChanged, this, &NetworkStatus::changed);
    if (m_meteredKnown)
        connect(info, &QNetworkInformation::isMeteredChanged, this, &NetworkStatus::changed);
}

bool SystemNetworkStatus::online() const
{
    if (!m_known)
        return true;
    // Reachability Unknown (a backend still starting) is not a reason to wait; Local and Site
    // may reach a municipality's own server.
    const auto r = QNetworkInformation::instance()->reachability();
    return r != QNetworkInformation::Reachability::Disconnected;
}

bool SystemNetworkStatus::metered() const
{
    return m_known && m_meteredKnown && QNetworkInformation::instance()->isMetered();
}

} // namespace lykta::app
