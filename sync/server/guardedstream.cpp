#include "guardedstream.h"

#include "sync/core/limits.h"
#include "sync/core/protocol.h"

#include <openssl/err.h>

#include <algorithm>
#include <arpa/inet.h>
#include <cerrno>
#include <climits>
#include <cstring>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>

namespace lykta::server {

namespace limits = sync::limits;

namespace {

constexpr std::size_t kBufferBytes = 16u << 10;
constexpr char kBlankLine[] = "\r\n\r\n";
constexpr std::string_view kResponseStart = "HTTP/1.1 ";
constexpr std::string_view kCloseHeader = "\r\nConnection: close\r\n";

void ipAndPort(const sockaddr_storage &address, std::string &ip, int &port)
{
    char text[INET6_ADDRSTRLEN] = {};
    if (address.ss_family == AF_INET) {
        const auto *v4 = reinterpret_cast<const sockaddr_in *>(&address);
        inet_ntop(AF_INET, &v4->sin_addr, text, sizeof text);
        port = ntohs(v4->sin_port);
    } else if (address.ss_family == AF_INET6) {
        const auto *v6 = reinterpret_cast<const sockaddr_in6 *>(&address);
        inet_ntop(AF_INET6, &v6->sin6_addr, text, sizeof text);
        port = ntohs(v6->sin6_port);
    }
    ip = text;
}

} // namespace

GuardedStream::GuardedStream(int fd, SSL *ssl) : m_fd(fd), m_ssl(ssl), m_buffer(kBufferBytes) {}

bool GuardedStream::handshake(Clock::time_point deadline)
{
    for (;;) {
        ERR_clear_error();
        const int r = SSL_accept(m_ssl);
        if (r == 1)
            return true;
        const int error = SSL_get_error(m_ssl, r);
        const short events = error == SSL_ERROR_WANT_READ    ? POLLIN
                             : error == SSL_ERROR_WANT_WRITE ? POLLOUT
                                                             : 0;
        if (events == 0 || waitFor(events, deadline) != Wait::Ready)
            return false;
    }
}

bool GuardedStream::waitForRequest(std::chrono::milliseconds idle)
{
    if (m_begin < m_end || (m_ssl && SSL_pending(m_ssl) > 0))
        return true;
    return waitFor(POLLIN, Clock::now() + idle) == Wait::Ready;
}

void GuardedStream::beginRequest(Clock::time_point deadline)
{
    m_phase = Phase::Headers;
    m_deadline = deadline;
    m_headerBytes = 0;
    m_blankLine = 0;
}

bool GuardedStream::is_readable() const
{
    if (m_begin < m_end || (m_ssl && SSL_pending(m_ssl) > 0))
        return true;
    return waitFor(POLLIN, readDeadline()) == Wait::Ready;
}

bool GuardedStream::is_writable() const
{
    return !m_refused && waitFor(POLLOUT, Clock::now() + limits::kServerReadTimeout) == Wait::Ready;
}

ssize_t GuardedStream::read(char *ptr, std::size_t size)
{
    if (m_refused || size == 0)
        return m_refused ? -1 : 0;
    if (m_begin == m_end) {
        // Checked at every refill: a client that trickles bytes never lets a wait time out.
        if (Clock::now() >= m_deadline) {
            m_mustClose = true;
            if (m_phase == Phase::Headers)
                refuse(408, "Request Timeout", "header_timeout");
            return -1;
        }
        if (m_phase == Phase::Body && size >= m_buffer.size())
            return receive(ptr, size);
        const ssize_t n = receive(m_buffer.data(), m_buffer.size());
        if (n <= 0) {
            if (n < 0 && m_timedOut && m_phase == Phase::Headers)
                refuse(408, "Request Timeout", "header_timeout");
            return n;
        }
        m_begin = 0;
        m_end = static_cast<std::size_t>(n);
    }
    std::size_t give = std::min(size, m_end - m_begin);
    if (m_phase == Phase::Headers) {
        give = takeHeaderBytes(m_buffer.data() + m_begin, give);
        if (give == 0)
            return -1;
    }
    std::memcpy(ptr, m_buffer.data() + m_begin, give);
    m_begin += give;
    return static_cast<ssize_t>(give);
}

// Counts header bytes as they are handed out (cpp-httplib reads headers a byte at a time) and
// stops at the blank line that ends them, so that the body is not counted and a request larger
// than the cap is refused before any of its excess is held.
std::size_t GuardedStream::takeHeaderBytes(const char *data, std::size_t size)
{
    for (std::size_t i = 0; i < size; ++i) {
        if (m_headerBytes == limits::kMaxHeaderBytes) {
            refuse(431, "Request Header Fields Too Large", "headers");
            return i;
        }
        ++m_headerBytes;
        if (data[i] == kBlankLine[m_blankLine])
            ++m_blankLine;
        else
            m_blankLine = data[i] == '\r' ? 1 : 0;
        if (m_blankLine == 4) {
            m_phase = Phase::Body;
            m_deadline = Clock::now() + limits::kServerBodyTimeout;
            return i + 1;
        }
    }
    return size;
}

ssize_t GuardedStream::receive(char *ptr, std::size_t size)
{
    for (;;) {
        short events = POLLIN;
        if (m_ssl) {
            ERR_clear_error();
            const int n =
                SSL_read(m_ssl, ptr, static_cast<int>(std::min<std::size_t>(size, INT_MAX)));
            if (n > 0)
                return n;
            const int error = SSL_get_error(m_ssl, n);
            if (error == SSL_ERROR_ZERO_RETURN)
                return 0;
            if (error == SSL_ERROR_WANT_WRITE)
                events = POLLOUT;
            else if (error != SSL_ERROR_WANT_READ) {
                m_mustClose = true;
                return -1;
            }
        } else {
            const ssize_t n = ::recv(m_fd, ptr, size, 0);
            if (n >= 0)
                return n;
            if (errno == EINTR)
                continue;
            if (errno != EAGAIN && errno != EWOULDBLOCK) {
                m_mustClose = true;
                return -1;
            }
        }
        switch (waitFor(events, readDeadline())) {
        case Wait::Ready:
            continue;
        case Wait::TimedOut:
            m_timedOut = true;
            [[fallthrough]];
        case Wait::Failed:
            m_mustClose = true;
            return -1;
        }
    }
}

ssize_t GuardedStream::write(const char *ptr, std::size_t size)
{
    if (m_refused)
        return -1;
    // cpp-httplib writes a response's status line and headers in one piece. A response that
    // says "Connection: close" (every refusal before the body does) must end the connection:
    // the refused request's body is still unread on it.
    const std::string_view piece(ptr, size);
    if (piece.starts_with(kResponseStart) && piece.find(kCloseHeader) != std::string_view::npos)
        m_mustClose = true;
    const auto deadline = Clock::now() + limits::kServerReadTimeout;
    std::size_t sent = 0;
    while (sent < size) {
        short events = POLLOUT;
        if (m_ssl) {
            ERR_clear_error();
            const int n = SSL_write(m_ssl, ptr + sent,
                                    static_cast<int>(std::min<std::size_t>(size - sent, INT_MAX)));
            if (n > 0) {
                sent += static_cast<std::size_t>(n);
                continue;
            }
            const int error = SSL_get_error(m_ssl, n);
            if (error == SSL_ERROR_WANT_READ)
                events = POLLIN;
            else if (error != SSL_ERROR_WANT_WRITE) {
                m_mustClose = true;
                return -1;
            }
        } else {
            const ssize_t n = ::send(m_fd, ptr + sent, size - sent, MSG_NOSIGNAL);
            if (n >= 0) {
                sent += static_cast<std::size_t>(n);
                continue;
            }
            if (errno == EINTR)
                continue;
            if (errno != EAGAIN && errno != EWOULDBLOCK) {
                m_mustClose = true;
                return -1;
            }
        }
        if (waitFor(events, deadline) != Wait::Ready) {
            m_mustClose = true;
            return -1;
        }
    }
    return static_cast<ssize_t>(size);
}

void GuardedStream::refuse(int status, const char *reason, const char *detail)
{
    const auto error =
        status == 431 ? sync::protocol::ApiError::TooLarge : sync::protocol::ApiError::BadRequest;
    const std::string body = sync::protocol::errorBody(error, detail);
    const std::string head = "HTTP/1.1 " + std::to_string(status) + " " + reason +
                             "\r\nContent-Type: " + std::string(sync::protocol::kErrorType) +
                             "\r\nContent-Length: " + std::to_string(body.size()) +
                             "\r\nConnection: close\r\n\r\n";
    write((head + body).data(), head.size() + body.size());
    m_refused = true;
    m_mustClose = true;
}

void GuardedStream::get_remote_ip_and_port(std::string &ip, int &port) const
{
    sockaddr_storage address{};
    socklen_t length = sizeof address;
    if (getpeername(m_fd, reinterpret_cast<sockaddr *>(&address), &length) == 0)
        ipAndPort(address, ip, port);
}

void GuardedStream::get_local_ip_and_port(std::string &ip, int &port) const
{
    sockaddr_storage address{};
    socklen_t length = sizeof address;
    if (getsockname(m_fd, reinterpret_cast<sockaddr *>(&address), &length) == 0)
        ipAndPort(address, ip, port);
}

GuardedStream::Clock::time_point GuardedStream::readDeadline() const
{
    return std::min(Clock::now() + limits::kServerReadTimeout, m_deadline);
}

GuardedStream::Wait GuardedStream::waitFor(short events, Clock::time_point deadline) const
{
    for (;;) {
        const auto left = std::chrono::ceil<std::chrono::milliseconds>(deadline - Clock::now());
        pollfd p{m_fd, events, 0};
        const int r = ::poll(&p, 1, static_cast<int>(std::max<std::int64_t>(0, left.count())));
        if (r < 0 && errno == EINTR)
            continue;
        if (r < 0 || (p.revents & (POLLERR | POLLNVAL)))
            return Wait::Failed;
        return r == 0 ? Wait::TimedOut : Wait::Ready;
    }
}

} // namespace lykta::server
