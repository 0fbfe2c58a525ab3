#include "sqlitefile.h"

#include <array>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace lykta::server::sqlitefile {

Format format(const std::string &path)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return errno == ENOENT ? Format::Missing : Format::Other;
    constexpr char kMagic[] = "SQLite format 3"; // 16 bytes with its NUL
    std::array<char, sizeof kMagic> head{};
    const ssize_t n = ::read(fd, head.data(), head.size());
    ::close(fd);
    if (n == 0)
        return Format::Empty;
    if (n == static_cast<ssize_t>(head.size()) &&
        std::memcmp(head.data(), kMagic, head.size()) == 0)
        return Format::Plain;
    return Format::Other;
}

bool createPrivate(const std::string &path)
{
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return errno == EEXIST;
    ::close(fd);
    return true;
}

void makePrivate(const std::string &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"}) {
        const std::string file = path + suffix;
        struct stat st
        {
        };
        if (::stat(file.c_str(), &st) == 0 && S_ISREG(st.st_mode) && (st.st_mode & 077) != 0)
            ::chmod(file.c_str(), st.st_mode & 0700);
    }
}

} // namespace lykta::server::sqlitefile
