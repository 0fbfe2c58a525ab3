#pragma once

#include "delta.h"

#include <cstdint>
#include <vector>

namespace lykta::sync {

// The body of both directions of delta traffic. As a push request (POST /v1/push) it is a
// slice of the device's outbox in counter order; as a pull page (GET /v1/pull) it is the
// scope's changes in server order. The server answers a push with a PushResponse.
struct Batch
{
    DeviceId device = 0;       // push: the sending device; pull page: 0 (the server)
    std::uint64_t cursor = 0;  // push: the sender's pull cursor; page: the next cursor
    bool hasMore = false;      // page: more changes wait after `cursor`
    std::int64_t sentAtMs = 0; // sender's physical time, lets a client correct its clock
    std::vector<Delta> deltas;

    friend bool operator==(const Batch &, const Batch &) = default;
};

} // namespace lykta::sync
