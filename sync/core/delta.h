#pragma once

#include "hlc.h"
#include "value.h"

// Qt 6.4's moc cannot parse <compare>; headers that moc reads include it through this guard.
#ifndef Q_MOC_RUN
#include <compare>
#endif
#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

namespace lykta::sync {

// Unique across all replicas: the writing device and its own running counter. Pushing the
// same delta twice is recognised by this id.
struct DeltaId
{
    DeviceId device = 0;
    std::uint64_t counter = 0;

    friend auto operator<=>(const DeltaId &, const DeltaId &) = default;
};

// One change of one field of one record. `base` is the timestamp of the value this one
// replaced as the writer saw it; a delta whose base is not the receiver's current
// timestamp for that field was written concurrently.
//
// `seen` names further versions of a long-text field that the writer saw and replaced
// knowingly: the conflict copies a person resolved with this write. One base cannot name
// both the current text and a copy; with `seen` a resolution replaces all of them, so it
// raises no new copy against any of them, while an edit that did not see it still does.
// Empty for every ordinary write (and for every delta written before it existed).
struct Delta
{
    DeltaId id;
    std::string entity;   // entity type, e.g. "note"
    std::string entityId; // UUID of the record
    std::string field;
    Value value;
    Hlc hlc;
    std::string author; // id of the staff member who wrote it
    Hlc base;
    std::vector<Hlc> seen{};

    // True when the writer replaced `version` knowingly: it is the base or one it saw.
    bool replaces(const Hlc &version) const
    {
        return !version.isNull() &&
               (version == base || std::find(seen.begin(), seen.end(), version) != seen.end());
    }

    friend bool operator==(const Delta &, const Delta &) = default;
};

} // namespace lykta::sync
