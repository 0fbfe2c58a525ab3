#pragma once

#include "database.h"

#include <cstdint>
#include <optional>
#include <string_view>

namespace lykta::store::meta {

// Keys of the sync_meta table: the device's identity, clock and sync position.
inline constexpr std::string_view kDevice = "device_id";
inline constexpr std::string_view kHlc = "hlc_last";
inline constexpr std::string_view kCounter = "delta_counter";
inline constexpr std::string_view kPullCursor = "pull_cursor";
// The highest audit_log seq the server has settled (POST /v1/audit); later entries are unsent.
inline constexpr std::string_view kAuditSent = "audit_sent";
// Present only inside a remote-apply transaction; the signed-record triggers read it.
inline constexpr std::string_view kApplyingRemote = "applying_remote";

std::optional<std::int64_t> read(Database &db, std::string_view key);
// SQLite's result code of the step: SQLITE_DONE on success.
int write(Database &db, std::string_view key, std::int64_t value);
int erase(Database &db, std::string_view key);

} // namespace lykta::store::meta
