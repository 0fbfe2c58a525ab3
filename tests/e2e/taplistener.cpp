#include "taplistener.h"

#include <arpa/inet.h>
#include <ifaddrs.h>
#include <net/if.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace lykta::test {

namespace {

// How long a connection may stay silent before the listener hangs up: what a client sends
// unprompted (a request, a TLS ClientHello) arrives well within it.
constexpr int kSilenceMs = 1000;

} // namespace

TapListener::TapListener(const QString &address)
{
    sockaddr_in at{};
    at.sin_family = AF_INET;
    if (inet_pton(AF_INET, address.toLatin1().constData(), &at.sin_addr) != 1)
        return;
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return;
    socklen_t size = sizeof at;
    if (::bind(fd, reinterpret_cast<sockaddr *>(&at), sizeof at) != 0 || ::listen(fd, 16) != 0 ||
        ::getsockname(fd, reinterpret_cast<sockaddr *>(&at), &size) != 0) {
        ::close(fd);
        return;
    }
    m_fd = fd;
    m_port = ntohs(at.sin_port);
    m_thread = std::thread([this] { serve(); });
}

TapListener::~TapListener()
{
    m_stop = true;
    if (m_thread.joinable())
        m_thread.join();
    if (m_fd >= 0)
        ::close(m_fd);
}

QByteArray TapListener::received() const
{
    const std::lock_guard lock(m_mutex);
    return m_received;
}

void TapListener::serve()
{
    while (!m_stop) {
        pollfd waiting{m_fd, POLLIN, 0};
        if (::poll(&waiting, 1, 100) <= 0)
            continue;
        const int client = ::accept4(m_fd, nullptr, nullptr, SOCK_CLOEXEC);
        if (client < 0)
            continue;
        ++m_connections;
        char buffer[4096];
        for (;;) {
            pollfd reading{client, POLLIN, 0};
            if (::poll(&reading, 1, kSilenceMs) <= 0)
                break;
            const ssize_t n = ::read(client, buffer, sizeof buffer);
            if (n <= 0)
                break;
            const std::lock_guard lock(m_mutex);
            m_received.append(buffer, n);
        }
        ::close(client);
    }
}

QString TapListener::nonLoopbackAddress()
{
    ifaddrs *all = nullptr;
    if (::getifaddrs(&all) != 0)
        return {};
    QString found;
    for (const ifaddrs *i = all; i && found.isEmpty(); i = i->ifa_next) {
        if (!i->ifa_addr || i->ifa_addr->sa_family != AF_INET || !(i->ifa_flags & IFF_UP) ||
            (i->ifa_flags & IFF_LOOPBACK))
            continue;
        char text[INET_ADDRSTRLEN] = {};
        const auto *v4 = reinterpret_cast<const sockaddr_in *>(i->ifa_addr);
        if (inet_ntop(AF_INET, &v4->sin_addr, text, sizeof text))
            found = QString::fromLatin1(text);
    }
    ::freeifaddrs(all);
    return found;
}

} // namespace lykta::test
