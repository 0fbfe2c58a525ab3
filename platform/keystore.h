#pragma once

#include "sync/core/result.h"
#include "sync/crypto/passphrase.h"
#include "sync/crypto/securekey.h"

#include <memory>
#include <span>
#include <string_view>
#include <vector>

namespace lykta::platform {

// The device's hardware-backed key store, which can wrap the store's data key with a key
// that never leaves secure hardware and that limits unlock attempts (Android Keystore with
// StrongBox or a TEE, iOS Keychain with the Secure Enclave; see docs/encryption.md). Where a
// device has one, the data key is wrapped twice (passphrase key file, and this) and a PIN is
// enough; where it has none (a Linux desktop) isAvailable() is false and the passphrase alone
// protects the key, so it must be a strong one. No screen uses it yet: the unlock flow
// (app::LockSession) asks for the passphrase on every device, and is where it would come in.
class KeyStore
{
public:
    enum class Error
    {
        Unavailable, // no hardware-backed store on this device
        NotFound,    // no key under this alias (the app was reinstalled, the device wiped)
        Denied,      // the user or the attempt limit refused
        Failed,      // the platform reported another error
    };

    // This device's key store (keystore_<os>.cpp).
    static std::unique_ptr<KeyStore> create();
    virtual ~KeyStore() = default;

    virtual bool isAvailable() const = 0;
    // What protects the data key here, and so what secret crypto::checkPassphrase() demands.
    crypto::KeyProtection protection() const
    {
        return isAvailable() ? crypto::KeyProtection::HardwareBacked
                             : crypto::KeyProtection::PassphraseOnly;
    }

    // The data key wrapped by the hardware key named `alias` (created on first use).
    virtual Result<std::vector<unsigned char>, Error> wrap(std::string_view alias,
                                                           const crypto::SecureKey &dataKey) = 0;
    virtual Result<crypto::SecureKey, Error> unwrap(std::string_view alias,
                                                    std::span<const unsigned char> wrapped) = 0;
    // Forgets the hardware key: everything it wrapped is unreadable from then on.
    virtual void remove(std::string_view alias) = 0;
};

} // namespace lykta::platform
