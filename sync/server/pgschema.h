#pragma once

#include <functional>

namespace lykta::server::pg {

class Conn;

// The PostgreSQL backend's schema versions; each migration runs in one transaction.
enum class SchemaVersion : int
{
    None = 0,
    Initial = 1,     // units, staff, devices, codes, the log with its head, records, audit
    StaffRole = 2,   // staff.role: staff, manager or content
    Retention = 3,   // retention rules per retention type; the audit log's cut-off
    Seen = 4,        // log.seen: the versions a conflict resolution replaced
    Audit = 5,       // audit: one row per pull (records), tablets' entries (device_ms, device_seq)
    FullPull = 6,    // full_pull: the throttle of repeated pulls from cursor 0, per device
    Refused = 7,     // rejection: the entity, id, field and `current` of each refusal
    References = 8,  // log_reference: the log's *_id values indexed (recordsAbout)
    Tablets = 9,     // staff.deactivated_ms; device last_seen_ms, app_version, erase order
    Compaction = 10, // the log's compaction horizon, compacted counters, device pull_cursor
    Current = Compaction,
};

// Brings the database up to SchemaVersion::Current under an advisory lock, so several
// lykta-server processes starting together migrate once. A database that holds an older schema
// is first handed to `beforeMigrating` with its version (PgStorage makes its backup there; what
// that throws stops the migration). Throws pg::Error; refuses (SQLSTATE kTooNewState) a
// database written by a newer server, and changes nothing in it.
void migrate(Conn &conn, const std::function<void(int version)> &beforeMigrating = {});

inline constexpr const char *kTooNewState = "LYKTA";

} // namespace lykta::server::pg
