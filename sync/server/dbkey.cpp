#include "dbkey.h"

#include "sync/crypto/rawkey.h"

#include <sodium.h>

#include <array>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace lykta::server::dbkey {

Result<crypto::SecureKey, std::string> read(const std::string &path)
{
    struct stat st
    {
    };
    if (::stat(path.c_str(), &st) != 0)
        return path + ": cannot read the database key file (" + std::strerror(errno) + ")";
    if (!S_ISREG(st.st_mode))
        return path + ": the database key file is not a regular file";
    if ((st.st_mode & 077) != 0) {
        char mode[8];
        std::snprintf(mode, sizeof mode, "%04o", static_cast<unsigned>(st.st_mode & 07777));
        return path + ": the database key file may be read by others (mode " + mode +
               "); make it 0600 (chmod 600) and owned by the server's user";
    }
    auto key = crypto::readRawKeyFile(path);
    if (!key)
        return path + ": not a database key (" + key.error().detail +
               "; make one with lykta-server admin new-key --out FILE)";
    return std::move(*key);
}

Result<bool, std::string> create(const std::string &path)
{
    if (!crypto::ensureSodium())
        return std::string("libsodium failed to start");
    const crypto::SecureKey key = crypto::SecureKey::random();
    std::array<char, 2 * crypto::SecureKey::kSize + 2> hex{};
    sodium_bin2hex(hex.data(), hex.size() - 1, key.data(), crypto::SecureKey::kSize);
    hex[2 * crypto::SecureKey::kSize] = '\n';

    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0) {
        const int error = errno;
        sodium_memzero(hex.data(), hex.size());
        if (error == EEXIST)
            return path + " already exists; a database key is never overwritten (the database "
                          "it encrypts would be lost)";
        return path + ": " + std::strerror(error);
    }
    // The mode given to open() is narrowed by the umask only, never widened; make sure.
    bool ok = ::fchmod(fd, 0600) == 0;
    const std::size_t length = 2 * crypto::SecureKey::kSize + 1;
    ok = ok && ::write(fd, hex.data(), length) == static_cast<ssize_t>(length) && ::fsync(fd) == 0;
    const int error = errno;
    sodium_memzero(hex.data(), hex.size());
    ::close(fd);
    if (!ok) {
        ::unlink(path.c_str());
        return path + ": cannot write the key (" + std::strerror(error) + ")";
    }
    // The key's name must survive a power cut as well as its bytes.
    const auto slash = path.rfind('/');
    const std::string folder = slash == std::string::npos ? "." : path.substr(0, slash + 1);
    if (const int dir = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC); dir >= 0) {
        ::fsync(dir);
        ::close(dir);
    }
    return true;
}

} // namespace lykta::server::dbkey
