#pragma once

#include <QByteArray>
#include <QString>

#include <atomic>
#include <mutex>
#include <thread>

namespace lykta::test {

// A real TCP listener on one of this machine's addresses that records every byte any client
// sends it, for tests that a client sent nothing it must not (plain HTTP, a code in clear).
// Each connection is read until the client stops sending, then closed without an answer.
class TapListener
{
public:
    // Listens on `address` (IPv4), on a free port.
    explicit TapListener(const QString &address);
    ~TapListener();
    TapListener(const TapListener &) = delete;
    TapListener &operator=(const TapListener &) = delete;

    bool listening() const { return m_fd >= 0; }
    int port() const { return m_port; }
    int connections() const { return m_connections; }
    QByteArray received() const;

    // The first IPv4 address of this machine that is up and not loopback; empty when it has
    // none (then a test of "off this device" cannot run here).
    static QString nonLoopbackAddress();

private:
    void serve();

    int m_fd = -1;
    int m_port = 0;
    std::atomic<int> m_connections{0};
    std::atomic<bool> m_stop{false};
    mutable std::mutex m_mutex;
    QByteArray m_received;
    std::thread m_thread;
};

} // namespace lykta::test
