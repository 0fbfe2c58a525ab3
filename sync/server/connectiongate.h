#pragma once

#include <atomic>
#include <cstdint>
#include <mutex>
#include <string>
#include <unordered_map>

namespace lykta::server {

// Open connections per client address: past the cap a new one is turned away at once, so one
// address cannot hold every request thread however slowly it sends.
class ConnectionGate
{
public:
    // `maxPerAddress` 0: no cap.
    explicit ConnectionGate(int maxPerAddress) : m_max(maxPerAddress) {}

    // Connections open now, from every address.
    std::uint64_t open() const { return m_total.load(std::memory_order_relaxed); }

    // Holds a place for one connection from `address` while it lives; false when refused.
    class Ticket
    {
    public:
        Ticket(ConnectionGate &gate, std::string address);
        ~Ticket();
        Ticket(const Ticket &) = delete;
        Ticket &operator=(const Ticket &) = delete;
        explicit operator bool() const { return m_admitted; }

    private:
        ConnectionGate &m_gate;
        std::string m_address;
        bool m_admitted;
    };

private:
    bool admit(const std::string &address);
    void release(const std::string &address);

    const int m_max;
    std::mutex m_mutex;
    std::unordered_map<std::string, int> m_open;
    std::atomic<std::uint64_t> m_refused{0};
    std::atomic<std::uint64_t> m_total{0};
};

} // namespace lykta::server
