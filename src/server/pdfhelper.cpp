#include "pdfhelper.h"

#include <QFileInfo>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <fcntl.h>
#include <memory>
#include <mutex>
#include <optional>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/socket.h>
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

// A helper that has started and waits for its job on standard input.
struct Helper
{
    pid_t pid = 0;
    int in = -1;  // its standard input (a socket)
    int out = -1; // its standard output (a pipe)
};

Result<Helper, PdfFailure> start(const std::string &path)
{
    // The job goes through a socket rather than a pipe: send() with MSG_NOSIGNAL tells of a
    // helper that stopped reading as EPIPE instead of raising SIGPIPE in this process.
    int in[2], out[2];
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, in) != 0)
        return PdfFailure{errnoText("socketpair", errno)};
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
    return Helper{pid, in[1], out[0]};
}

// Ends a helper that was never given its job.
void discard(const Helper &helper)
{
    ::close(helper.in);
    ::close(helper.out);
    reap(helper.pid, true);
}

// Whether a started helper is still running (one that already ended is reaped).
bool running(const Helper &helper)
{
    int status = 0;
    if (::waitpid(helper.pid, &status, WNOHANG) == 0)
        return true;
    ::close(helper.in);
    ::close(helper.out);
    return false;
}

// Gives a started helper its job and reads the PDF; the helper has ended when it returns.
PdfResult draw(const Helper &helper, const std::string &path, const QByteArray &input,
               int timeoutMs)
{
    const pid_t pid = helper.pid;
    // The job goes in and the PDF comes out at the same time, each end waited for with poll,
    // so neither side can block the other and the deadline holds throughout. A helper that
    // stops reading (EPIPE) is judged by how it ended.
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
    const auto left = [&] {
        const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                            deadline - std::chrono::steady_clock::now())
                            .count();
        return static_cast<int>(std::max<long long>(0, ms));
    };
    int toChild = helper.in;
    qsizetype written = 0;
    if (input.isEmpty()) {
        ::close(toChild);
        toChild = -1;
    }
    std::string failure;
    std::string pdf;
    bool timedOut = false;
    char buffer[64 * 1024];
    for (bool open = true; open && failure.empty();) {
        pollfd fds[2] = {{helper.out, POLLIN, 0}, {toChild, POLLOUT, 0}};
        const int ready = ::poll(fds, toChild >= 0 ? 2 : 1, left());
        if (ready == 0) {
            timedOut = true;
            break;
        }
        if (ready < 0) {
            if (errno != EINTR)
                failure = errnoText("waiting for " + path, errno);
            continue;
        }
        if (toChild >= 0 && fds[1].revents != 0) {
            const ssize_t n = ::send(toChild, input.constData() + written,
                                     static_cast<std::size_t>(input.size() - written),
                                     MSG_NOSIGNAL | MSG_DONTWAIT);
            if (n > 0)
                written += n;
            else if (n < 0 && errno != EINTR && errno != EAGAIN && errno != EPIPE)
                failure = errnoText("writing to " + path, errno);
            if (written == input.size() || (n < 0 && errno == EPIPE) || fds[1].revents & POLLERR) {
                ::close(toChild);
                toChild = -1;
            }
        }
        if (fds[0].revents != 0) {
            const ssize_t n = ::read(helper.out, buffer, sizeof buffer);
            if (n == 0) {
                open = false;
            } else if (n < 0) {
                if (errno != EINTR && errno != EAGAIN)
                    failure = errnoText("reading from " + path, errno);
            } else {
                pdf.append(buffer, static_cast<std::size_t>(n));
                if (pdf.size() > kMaxPdfBytes)
                    failure = path + " wrote more than " + std::to_string(kMaxPdfBytes) + " bytes";
            }
        }
    }
    if (toChild >= 0)
        ::close(toChild);
    ::close(helper.out);
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

// The helper for the next job, started ahead so that its start (Qt Gui, the platform plugin)
// is not part of the job's time. Each job still has a process of its own: taking the waiting
// helper starts its successor. The last copy of the renderer ends the one left waiting.
class NextHelper
{
public:
    explicit NextHelper(std::string path) : m_path(std::move(path)) { refill(); }
    ~NextHelper()
    {
        if (m_waiting)
            discard(*m_waiting);
    }
    NextHelper(const NextHelper &) = delete;
    NextHelper &operator=(const NextHelper &) = delete;

    const std::string &path() const { return m_path; }

    // The waiting helper, or a new one if it has ended meanwhile (it crashed, or was killed);
    // its successor is started before this returns.
    Result<Helper, PdfFailure> take()
    {
        std::lock_guard lock(m_mutex);
        std::optional<Helper> taken;
        std::swap(taken, m_waiting);
        if (taken && !running(*taken))
            taken.reset();
        Result<Helper, PdfFailure> helper =
            taken ? Result<Helper, PdfFailure>(*taken) : start(m_path);
        refill();
        return helper;
    }

private:
    void refill()
    {
        if (auto helper = start(m_path))
            m_waiting = *helper;
    }

    const std::string m_path;
    std::mutex m_mutex;
    std::optional<Helper> m_waiting;
};

} // namespace

std::string siblingPdfHelper()
{
    const QString self = QFileInfo(QStringLiteral("/proc/self/exe")).canonicalFilePath();
    return (QFileInfo(self).absolutePath() + QStringLiteral("/lykta-report-pdf")).toStdString();
}

PdfRenderer pdfHelper(std::string path, int timeoutMs, HelperStart when)
{
    if (when == HelperStart::OnDemand)
        return [path = std::move(path), timeoutMs](const PdfJob &job) -> PdfResult {
            auto helper = start(path);
            if (!helper)
                return helper.error();
            return draw(*helper, path, job.encode(), timeoutMs);
        };
    auto next = std::make_shared<NextHelper>(std::move(path));
    return [next, timeoutMs](const PdfJob &job) -> PdfResult {
        auto helper = next->take();
        if (!helper)
            return helper.error();
        return draw(*helper, next->path(), job.encode(), timeoutMs);
    };
}

} // namespace lykta::server
