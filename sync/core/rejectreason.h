#pragma once

#include <cstdint>

namespace lykta::sync {

// Why a delta was not applied. Travels in push responses, so values are fixed forever; the
// app turns them into words.
enum class RejectReason : std::uint8_t
{
    None = 0,
    SignedImmutable = 1,  // the record is signed; the correction path is an Amendment
    ClockTooFarAhead = 2, // the delta's timestamp is beyond the accepted clock bound
    OutOfOrder = 3,       // a gap in the device's counters: transient, push again from the gap
    NotAuthorized = 4,    // the record is outside the device's scope
    Invalid = 5,          // the delta itself is malformed (unknown entity or field, bad value)
};
inline constexpr std::uint8_t kMaxRejectReason = 5;

// Rejections the client should retry as they are (the others are final for that delta).
inline bool isTransient(RejectReason r)
{
    return r == RejectReason::OutOfOrder;
}

} // namespace lykta::sync
