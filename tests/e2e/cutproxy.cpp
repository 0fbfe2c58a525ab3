#include "cutproxy.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace lykta::test {

namespace {

sockaddr_in loopback(int port)
{
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(static_cast<std::uint16_t>(port));
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    return addr;
}

} // namespace

CutProxy::CutProxy(int targetPort, std::uint64_t cutAfter, int cuts)
    : m_target(targetPort), m_cutAfter(cutAfter), m_cuts(cuts)
{
    m_listen = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr = loopback(0);
    ::bind(m_listen, reinterpret_cast<sockaddr *>(&addr), sizeof addr);
    ::listen(m_listen, 16);
    socklen_t len = sizeof addr;
    ::getsockname(m_listen, reinterpret_cast<sockaddr *>(&addr), &len);
    m_port = ntohs(addr.sin_port);
    m_thread = std::thread([this] { run(); });
}

CutProxy::~CutProxy()
{
    m_stop = true;
    m_thread.join();
    ::close(m_listen);
}

void CutProxy::run()
{
    while (!m_stop) {
        pollfd p{m_listen, POLLIN, 0};
        if (::poll(&p, 1, 50) <= 0)
            continue;
        const int client = ::accept(m_listen, nullptr, nullptr);
        if (client >= 0)
            relay(client); // one connection at a time: the client under test is sequential
    }
}

void CutProxy::relay(int client)
{
    const int server = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr = loopback(m_target);
    if (::connect(server, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0) {
        ::close(server);
        ::close(client);
        return;
    }
    const bool cutThis = m_cutsMade.load() < m_cuts;
    std::uint64_t down = 0;
    char buffer[16384];
    while (!m_stop) {
        pollfd fds[2] = {{client, POLLIN, 0}, {server, POLLIN, 0}};
        if (::poll(fds, 2, 50) <= 0)
            continue;
        bool closed = false;
        for (int i = 0; i < 2 && !closed; ++i) {
            if (!(fds[i].revents & (POLLIN | POLLHUP | POLLERR)))
                continue;
            const int from = fds[i].fd, to = i == 0 ? server : client;
            std::size_t want = sizeof buffer;
            if (i == 1 && cutThis)
                want = std::min<std::uint64_t>(want, m_cutAfter - down);
            const auto n = ::recv(from, buffer, want, 0);
            if (n <= 0 || ::send(to, buffer, std::size_t(n), MSG_NOSIGNAL) != n) {
                closed = true;
                break;
            }
            if (i == 1) {
                down += std::uint64_t(n);
                if (cutThis && down >= m_cutAfter) {
                    ++m_cutsMade;
                    closed = true;
                }
            }
        }
        if (closed)
            break;
    }
    ::close(server);
    ::close(client);
}

} // namespace lykta::test
