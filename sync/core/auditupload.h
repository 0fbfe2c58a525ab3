#pragma once

#include "delta.h"

#include <cstdint>
#include <string>
#include <vector>

namespace lykta::sync {

// One entry of a tablet's own access log (a read, print, export, spot check, write ...), as it
// travels to the server's audit log. Ids and codes only: never note text.
struct AuditRecord
{
    std::uint64_t seq = 0; // its number in the device's log: device + seq is its identity
    std::int64_t atMs = 0; // when it was written, by the device's clock
    std::string staff;     // who acted
    std::string unit;
    std::string action; // read, create, change, delete, export, print, share, review
    std::string entity;
    std::string subject; // a record id, or an export's or spot check's subject

    friend bool operator==(const AuditRecord &, const AuditRecord &) = default;
};

// A tablet's unsent entries, oldest first (POST /v1/audit).
struct AuditUpload
{
    DeviceId device = 0;
    std::vector<AuditRecord> entries;

    friend bool operator==(const AuditUpload &, const AuditUpload &) = default;
};

// The server's answer: every entry up to `through` is settled, stored now or before (an upload
// is idempotent by device + seq) or refused for good (`refused`, with the reason in `detail`);
// the tablet stops sending them.
struct AuditReceipt
{
    std::uint64_t through = 0;
    std::uint64_t stored = 0; // entries of this upload the log holds
    std::vector<std::uint64_t> refused;
    std::string detail; // why the first refused entry was refused: a code, for logs

    friend bool operator==(const AuditReceipt &, const AuditReceipt &) = default;
};

} // namespace lykta::sync
