#pragma once

#include "cryptoerror.h"
#include "encryptedvfs.h"
#include "keyfile.h"
#include "passphrase.h"

#include <memory>
#include <string>
#include <string_view>

namespace lykta::crypto {

// Holds one database's data key and the encrypted VFS that uses it. The store opens its
// file through vfsName(); lock() wipes the key (sodium_memzero) so nothing can be read or
// written through the VFS until unlock(). Passphrase vaults keep the key only wrapped, in a
// key file (see KeyFile); key vaults (a server) take a raw key and cannot be unlocked again
// once locked. Not thread-safe: lock and use it from the thread that uses the store.
class Vault
{
public:
    // A new key file with a fresh random data key wrapped by `passphrase`; the vault is
    // unlocked. Refuses a weak passphrase for `protection`, and an existing key file.
    static Result<std::unique_ptr<Vault>, CryptoError>
    create(std::string keyFilePath, std::string_view passphrase, const KdfParams &params,
           KeyProtection protection = KeyProtection::PassphraseOnly);
    // A vault over an existing key file, locked; unlock() with the passphrase.
    static Result<std::unique_ptr<Vault>, CryptoError> open(std::string keyFilePath);
    // A vault over a raw data key (the server's, from a file or the environment), unlocked.
    static Result<std::unique_ptr<Vault>, CryptoError> fromKey(SecureKey key,
                                                               std::string vfsName = {});
    ~Vault();

    // The SQLite VFS to open the database through; stays registered while the vault lives.
    const std::string &vfsName() const { return m_vfs->name(); }
    const std::string &keyFilePath() const { return m_keyFile; }
    bool isLocked() const { return !m_slot.unlocked.load(); }

    // WrongPassphrase leaves the vault locked and every file as it was.
    Result<bool, CryptoError> unlock(std::string_view passphrase);
    // Wipes the data key. Close every connection through vfsName() first.
    void lock();
    // A key for sealing a small secret beside the database (crypto::sealSecret), derived from
    // the data key for `purpose` (8 characters): as safe as the database, and Locked while the
    // vault is locked.
    Result<SecureKey, CryptoError> purposeKey(std::string_view purpose) const;
    // Rewraps the data key under `next` after checking `current`; the database is untouched.
    Result<bool, CryptoError>
    changePassphrase(std::string_view current, std::string_view next, const KdfParams &params,
                     KeyProtection protection = KeyProtection::PassphraseOnly);

    // The key's memory, for tests that check lock() really wiped it.
    const SecureKey &keyForTest() const { return m_slot.key; }

private:
    Vault() = default;
    static Result<std::unique_ptr<Vault>, CryptoError> make(std::string keyFile,
                                                            std::string vfsName);

    std::string m_keyFile;
    KeySlot m_slot;
    std::unique_ptr<EncryptedVfs> m_vfs;
};

} // namespace lykta::crypto
