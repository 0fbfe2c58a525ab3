#include "guardedserver.h"

#include "guardedstream.h"
#include "sync/core/limits.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <functional>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace lykta::server {

namespace limits = sync::limits;

namespace {

using Clock = GuardedStream::Clock;
using ProcessRequest = std::function<bool(httplib::Stream &, bool last, bool &closed)>;

std::string peerAddress(int fd)
{
    std::string ip;
    int port = 0;
    GuardedStream(fd, nullptr).get_remote_ip_and_port(ip, port);
    return ip;
}

// After a refusal the client may still be sending the body it was refused: drop what arrives
// for a moment so that closing does not reset the connection before it reads the answer.
void lingerAndClose(int fd, bool linger)
{
    if (linger) {
        ::shutdown(fd, SHUT_WR);
        const auto deadline = Clock::now() + limits::kRefusalLinger;
        char sink[16 << 10];
        for (;;) {
            const auto left =
                std::chrono::ceil<std::chrono::milliseconds>(deadline - Clock::now()).count();
            pollfd p{fd, POLLIN, 0};
            if (left <= 0 || ::poll(&p, 1, static_cast<int>(left)) <= 0)
                break;
            if (::recv(fd, sink, sizeof sink, 0) <= 0)
                break;
        }
    }
    ::shutdown(fd, SHUT_RDWR);
    ::close(fd);
}

// The connection loop both servers share. The first request's deadline counts from the
// accept, so a TLS handshake that trickles is bounded too.
bool serveConnection(int fd, SSL *ssl, const std::atomic<socket_t> &listening,
                     const ProcessRequest &process)
{
    const auto accepted = Clock::now();
    const auto firstDeadline = accepted + limits::kHeaderTimeout;
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
    GuardedStream stream(fd, ssl);
    bool ok = !ssl || stream.handshake(firstDeadline);
    for (std::size_t served = 0; ok && served < limits::kKeepAliveMaxRequests; ++served) {
        if (listening == INVALID_SOCKET)
            break;
        const auto now = Clock::now();
        const auto idle = served == 0
                              ? std::chrono::ceil<std::chrono::milliseconds>(firstDeadline - now)
                              : std::chrono::milliseconds(limits::kKeepAliveIdle);
        if (idle.count() <= 0 || !stream.waitForRequest(idle))
            break;
        stream.beginRequest(served == 0 ? firstDeadline : now + limits::kHeaderTimeout);
        bool closed = false;
        ok = process(stream, served + 1 == limits::kKeepAliveMaxRequests, closed);
        if (closed || stream.mustClose())
            break;
    }
    if (ssl && ok && !stream.refused())
        SSL_shutdown(ssl); // one try: a close_notify if the socket takes it now
    lingerAndClose(fd, stream.mustClose());
    return ok;
}

// What the Keep-Alive header of each response announces.
void announceKeepAlive(httplib::Server &server)
{
    server.set_keep_alive_timeout(limits::kKeepAliveIdle.count());
    server.set_keep_alive_max_count(limits::kKeepAliveMaxRequests);
}

} // namespace

GuardedServer::GuardedServer(int maxConnectionsPerAddress) : m_gate(maxConnectionsPerAddress)
{
    announceKeepAlive(*this);
}

bool GuardedServer::process_and_close_socket(socket_t sock)
{
    const ConnectionGate::Ticket ticket(m_gate, peerAddress(sock));
    if (!ticket) {
        lingerAndClose(sock, false);
        return false;
    }
    return serveConnection(sock, nullptr, svr_sock_,
                           [this](httplib::Stream &stream, bool last, bool &closed) {
                               return process_request(stream, last, closed, nullptr);
                           });
}

GuardedSslServer::GuardedSslServer(const char *certPath, const char *keyPath,
                                   int maxConnectionsPerAddress)
    : httplib::SSLServer(certPath, keyPath), m_gate(maxConnectionsPerAddress)
{
    announceKeepAlive(*this);
}

bool GuardedSslServer::process_and_close_socket(socket_t sock)
{
    const ConnectionGate::Ticket ticket(m_gate, peerAddress(sock));
    SSL *ssl = ticket ? SSL_new(ssl_context()) : nullptr;
    if (!ssl || SSL_set_fd(ssl, sock) != 1) {
        if (ssl)
            SSL_free(ssl);
        lingerAndClose(sock, false);
        return false;
    }
    const bool ok = serveConnection(
        sock, ssl, svr_sock_, [this, ssl](httplib::Stream &stream, bool last, bool &closed) {
            return process_request(stream, last, closed,
                                   [ssl](httplib::Request &request) { request.ssl = ssl; });
        });
    SSL_free(ssl);
    return ok;
}

} // namespace lykta::server
