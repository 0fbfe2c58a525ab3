#pragma once

#include "kioskcontentpack.h"
#include "store/store.h"

namespace lykta::kiosk {

// Puts Lykta's shipped content into a kiosk's store the first time it starts, so a waiting
// room has cards before (or without) any server.
//
// The content goes in as if it had been pulled (Store::applyRemote), never through the write
// path: a kiosk must not push (the server refuses it), so nothing may wait in its outbox. The
// deltas carry a device id no enrolled device can have (above INT64_MAX, which the server
// refuses at enrollment) and the pack's date as their clock, so whatever the organisation
// later publishes, edits or withdraws for the same card ids is newer and wins on the next
// sync (`lykta-content install` writes the same ids on the server).
class KioskSeed
{
public:
    static constexpr sync::DeviceId kShippedContentDevice = 0xffff'ffff'ffff'ff01ULL;

    // Applies the pack when the store holds no card and no helpline yet; returns the number
    // of records put in (0 when the store had content already).
    static Result<int, store::StoreError> seedIfEmpty(store::Store &store,
                                                      const domain::KioskContentPack &pack);
};

} // namespace lykta::kiosk
