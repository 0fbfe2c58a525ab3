#pragma once

#include "sync/core/result.h"
#include "sync/crypto/securekey.h"

#include <QString>

namespace lykta::platform {

// A key that belongs to this device rather than to a passphrase, for a store that has none
// (the waiting-room kiosk's: it must sync unattended). It seals the kiosk's device token.
// Where the platform has a hardware key store (KeyStore::isAvailable) the file holds the key
// only wrapped by a hardware key that never leaves the device; where it has none (desktop
// Linux) the file holds the key itself, mode 0600 in a 0700 folder, in the user's config
// folder and not in the data folder: a copy of the data folder or of a store's files does not
// carry it, while someone with the whole user account does (see docs/encryption.md).
class DeviceKey
{
public:
    // $XDG_CONFIG_HOME/lykta/device.key (the same for the app, the kiosk and lykta-sync).
    static QString defaultPath();
    // The key in `path`, made on first use (two processes racing make one key).
    static Result<crypto::SecureKey, QString> loadOrCreate(const QString &path = defaultPath());
};

} // namespace lykta::platform
