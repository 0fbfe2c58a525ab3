#pragma once

#include <httplib.h>

#include <chrono>
#include <cstddef>
#include <string>
#include <vector>

namespace lykta::server {

// One accepted connection as cpp-httplib reads and writes it, plain or TLS, with the bounds
// cpp-httplib 0.11.4 lacks: the request line and headers together are capped in bytes and in
// time (a header line of any length, or one byte a second, is refused as it arrives rather
// than buffered or waited for), and a body must arrive within its own deadline. The socket is
// non-blocking; every wait is a poll against the nearer of the per-read timeout and the
// deadline of the current phase.
class GuardedStream : public httplib::Stream
{
public:
    using Clock = std::chrono::steady_clock;

    // `ssl`: an SSL object on `fd` (owned by the caller), or null for plain HTTP.
    GuardedStream(int fd, SSL *ssl);

    // The TLS handshake, within `deadline`. False: the connection is to be dropped.
    bool handshake(Clock::time_point deadline);
    // Waits up to `idle` for the first byte of a request. False: nothing came, or the peer
    // closed.
    bool waitForRequest(std::chrono::milliseconds idle);
    // The next request's line and headers must be complete by `deadline`.
    void beginRequest(Clock::time_point deadline);
    // The connection must end after this request: the response said so, or the stream refused
    // the request itself, or the peer or the socket failed.
    bool mustClose() const { return m_mustClose; }
    // A refusal of the stream's own (431, 408) was written: the request was not read to its
    // end, so input may still be arriving.
    bool refused() const { return m_refused; }

    bool is_readable() const override;
    bool is_writable() const override;
    ssize_t read(char *ptr, std::size_t size) override;
    ssize_t write(const char *ptr, std::size_t size) override;
    void get_remote_ip_and_port(std::string &ip, int &port) const override;
    void get_local_ip_and_port(std::string &ip, int &port) const override;
    socket_t socket() const override { return m_fd; }

private:
    enum class Phase
    {
        Headers,
        Body
    };
    enum class Wait
    {
        Ready,
        TimedOut,
        Failed
    };

    // Reads at most `size` bytes from the socket into `ptr`, waiting until `deadline`:
    // > 0 bytes, 0 at the end of input, < 0 on failure or timeout (m_timedOut says which).
    ssize_t receive(char *ptr, std::size_t size);
    Wait waitFor(short events, Clock::time_point deadline) const;
    Clock::time_point readDeadline() const;
    void refuse(int status, const char *reason, const char *detail);
    std::size_t takeHeaderBytes(const char *data, std::size_t size);

    int m_fd;
    SSL *m_ssl;
    std::vector<char> m_buffer;
    std::size_t m_begin = 0;
    std::size_t m_end = 0;
    Phase m_phase = Phase::Headers;
    Clock::time_point m_deadline;
    std::size_t m_headerBytes = 0;
    // How much of "\r\n\r\n" the header bytes served so far end with.
    int m_blankLine = 0;
    bool m_timedOut = false;
    bool m_mustClose = false;
    bool m_refused = false;
};

} // namespace lykta::server
