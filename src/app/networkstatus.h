#pragma once

#include <QObject>

namespace lykta::app {

// What the sync scheduler asks of the network: is the device on a network at all, and is it
// a metered one (mobile data). The app answers from the system (SystemNetworkStatus); a test
// drives its own answers.
class NetworkStatus : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // False when the system cannot say (no backend): then online() is true, so syncing is
    // attempted on schedule and its own errors say whether the server is reachable.
    virtual bool known() const = 0;
    virtual bool online() const = 0;
    virtual bool metered() const = 0;

signals:
    void changed();
};

} // namespace lykta::app
