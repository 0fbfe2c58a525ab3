#pragma once

#include "database.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace lykta::store::meta {

// Keys of the sync_meta table: the device's identity, clock and sync position.
inline constexpr std::string_view kDevice = "device_id";
inline constexpr std::string_view kHlc = "hlc_last";
inline constexpr std::string_view kCounter = "delta_counter";
inline constexpr std::string_view kPullCursor = "pull_cursor";
// The highest audit_log seq the server has settled (POST /v1/audit); later entries are unsent.
inline constexpr std::string_view kAuditSent = "audit_sent";
// Which copy of the server's database answered last (protocol::kEpochHeader), as text.
inline constexpr std::string_view kServerEpoch = "server_epoch";
// The epoch found restored from a backup, as text, until the server has taken a push after it.
inline constexpr std::string_view kResumeEpoch = "resume_epoch";
// 1 while a first sync's state pages are being pulled (Store::applyState); the pull cursor is
// then a position in the server's records, not yet one the log pull may go on from.
inline constexpr std::string_view kStateSync = "state_sync";
// Present only inside a remote-apply transaction; the signed-record triggers read it.
inline constexpr std::string_view kApplyingRemote = "applying_remote";

std::optional<std::int64_t> read(Database &db, std::string_view key);
// SQLite's result code of the step: SQLITE_DONE on success.
int write(Database &db, std::string_view key, std::int64_t value);
int erase(Database &db, std::string_view key);
// The text keys (kServerEpoch, kResumeEpoch).
std::optional<std::string> readText(Database &db, std::string_view key);
int writeText(Database &db, std::string_view key, std::string_view value);

} // namespace lykta::store::meta
