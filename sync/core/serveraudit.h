#pragma once

#include "delta.h"

#include <cstdint>
#include <string>
#include <vector>

namespace lykta::sync {

// One entry of the server's audit log about a subject, as a manager's extract receives it
// (GET /v1/audit?subject=). Ids, codes and the staff member's name: never note text.
struct ServerAuditEntry
{
    std::int64_t receivedMs = 0; // when the server wrote (or received) it
    std::int64_t deviceMs = 0;   // a tablet's entry: when it was written there; 0 otherwise
    DeviceId device = 0;
    std::uint64_t deviceSeq = 0; // a tablet's entry: its number in that device's log; 0 otherwise
    std::string staff;
    std::string staffName; // as the server's staff table has it; empty when unknown
    std::string unit;
    std::string action; // a tablet's (read, print, export ...) or the server's (pull, push ...)
    std::string entity;
    std::string subject;

    friend bool operator==(const ServerAuditEntry &, const ServerAuditEntry &) = default;
};

// The server's extract for one subject, oldest first. At most
// limits::kMaxServerAuditEntries: past that the newest are sent and `omitted` counts the
// older ones left out.
struct ServerAudit
{
    std::string subject;
    std::vector<ServerAuditEntry> entries;
    std::uint64_t omitted = 0;

    friend bool operator==(const ServerAudit &, const ServerAudit &) = default;
};

} // namespace lykta::sync
