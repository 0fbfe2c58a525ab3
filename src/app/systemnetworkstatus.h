#pragma once

#include "networkstatus.h"

namespace lykta::app {

// The network as Qt's QNetworkInformation reports it. On Debian 12 the backends are
// NetworkManager's and GLib's (qt6-base's plugins/networkinformation); a device with neither
// running reports known() false and the scheduler syncs on time alone.
class SystemNetworkStatus : public NetworkStatus
{
    Q_OBJECT

public:
    explicit SystemNetworkStatus(QObject *parent = nullptr);

    bool known() const override { return m_known; }
    bool online() const override;
    bool metered() const override;

private:
    bool m_known = false;
    bool m_meteredKnown = false;
};

} // namespace lykta::app
