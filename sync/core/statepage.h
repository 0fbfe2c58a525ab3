#pragma once

#include "delta.h"
#include "fieldstate.h"

#include <cstdint>
#include <string>
#include <vector>

namespace lykta::sync {

// One field of a record as the server holds it: its merge state (value, timestamp, base,
// author and the conflict copies that await a person) and the id of the delta that wrote the
// value.
struct StateField
{
    std::string name;
    FieldState state;
    DeltaId writer;

    friend bool operator==(const StateField &, const StateField &) = default;
};

// One record of a state page, every field the server holds of it.
struct StateRecord
{
    std::string entity;
    std::string id;
    std::vector<StateField> fields;

    friend bool operator==(const StateRecord &, const StateRecord &) = default;
};

// A page of the server's current state of a device's scope (GET /v1/pull?form=state): what a
// first sync starts from instead of replaying every version the log ever held. Records come in
// the order of their last change. `cursor` is the last record's log position while more pages
// follow (hasMore), and on the last page the log position from which the ordinary pull goes on.
// On the wire each name (entity, field, author) is written once per page (serialization.h).
struct StatePage
{
    std::uint64_t cursor = 0;
    bool hasMore = false;
    std::int64_t sentAtMs = 0; // the server's physical time
    std::vector<StateRecord> records;

    friend bool operator==(const StatePage &, const StatePage &) = default;
};

} // namespace lykta::sync
