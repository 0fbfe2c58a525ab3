#pragma once

#include "hlc.h"
#include "value.h"

#include <string>
#include <vector>

namespace lykta::sync {

// A long-text value that lost a concurrent edit. Kept beside the record and shown for
// resolution; identified by its timestamp, which is unique across devices.
struct ConflictCopy
{
    Value value;
    Hlc hlc;
    Hlc base;
    std::string author;

    friend bool operator==(const ConflictCopy &, const ConflictCopy &) = default;
};

// What a replica knows about one field of one record: the current value with the timestamp
// and base of the delta that wrote it, and (long text only) the conflict copies that still
// await resolution, ordered by hlc. A null hlc means the field was never written.
struct FieldState
{
    Value value;
    Hlc hlc;
    Hlc base;
    std::string author;
    std::vector<ConflictCopy> conflicts;

    friend bool operator==(const FieldState &, const FieldState &) = default;
};

} // namespace lykta::sync
