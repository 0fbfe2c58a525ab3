#include "pdfhelper.h"

#include <QFileInfo>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

namespace lykta::server {

namespace {

// The most a helper may write: far above any report (a device fetches at most
// limits::kMaxReportBytes), so a runaway one cannot fill the server's memory.
constexpr std::size_t kMaxPdfBytes = 256u << 20;

std::string errnoText(const std::string &what, int error)
{
    return what + ": " + std::strerror(error);
}

// Both ends close on exec, so no other helper started at the same time inherits them.
bool makePipe(int fds[2])
{
    return ::pipe2(fds, O_CLOEXEC) == 0;
}

// Waits for the child, killing it first when asked to. Returns its wait status.
int reap(pid_t pid, bool kill)
{
    if (kill)
        ::kill(pid, SIGKILL);
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    return status;
}

Result<std::string, PdfFailure> run(const std::string &path, const QByteArray &input, int timeoutMs)
{
    int in[2], out[2];
    if (!makePipe(in))
        return PdfFailure{errnoText("pipe", errno)};
    if (!makePipe(out)) {
        const int error = errno;
        ::close(in[0]);
        ::close(in[1]);
        return PdfFailure{errnoText("pipe", error)};
    }
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, in[0], STDIN_FILENO);
    posix_spawn_file_actions_adddup2(&actions, out[1], STDOUT_FILENO);
    pid_t pid = 0;
    char *argv[] = {const_cast<char *>(path.c_str()), nullptr};
    const int spawned = ::posix_spawn(&pid, path.c_str(), &actions, nullptr, argv, environ);
    posix_spawn_file_actions_destroy(&actions);
    ::close(in[0]);
    ::close(out[1]);
    if (spawned != 0) {
        ::close(in[1]);
        ::close(out[0]);
        return PdfFailure{errnoText("cannot start " + path, spawned)};
    }

    // The helper reads the whole job before it writes: write it all, then read to the end.
    // SIGPIPE is ignored by the server (and this command): a helper that ends early gives EPIPE.
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
    const auto left = [&] {
        const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                            deadline - std::chrono::steady_clock::now())
                            .count();
        return static_cast<int>(std::max<long long>(0, ms));
    };
    std::string failure;
    for (qsizetype written = 0; written < input.size() && failure.empty();) {
        const ssize_t n = ::write(in[1], input.constData() + written,
                                  static_cast<std::size_t>(input.size() - written));
        if (n > 0)
            written += n;
        else if (errno != EINTR)
            failure = errnoText("writing to " + path, errno);
    }
    ::close(in[1]);

    std::string pdf;
    bool timedOut = false;
    char buffer[64 * 1024];
    while (failure.empty()) {
        pollfd readable{out[0], POLLIN, 0};
        const int ready = ::poll(&readable, 1, left());
        if (ready == 0) {
            timedOut = true;
            break;
        }
        if (ready < 0) {
            if (errno == EINTR)
                continue;
            failure = errnoText("waiting for " + path, errno);
            break;
        }
        const ssize_t n = ::read(out[0], buffer, sizeof buffer);
        if (n == 0)
            break;
        if (n < 0) {
            if (errno != EINTR)
                failure = errnoText("reading from " + path, errno);
            continue;
        }
        pdf.append(buffer, static_cast<std::size_t>(n));
        if (pdf.size() > kMaxPdfBytes)
            failure = path + " wrote more than " + std::to_string(kMaxPdfBytes) + " bytes";
    }
    ::close(out[0]);
    const int status = reap(pid, timedOut || !failure.empty());
    if (timedOut)
        return PdfFailure{path + " took longer than " + std::to_string(timeoutMs) + " ms"};
    if (!failure.empty())
        return PdfFailure{failure};
    if (WIFSIGNALED(status))
        return PdfFailure{path + " was ended by signal " + std::to_string(WTERMSIG(status))};
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
        return PdfFailure{path + " ended with code " + std::to_string(WEXITSTATUS(status))};
    if (pdf.rfind("%PDF-", 0) != 0)
        return PdfFailure{path + " wrote no PDF"};
    return pdf;
}

} // namespace

std::string siblingPdfHelper()
{
    const QString self = QFileInfo(QStringLiteral("/proc/self/exe")).canonicalFilePath();
    return (QFileInfo(self).absolutePath() + QStringLiteral("/lykta-report-pdf")).toStdString();
}

PdfRenderer pdfHelper(std::string path, int timeoutMs)
{
    return [path = std::move(path), timeoutMs](const PdfJob &job) {
        return run(path, job.encode(), timeoutMs);
    };
}

} // namespace lykta::server
