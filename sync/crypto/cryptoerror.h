#pragma once

#include <string>

namespace lykta::crypto {

// What went wrong with a key, a key file or a passphrase, as a code the app turns into words.
// `detail` is for logs and developers: it never holds a passphrase or key material.
enum class CryptoErrc
{
    WrongPassphrase, // the passphrase does not unwrap the data key; nothing was written
    WeakPassphrase,  // refused by checkPassphrase(); see PassphraseCheck for why
    KeyFileMissing,  // there is no key file where one was expected
    KeyFileDamaged,  // the key file is not one of ours, or its fields are out of range
    AlreadyExists,   // a key file is already there; creating one would orphan a database
    Locked,          // the vault is locked: unlock it first
    Io,              // the operating system refused to read or write the key file
    Unavailable,     // libsodium could not start, or the platform has no such key store
};

struct CryptoError
{
    CryptoErrc code = CryptoErrc::Io;
    std::string detail;
};

const char *toString(CryptoErrc code);

} // namespace lykta::crypto
