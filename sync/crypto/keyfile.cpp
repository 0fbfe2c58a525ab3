#include "keyfile.h"

#include <sodium.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <filesystem>

#include <fcntl.h>
#include <unistd.h>

namespace lykta::crypto {

namespace {

constexpr std::string_view kMagic = "LYKTAKEY";
constexpr unsigned char kVersion = 1;
constexpr unsigned char kAlgorithm = 1; // Argon2id v1.3 + XChaCha20-Poly1305 (IETF)
constexpr std::size_t kSaltSize = crypto_pwhash_SALTBYTES;
constexpr std::size_t kNonceSize = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr std::size_t kTagSize = crypto_aead_xchacha20poly1305_ietf_ABYTES;
constexpr std::size_t kHeaderSize = 8 + 4 + 4 + 8 + kSaltSize + kNonceSize; // = 64
static_assert(kHeaderSize + SecureKey::kSize + kTagSize == KeyFile::kFileSize);

// Bounds on what a key file may ask for: a damaged or hostile file must not make unlocking
// allocate gigabytes or spin for minutes.
constexpr std::uint64_t kMaxOps = 64;
constexpr std::uint64_t kMaxMem = 1ull << 30;

using Bytes = std::array<unsigned char, KeyFile::kFileSize>;

constexpr std::size_t kSaltAt = 24;
constexpr std::size_t kNonceAt = kSaltAt + kSaltSize;

struct Loaded
{
    Bytes bytes;
    KdfParams params;
    const unsigned char *salt() const { return &bytes[kSaltAt]; }
    const unsigned char *nonce() const { return &bytes[kNonceAt]; }
    const unsigned char *wrapped() const { return &bytes[kHeaderSize]; }
};

void putLe(unsigned char *out, std::uint64_t value, int bytes)
{
    for (int i = 0; i < bytes; ++i)
        out[i] = static_cast<unsigned char>(value >> (8 * i));
}

std::uint64_t getLe(const unsigned char *in, int bytes)
{
    std::uint64_t value = 0;
    for (int i = 0; i < bytes; ++i)
        value |= std::uint64_t{in[i]} << (8 * i);
    return value;
}

Result<Bytes, CryptoError> readFile(const std::string &path)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        if (errno == ENOENT)
            return CryptoError{CryptoErrc::KeyFileMissing, "no key file"};
        return CryptoError{CryptoErrc::Io, std::string("open key file: ") + std::strerror(errno)};
    }
    Bytes bytes{};
    const ssize_t n = ::read(fd, bytes.data(), bytes.size());
    unsigned char extra = 0;
    const ssize_t more = n == static_cast<ssize_t>(bytes.size()) ? ::read(fd, &extra, 1) : 0;
    ::close(fd);
    if (n != static_cast<ssize_t>(bytes.size()) || more != 0)
        return CryptoError{CryptoErrc::KeyFileDamaged, "key file has the wrong size"};
    return bytes;
}

// Argon2id's own bounds, and ours.
bool inRange(const KdfParams &params)
{
    return params.opsLimit >= crypto_pwhash_OPSLIMIT_MIN && params.opsLimit <= kMaxOps &&
           params.memLimit >= crypto_pwhash_MEMLIMIT_MIN && params.memLimit <= kMaxMem;
}

Result<Loaded, CryptoError> load(const std::string &path)
{
    auto read = readFile(path);
    if (!read)
        return read.error();
    const Bytes &bytes = *read;
    if (std::memcmp(bytes.data(), kMagic.data(), kMagic.size()) != 0)
        return CryptoError{CryptoErrc::KeyFileDamaged, "not a Lykta key file"};
    if (bytes[8] != kVersion || bytes[9] != kAlgorithm)
        return CryptoError{CryptoErrc::KeyFileDamaged, "unknown key file version or algorithm"};
    Loaded loaded{bytes, {getLe(&bytes[12], 4), getLe(&bytes[16], 8)}};
    if (!inRange(loaded.params))
        return CryptoError{CryptoErrc::KeyFileDamaged, "key file parameters out of range"};
    return loaded;
}

Result<SecureKey, CryptoError> deriveKek(std::string_view passphrase, const unsigned char *salt,
                                         const KdfParams &params)
{
    if (!ensureSodium())
        return CryptoError{CryptoErrc::Unavailable, "libsodium failed to start"};
    SecureKey kek = SecureKey::zeroed();
    if (crypto_pwhash(kek.data(), SecureKey::kSize, passphrase.data(), passphrase.size(), salt,
                      params.opsLimit, static_cast<std::size_t>(params.memLimit),
                      crypto_pwhash_ALG_ARGON2ID13) != 0)
        return CryptoError{CryptoErrc::Unavailable, "Argon2id ran out of memory"};
    return kek;
}

