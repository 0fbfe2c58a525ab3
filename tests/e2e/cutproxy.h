#pragma once

#include <atomic>
#include <cstdint>
#include <thread>

namespace lykta::test {

// A TCP proxy on 127.0.0.1 in front of the server that cuts (closes both sides of) each of
// its first `cuts` connections once `cutAfter` bytes have gone from the server to the
// client: a network that drops in the middle of a pull.
class CutProxy
{
public:
    CutProxy(int targetPort, std::uint64_t cutAfter, int cuts);
    ~CutProxy();
    int port() const { return m_port; }
    int cutsMade() const { return m_cutsMade.load(); }

private:
    void run();
    void relay(int client);

    int m_target;
    std::uint64_t m_cutAfter;
    int m_cuts;
    int m_listen = -1;
    int m_port = 0;
    std::atomic<bool> m_stop{false};
    std::atomic<int> m_cutsMade{0};
    std::thread m_thread;
};

} // namespace lykta::test
