#include "sqlitefile.h"

#include <array>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace lykta::server::sqlitefile {

namespace {

constexpr char kMagic[] = "SQLite format 3"; // 16 bytes with its NUL

// The 16 bytes at `offset` of `path`: Missing, Empty (nothing there), Plain (SQLite's magic) or
// Other.
Format magicAt(const std::string &path, off_t offset)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return errno == ENOENT ? Format::Missing : Format::Other;
    std::array<char, sizeof kMagic> head{};
    const ssize_t n = ::pread(fd, head.data(), head.size(), offset);
    ::close(fd);
    if (n == 0)
        return Format::Empty;
    if (n == static_cast<ssize_t>(head.size()) &&
        std::memcmp(head.data(), kMagic, head.size()) == 0)
        return Format::Plain;
    return Format::Other;
}

} // namespace

Format format(const std::string &path)
{
    const Format main = magicAt(path, 0);
    if (main != Format::Empty && main != Format::Missing)
        return main;
    // A new database's first commits stay in the WAL until a checkpoint. Their first frame is
    // page 1 (SQLite writes a commit's pages in page order), after the WAL's 32-byte header and
    // the frame's 24-byte header: plain, it starts with the magic; sealed, with a nonce.
    const Format wal = magicAt(path + "-wal", 32 + 24);
    return wal == Format::Missing || wal == Format::Empty ? main : wal;
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