Result<bool, CryptoError> writeAtomically(const std::string &path, const Bytes &bytes, bool replace)
{
    std::error_code ec;
    if (!replace && std::filesystem::exists(path, ec))
        return CryptoError{CryptoErrc::AlreadyExists, "a key file is already there"};
    const std::string temporary = path + ".new";
    const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0)
        return CryptoError{CryptoErrc::Io, std::string("create key file: ") + std::strerror(errno)};
    const bool written =
        ::write(fd, bytes.data(), bytes.size()) == static_cast<ssize_t>(bytes.size()) &&
        ::fsync(fd) == 0;
    const int writeErrno = errno;
    ::close(fd);
    if (!written) {
        ::unlink(temporary.c_str());
        return CryptoError{CryptoErrc::Io,
                           std::string("write key file: ") + std::strerror(writeErrno)};
    }
    if (::rename(temporary.c_str(), path.c_str()) != 0) {
        const int renameErrno = errno;
        ::unlink(temporary.c_str());
        return CryptoError{CryptoErrc::Io,
                           std::string("replace key file: ") + std::strerror(renameErrno)};
    }
    // The rename itself must reach the disk before the old file is gone for good.
    const std::string folder = std::filesystem::path(path).parent_path().string();
    const int dir =
        ::open(folder.empty() ? "." : folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dir >= 0) {
        ::fsync(dir);
        ::close(dir);
    }
    return true;
}

} // namespace

KdfParams KdfParams::calibrated(std::chrono::milliseconds target, std::uint64_t memLimit)
{
    KdfParams params{1, memLimit};
    if (!ensureSodium())
        return params;
    const std::array<unsigned char, kSaltSize> salt{};
    SecureKey probe = SecureKey::zeroed();
    const auto start = std::chrono::steady_clock::now();
    if (crypto_pwhash(probe.data(), SecureKey::kSize, "calibration", 11, salt.data(), 1,
                      static_cast<std::size_t>(memLimit), crypto_pwhash_ALG_ARGON2ID13) != 0)
        return KdfParams{};
    const auto onePass = std::chrono::steady_clock::now() - start;
    const double passes = std::chrono::duration<double>(target) / onePass;
    params.opsLimit =
        std::clamp<std::uint64_t>(static_cast<std::uint64_t>(passes + 0.5), 2, kMaxOps);
    return params;
}

KdfParams KdfParams::minimal()
{
    return {crypto_pwhash_OPSLIMIT_MIN, 8192 * 1024};
}

Result<SecureKey, CryptoError> KeyFile::unwrap(const std::string &path, std::string_view passphrase)
{
    auto loaded = load(path);
    if (!loaded)
        return loaded.error();
    auto kek = deriveKek(passphrase, loaded->salt(), loaded->params);
    if (!kek)
        return kek.error();
    SecureKey key = SecureKey::zeroed();
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            key.data(), nullptr, nullptr, loaded->wrapped(), SecureKey::kSize + kTagSize,
            loaded->bytes.data(), kHeaderSize, loaded->nonce(), kek->data()) != 0)
        return CryptoError{CryptoErrc::WrongPassphrase,
                           "the passphrase does not open the key file"};
    return key;
}

Result<bool, CryptoError> KeyFile::write(const std::string &path, const SecureKey &dataKey,
                                         std::string_view passphrase, const KdfParams &params,
                                         bool replace)
{
    if (!ensureSodium())
        return CryptoError{CryptoErrc::Unavailable, "libsodium failed to start"};
    if (!inRange(params))
        return CryptoError{CryptoErrc::KeyFileDamaged, "key derivation parameters out of range"};
    Bytes bytes{};
    std::memcpy(bytes.data(), kMagic.data(), kMagic.size());
    bytes[8] = kVersion;
    bytes[9] = kAlgorithm;
    putLe(&bytes[12], params.opsLimit, 4);
    putLe(&bytes[16], params.memLimit, 8);
    unsigned char *salt = &bytes[kSaltAt];
    unsigned char *nonce = &bytes[kNonceAt];
    randombytes_buf(salt, kSaltSize);
    randombytes_buf(nonce, kNonceSize);
    auto kek = deriveKek(passphrase, salt, params);
    if (!kek)
        return kek.error();
    crypto_aead_xchacha20poly1305_ietf_encrypt(bytes.data() + kHeaderSize, nullptr, dataKey.data(),
                                               SecureKey::kSize, bytes.data(), kHeaderSize, nullptr,
                                               nonce, kek->data());
    return writeAtomically(path, bytes, replace);
}

Result<KdfParams, CryptoError> KeyFile::params(const std::string &path)
{
    auto loaded = load(path);
    if (!loaded)
        return loaded.error();
    return loaded->params;
}

} // namespace lykta::crypto
