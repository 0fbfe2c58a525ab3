#pragma once

#include <QByteArray>

namespace lykta::test {

// Sends raw bytes to 127.0.0.1:port and reads until the server closes or `timeoutMs`
// passes: for requests no well-behaved client would send (garbage, lies about length).
struct RawAnswer
{
    int status = 0; // 0: no HTTP answer
    QByteArray body;
    QByteArray all;
};
RawAnswer rawRequest(int port, const QByteArray &bytes, int timeoutMs = 5000,
                     bool halfClose = false);

// A TCP connection to 127.0.0.1:port from `source`, another loopback address standing for
// another machine (the whole of 127.0.0.0/8 is loopback on Linux); -1 when it fails.
int connectFrom(const char *source, int port);

// A line of /proc/PID/status in bytes, e.g. VmHWM (the process's peak resident memory).
qint64 processStatusBytes(qint64 pid, const QByteArray &key);

} // namespace lykta::test
