#pragma once

#include <string>

namespace lykta::server::pg {

// A copy of a PostgreSQL database taken before its schema is migrated, as the SQLite backends
// copy their file: pg_dump's custom format, from one snapshot, into a new file of `dir` named
// lykta-pg-schema-v<version>-<UTC time>.dump, mode 0600. It is written as FILE.partial, read
// back with pg_restore --list and checked to hold a lykta-server schema before it takes its
// name. The connection comes from `url` through libpq's environment variables (PGHOST,
// PGPASSWORD, …), so a password never shows on a command line. pg_dump and pg_restore are
// found on PATH (Debian: postgresql-client). Returns the file's absolute path; throws
// pg::Error (state "LYKTB") saying what failed, leaving no file behind.
std::string dumpBeforeMigration(const std::string &url, int version, const std::string &dir);

// The SQLSTATE of a backup that failed, so nothing was migrated.
inline constexpr const char *kBackupFailedState = "LYKTB";

} // namespace lykta::server::pg
