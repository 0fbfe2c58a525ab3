#pragma once

namespace lykta::server {

// The versions of the server's SQLite schema, one per file in sql/sqlite (vN_name.sql), as
// PRAGMA user_version records them. A new version is a new file and a name here; a shipped
// file is never edited.
enum class SqliteSchema
{
    Empty = 0,
    Initial = 1,      // units, staff, devices, codes, the log, records, refusals, audit
    StaffRole = 2,    // staff.role
    Retention = 3,    // retention rules and the audit log's cut-off
    Seen = 4,         // log.seen: the versions a resolution replaced
    Audit = 5,        // compact pull rows and the tablets' uploaded entries
    FullPull = 6,     // the full-pull throttle's state per device
    RefusedField = 7, // what a refused delta named, for replays
    References = 8,   // the log's references indexed, for recordsAbout
    Tablets = 9,      // staff.deactivated_ms; a device's last contact, release and erase order
    Compaction = 10,  // the log's compaction horizon, compacted counters, device pull_cursor
    Current = Compaction,
};

} // namespace lykta::server
