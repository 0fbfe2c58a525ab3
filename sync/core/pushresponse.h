#pragma once

#include "delta.h"
#include "rejectreason.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace lykta::sync {

// One delta the server did not apply, and why.
struct Rejection
{
    DeltaId id;
    RejectReason reason = RejectReason::None;
    std::string detail; // a code-like hint for logs, never note text or personal data
    // For a rejection of an edit the client has already applied locally (SignedImmutable):
    // the server's delta that wrote the field's current value, so the client can put the
    // field back to what every other replica holds. The refused text is kept by the client.
    std::optional<Delta> current;

    friend bool operator==(const Rejection &, const Rejection &) = default;
};

// The server's answer to a push. Push is idempotent by delta id: a delta seen before is
// listed as accepted again (or rejected again, with the same reason). A client removes every
// listed delta from its outbox except transient rejections, which it pushes again.
struct PushResponse
{
    std::vector<DeltaId> accepted;
    std::vector<Rejection> rejected;
    std::uint64_t cursor = 0; // the server's log position after this push
    std::int64_t serverTimeMs = 0;

    friend bool operator==(const PushResponse &, const PushResponse &) = default;
};

} // namespace lykta::sync
