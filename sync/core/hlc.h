#pragma once

#include "limits.h"

#include <chrono>
// Qt 6.4's moc cannot parse <compare>; headers that moc reads include it through this guard.
#ifndef Q_MOC_RUN
#include <compare>
#endif
#include <cstdint>
#include <functional>
#include <string>

namespace lykta::sync {

// A device's identity in every delta it writes: random 64 bits chosen when its store is
// created, bound to a staff member and unit at enrollment.
using DeviceId = std::uint64_t;

// A hybrid logical clock timestamp: physical milliseconds, a logical counter for events
// within one millisecond (or while the wall clock lags behind a timestamp already seen),
// and the device that made it. Timestamps are totally ordered by (wall, counter, device).
struct Hlc
{
    std::int64_t wallMs = 0;
    std::uint16_t counter = 0;
    DeviceId device = 0;

    friend auto operator<=>(const Hlc &, const Hlc &) = default;

    bool isNull() const { return wallMs == 0 && counter == 0 && device == 0; }

    // wallMs and counter packed into one signed 64-bit integer that sorts like the pair
    // (48 bits of milliseconds reach the year 10889). The device is stored beside it.
    std::int64_t packedTime() const { return (wallMs << 16) | counter; }
    // The milliseconds packedTime() carries: what a store, the server and the first wire form
    // can hold.
    static constexpr std::int64_t kMinWallMs = -(std::int64_t{1} << 47);
    static constexpr std::int64_t kMaxWallMs = (std::int64_t{1} << 47) - 1;
    static constexpr bool packable(std::int64_t wallMs)
    {
        return wallMs >= kMinWallMs && wallMs <= kMaxWallMs;
    }
    static Hlc fromPacked(std::int64_t packed, DeviceId device)
    {
        return {packed >> 16, static_cast<std::uint16_t>(packed & 0xffff), device};
    }

    std::string toString() const;
};

enum class ClockError
{
    None,
    TooFarAhead, // a received timestamp lies further in the future than the clock accepts
};

// The device's clock. now() stamps a local event; receive() merges a timestamp seen from
// another replica so that everything this device writes afterwards orders after it, even
// when this device's wall clock is hours behind.
class HlcClock
{
public:
    using PhysicalClock = std::function<std::int64_t()>;
    static constexpr std::chrono::milliseconds kDefaultMaxAhead = limits::kMaxClockAhead;

    explicit HlcClock(DeviceId device, PhysicalClock physical = systemMilliseconds,
                      std::chrono::milliseconds maxAhead = kDefaultMaxAhead);

    DeviceId device() const { return m_device; }
    Hlc last() const { return {m_wallMs, m_counter, m_device}; }

    Hlc now();
    ClockError receive(const Hlc &remote);
    // After a restart: never issue a timestamp at or below one already persisted.
    void restore(const Hlc &persisted);
    // The same clock for another device id: a device that starts afresh keeps its time.
    HlcClock withDevice(DeviceId device) const
    {
        HlcClock clock = *this;
        clock.m_device = device;
        return clock;
    }

    static std::int64_t systemMilliseconds();

private:
    void advanceTo(std::int64_t wallMs, std::uint16_t counter);

    DeviceId m_device;
    PhysicalClock m_physical;
    std::chrono::milliseconds m_maxAhead;
    std::int64_t m_wallMs = 0;
    std::uint16_t m_counter = 0;
};

} // namespace lykta::sync
