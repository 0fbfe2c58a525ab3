#include "deviceerase.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <system_error>

namespace lykta::syncctl {

namespace {

// Overwrites the file with zeros and flushes it to the disk; false when it cannot be opened.
bool overwrite(const std::string &path)
{
    const int fd = ::open(path.c_str(), O_WRONLY | O_CLOEXEC);
    if (fd < 0)
        return errno == ENOENT;
    struct stat info = {};
    bool ok = ::fstat(fd, &info) == 0;
    const std::vector<char> zeros(4096, 0);
    for (off_t done = 0; ok && done < info.st_size;) {
        const auto n = std::min<off_t>(info.st_size - done, static_cast<off_t>(zeros.size()));
        const ssize_t written = ::pwrite(fd, zeros.data(), static_cast<std::size_t>(n), done);
        ok = written > 0;
        done += written > 0 ? written : 0;
    }
    ok = ::fsync(fd) == 0 && ok;
    return ::close(fd) == 0 && ok;
}

} // namespace

EraseOutcome eraseDeviceFiles(const std::string &databasePath)
{
    EraseOutcome out;
    const auto remove = [&](const std::filesystem::path &path) {
        std::error_code failed;
        if (std::filesystem::remove(path, failed))
            out.removed.push_back(path.string());
        else if (failed && out.failure.empty())
            out.failure = path.string() + ": " + failed.message();
    };
    const std::string key = databasePath + ".key";
    if (!overwrite(key) && out.failure.empty())
        out.failure = key + ": cannot overwrite";
    remove(key);
    remove(Enrollment::pathFor(databasePath));

    const auto store = store::Store::filesOf(databasePath);
    if (!store && out.failure.empty())
        out.failure = store.error().detail;
    for (const auto &path : store ? *store : std::vector<std::string>())
        remove(path);
    return out;
}

bool confirmErased(const Enrollment &enrollment, int tries)
{
    auto transport = sync::client::makeCurlTransport(enrollment.transport());
    for (int i = 0; i < tries; ++i) {
        const auto answer = transport->confirmErased();
        if (answer)
            return true;
        if (answer.error().errorClass != sync::client::ErrorClass::Transient &&
            answer.error().errorClass != sync::client::ErrorClass::Network)
            return false;
    }
    return false;
}

} // namespace lykta::syncctl
