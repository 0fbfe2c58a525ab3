#include "hlc.h"

#include <algorithm>
#include <limits>

namespace lykta::sync {

std::string Hlc::toString() const
{
    return std::to_string(wallMs) + "." + std::to_string(counter) + "@" + std::to_string(device);
}

HlcClock::HlcClock(DeviceId device, PhysicalClock physical, std::chrono::milliseconds maxAhead)
    : m_device(device), m_physical(std::move(physical)), m_maxAhead(maxAhead)
{}

std::int64_t HlcClock::systemMilliseconds()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

void HlcClock::advanceTo(std::int64_t wallMs, std::uint16_t counter)
{
    m_wallMs = wallMs;
    m_counter = counter;
}

Hlc HlcClock::now()
{
    const std::int64_t physical = m_physical();
    if (physical > m_wallMs) {
        advanceTo(physical, 0);
    } else if (m_counter == std::numeric_limits<std::uint16_t>::max()) {
        // 65,536 events in one millisecond: borrow the next millisecond rather than wrap.
        advanceTo(m_wallMs + 1, 0);
    } else {
        advanceTo(m_wallMs, static_cast<std::uint16_t>(m_counter + 1));
    }
    return last();
}

ClockError HlcClock::receive(const Hlc &remote)
{
    const std::int64_t physical = m_physical();
    if (remote.wallMs > physical + m_maxAhead.count())
        return ClockError::TooFarAhead;

    const std::int64_t wall = std::max({m_wallMs, remote.wallMs, physical});
    std::uint32_t counter = 0;
    if (wall == m_wallMs && wall == remote.wallMs)
        counter = std::uint32_t{std::max(m_counter, remote.counter)} + 1;
    else if (wall == m_wallMs)
        counter = std::uint32_t{m_counter} + 1;
    else if (wall == remote.wallMs)
        counter = std::uint32_t{remote.counter} + 1;

    if (counter > std::numeric_limits<std::uint16_t>::max())
        advanceTo(wall + 1, 0);
    else
        advanceTo(wall, static_cast<std::uint16_t>(counter));
    return ClockError::None;
}

void HlcClock::restore(const Hlc &persisted)
{
    if (std::pair(persisted.wallMs, persisted.counter) > std::pair(m_wallMs, m_counter))
        advanceTo(persisted.wallMs, persisted.counter);
}

} // namespace lykta::sync
