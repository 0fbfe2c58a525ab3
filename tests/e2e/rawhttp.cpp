#include "rawhttp.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <QElapsedTimer>
#include <QFile>

namespace lykta::test {

RawAnswer rawRequest(int port, const QByteArray &bytes, int timeoutMs, bool halfClose)
{
    RawAnswer answer;
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(static_cast<std::uint16_t>(port));
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0) {
        ::close(fd);
        return answer;
    }
    qsizetype sent = 0;
    while (sent < bytes.size()) {
        const auto n =
            ::send(fd, bytes.constData() + sent, std::size_t(bytes.size() - sent), MSG_NOSIGNAL);
        if (n <= 0)
            break; // the server may answer and close before reading everything
        sent += n;
    }
    if (halfClose)
        ::shutdown(fd, SHUT_WR);
    QElapsedTimer timer;
    timer.start();
    char buffer[4096];
    while (timer.elapsed() < timeoutMs) {
        pollfd p{fd, POLLIN, 0};
        if (::poll(&p, 1, 100) <= 0)
            continue;
        const auto n = ::recv(fd, buffer, sizeof buffer, 0);
        if (n <= 0)
            break;
        answer.all.append(buffer, n);
        const auto end = answer.all.indexOf("\r\n\r\n");
        if (end > 0) {
            const auto lengthAt = answer.all.toLower().indexOf("content-length:");
            if (lengthAt > 0) {
                const auto lineEnd = answer.all.indexOf("\r\n", lengthAt);
                const int length =
                    answer.all.mid(lengthAt + 15, lineEnd - lengthAt - 15).trimmed().toInt();
                if (answer.all.size() >= end + 4 + length)
                    break;
            }
        }
    }
    ::close(fd);
    if (answer.all.startsWith("HTTP/1.1 "))
        answer.status = answer.all.mid(9, 3).toInt();
    const auto end = answer.all.indexOf("\r\n\r\n");
    if (end > 0)
        answer.body = answer.all.mid(end + 4);
    return answer;
}

int connectFrom(const char *source, int port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in from{};
    from.sin_family = AF_INET;
    inet_pton(AF_INET, source, &from.sin_addr);
    sockaddr_in to{};
    to.sin_family = AF_INET;
    to.sin_port = htons(static_cast<std::uint16_t>(port));
    to.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::bind(fd, reinterpret_cast<sockaddr *>(&from), sizeof from) != 0 ||
        ::connect(fd, reinterpret_cast<sockaddr *>(&to), sizeof to) != 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}

qint64 processStatusBytes(qint64 pid, const QByteArray &key)
{
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(key + ':'))
            return line.mid(key.size() + 1).trimmed().split(' ').first().toLongLong() * 1024;
    }
    return -1;
}

} // namespace lykta::test
