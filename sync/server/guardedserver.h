#pragma once

#include "connectiongate.h"

#include <httplib.h>

namespace lykta::server {

// cpp-httplib's servers with their connection loop replaced (it is the one virtual seam
// 0.11.4 offers below the request parser): every request is read through a GuardedStream
// (header bytes and time capped, body time capped), kept-alive connections idle at most
// kKeepAliveIdle and serve at most kKeepAliveMaxRequests, a response that says
// "Connection: close" closes, and each client address holds at most a few connections.
class GuardedServer : public httplib::Server
{
public:
    explicit GuardedServer(int maxConnectionsPerAddress);
    const ConnectionGate &gate() const { return m_gate; }

private:
    bool process_and_close_socket(socket_t sock) override;

    ConnectionGate m_gate;
};

class GuardedSslServer : public httplib::SSLServer
{
public:
    GuardedSslServer(const char *certPath, const char *keyPath, int maxConnectionsPerAddress);
    const ConnectionGate &gate() const { return m_gate; }

private:
    bool process_and_close_socket(socket_t sock) override;

    ConnectionGate m_gate;
};

} // namespace lykta::server
