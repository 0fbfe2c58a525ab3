#include "vault.h"

#include "secretseal.h"

#include <atomic>
#include <cstring>

namespace lykta::crypto {

const char *toString(CryptoErrc code)
{
    switch (code) {
    case CryptoErrc::WrongPassphrase:
        return "wrong-passphrase";
    case CryptoErrc::WeakPassphrase:
        return "weak-passphrase";
    case CryptoErrc::KeyFileMissing:
        return "key-file-missing";
    case CryptoErrc::KeyFileDamaged:
        return "key-file-damaged";
    case CryptoErrc::AlreadyExists:
        return "already-exists";
    case CryptoErrc::Locked:
        return "locked";
    case CryptoErrc::Io:
        return "io";
    case CryptoErrc::Unavailable:
        return "unavailable";
    }
    return "io";
}

namespace {

std::string uniqueVfsName()
{
    static std::atomic<int> next{0};
    return "lykta-encrypted-" + std::to_string(++next);
}

Result<bool, CryptoError> checkStrength(std::string_view passphrase, KeyProtection protection)
{
    const PassphraseCheck check = checkPassphrase(passphrase, protection);
    if (check != PassphraseCheck::Ok)
        return CryptoError{CryptoErrc::WeakPassphrase, toString(check)};
    return true;
}

} // namespace

Result<std::unique_ptr<Vault>, CryptoError> Vault::make(std::string keyFile, std::string vfsName)
{
    if (!ensureSodium())
        return CryptoError{CryptoErrc::Unavailable, "libsodium failed to start"};
    std::unique_ptr<Vault> vault(new Vault());
    vault->m_keyFile = std::move(keyFile);
    vault->m_vfs = EncryptedVfs::registerVfs(vfsName.empty() ? uniqueVfsName() : std::move(vfsName),
                                             vault->m_slot);
    if (!vault->m_vfs)
        return CryptoError{CryptoErrc::Unavailable, "cannot register the encrypted SQLite VFS"};
    return vault;
}

Result<std::unique_ptr<Vault>, CryptoError> Vault::create(std::string keyFilePath,
                                                          std::string_view passphrase,
                                                          const KdfParams &params,
                                                          KeyProtection protection)
{
    if (auto strong = checkStrength(passphrase, protection); !strong)
        return strong.error();
    auto vault = make(std::move(keyFilePath), {});
    if (!vault)
        return vault.error();
    SecureKey key = SecureKey::random();
    if (auto written = KeyFile::write((*vault)->m_keyFile, key, passphrase, params, false);
        !written)
        return written.error();
    std::memcpy((*vault)->m_slot.key.data(), key.data(), SecureKey::kSize);
    (*vault)->m_slot.unlocked = true;
    return vault;
}

Result<std::unique_ptr<Vault>, CryptoError> Vault::open(std::string keyFilePath)
{
    if (auto params = KeyFile::params(keyFilePath); !params)
        return params.error();
    return make(std::move(keyFilePath), {});
}

Result<std::unique_ptr<Vault>, CryptoError> Vault::fromKey(SecureKey key, std::string vfsName)
{
    if (!key.valid())
        return CryptoError{CryptoErrc::KeyFileDamaged, "no key"};
    auto vault = make({}, std::move(vfsName));
    if (!vault)
        return vault.error();
    std::memcpy((*vault)->m_slot.key.data(), key.data(), SecureKey::kSize);
    (*vault)->m_slot.unlocked = true;
    return vault;
}

Vault::~Vault()
{
    m_vfs.reset();
    lock();
}

Result<bool, CryptoError> Vault::unlock(std::string_view passphrase)
{
    if (m_keyFile.empty())
        return CryptoError{CryptoErrc::Locked, "a raw-key vault cannot be unlocked again"};
    auto key = KeyFile::unwrap(m_keyFile, passphrase);
    if (!key)
        return key.error();
    std::memcpy(m_slot.key.data(), key->data(), SecureKey::kSize);
    m_slot.unlocked = true;
    return true;
}

void Vault::lock()
{
    m_slot.unlocked = false;
    m_slot.key.wipe();
}

Result<SecureKey, CryptoError> Vault::purposeKey(std::string_view purpose) const
{
    if (isLocked())
        return CryptoError{CryptoErrc::Locked, "the vault is locked"};
    SecureKey key = derivePurposeKey(m_slot.key, purpose);
    if (!key.valid())
        return CryptoError{CryptoErrc::Unavailable, "libsodium failed to start"};
    return key;
}

Result<bool, CryptoError> Vault::changePassphrase(std::string_view current, std::string_view next,
                                                  const KdfParams &params, KeyProtection protection)
{
    if (m_keyFile.empty())
        return CryptoError{CryptoErrc::KeyFileMissing, "a raw-key vault has no passphrase"};
    if (auto strong = checkStrength(next, protection); !strong)
        return strong.error();
    auto key = KeyFile::unwrap(m_keyFile, current);
    if (!key)
        return key.error();
    return KeyFile::write(m_keyFile, *key, next, params, true);
}

} // namespace lykta::crypto
