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

} // namespace lykta::test
