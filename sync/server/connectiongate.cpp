#include "connectiongate.h"

#include "serverlog.h"

#include <bit>

namespace lykta::server {

ConnectionGate::Ticket::Ticket(ConnectionGate &gate, std::string address)
    : m_gate(gate), m_address(std::move(address)), m_admitted(gate.admit(m_address))
{}

ConnectionGate::Ticket::~Ticket()
{
    if (m_admitted)
        m_gate.release(m_address);
}

bool ConnectionGate::admit(const std::string &address)
{
    {
        std::lock_guard lock(m_mutex);
        int &open = m_open[address];
        if (m_max <= 0 || open < m_max) {
            ++open;
            ++m_total;
            return true;
        }
    }
    // Logged at powers of two, so that a flood of connections cannot flood the log; no address
    // is written (a client's address is personal data).
    const auto refused = ++m_refused;
    if (std::has_single_bit(refused))
        qCWarning(lcServer,
                  "refused %llu connections so far: more than %d open from one address "
                  "(serve --max-connections-per-address)",
                  static_cast<unsigned long long>(refused), m_max);
    return false;
}

void ConnectionGate::release(const std::string &address)
{
    std::lock_guard lock(m_mutex);
    --m_total;
    const auto it = m_open.find(address);
    if (it != m_open.end() && --it->second <= 0)
        m_open.erase(it);
}

} // namespace lykta::server
