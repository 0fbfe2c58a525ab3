#include "keystore.h"

namespace lykta::platform {

namespace {

// Desktop Linux has no hardware key store Lykta can rely on (a TPM is rare on the machines
// staff use and not reachable without root). This says so honestly instead of pretending with
// a software file next to the data: the passphrase is the only protection, and the app must
// demand a strong one.
class LinuxKeyStore final : public KeyStore
{
public:
    bool isAvailable() const override { return false; }

    Result<std::vector<unsigned char>, Error> wrap(std::string_view,
                                                   const crypto::SecureKey &) override
    {
        return Error::Unavailable;
    }

    Result<crypto::SecureKey, Error> unwrap(std::string_view,
                                            std::span<const unsigned char>) override
    {
        return Error::Unavailable;
    }

    void remove(std::string_view) override {}
};

} // namespace

std::unique_ptr<KeyStore> KeyStore::create()
{
    return std::make_unique<LinuxKeyStore>();
}

} // namespace lykta::platform
