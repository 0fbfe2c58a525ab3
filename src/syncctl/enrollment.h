#pragma once

#include "store/store.h"
#include "sync/client/transport.h"
#include "sync/core/result.h"
#include "sync/crypto/securekey.h"

#include <string>

namespace lykta::syncctl {

enum class EnrollmentErrc
{
    Missing, // not enrolled
    Locked,  // the store is locked: the token cannot be opened, and nothing is sent
    Damaged, // altered, or sealed with another key (a copied file set without its passphrase)
    Io,      // the file cannot be read or written
};
const char *toString(EnrollmentErrc code);

struct EnrollmentError
{
    EnrollmentErrc code = EnrollmentErrc::Io;
    std::string detail; // for logs: never the token
};

// An enrollment: a small file beside the store (`<db>.sync`, mode 0600) with the server URL,
// who the device belongs to, and the device token sealed (crypto::sealSecret) with a key made
// from the store's data key, so a copy of the file set without the passphrase cannot sync as
// the device; a store without a passphrase (the kiosk) seals it with the device key
// (platform::DeviceKey). The other fields are readable, and authenticated together with the
// token. A file an earlier version wrote with the token in clear is sealed on its first load
// with the key, and the clear copy overwritten.
struct Enrollment
{
    std::string server;
    std::string token;
    std::string caFile;
    std::string kind;
    std::string staffId;
    std::string units; // comma-separated

    static std::string pathFor(const std::string &database);
    // Whether the store is enrolled; needs no key (the app shows it while locked).
    static bool exists(const std::string &path);
    static Result<Enrollment, EnrollmentError> load(const std::string &path,
                                                    const crypto::SecureKey &key);
    Result<bool, EnrollmentError> save(const std::string &path, const crypto::SecureKey &key) const;
    // How to reach the server as this device: its address, token and CA file.
    sync::client::TransportOptions transport() const;
};

// The key that seals a store's enrollment: from its vault (Locked while the vault is locked),
// or the device key for a store without one.
Result<crypto::SecureKey, EnrollmentError> enrollmentKey(const store::StoreOptions &options);

// The store's enrollment, opened with enrollmentKey(options).
Result<Enrollment, EnrollmentError> loadEnrollment(const store::StoreOptions &options);

} // namespace lykta::syncctl
