#pragma once

#include "serverstorage.h"

#include <cstdint>
#include <string_view>

// The staff directory: the server writes each unit's `unit` record (name) and each staff
// member's `staff` record (name, unit_id,
// role) from its own staff table, so every device of the staff member's units pulls it and the
// app's role checks see the role the server enforces. Only the server sets a known staff
// member's role (SyncService refuses a push that claims another, from any device), and only the
// staff member's own devices (or the server) change the rest of their record, except that a
// manager's device corrects the name and title of a colleague in the manager's unit.
namespace lykta::server::staffdirectory {

inline constexpr std::string_view kStaffEntity = "staff";
inline constexpr std::string_view kUnitEntity = "unit";
inline constexpr std::string_view kNameField = "name";
inline constexpr std::string_view kRoleField = "role";
inline constexpr std::string_view kTitleField = "title";
// The detail of the NotAuthorized refusal of a push that sets a known staff member's role.
inline constexpr std::string_view kRoleDetail = "role";
// The detail of the NotAuthorized refusal of a push that changes a known staff member's record
// (name, title, ...) from another staff member's device: only their own devices may, and a
// manager's device the name and title of a colleague in its unit.
inline constexpr std::string_view kColleagueDetail = "colleague";

// Brings every unit's record in line with the unit table (a missing record gets unit_id and
// name, logged in the unit's own scope, so an enrolled device has its unit's name without
// writing a record of its own), and every staff member's record with the staff table, in one
// write transaction:
// a missing record gets name, unit_id and role; an existing one gets role when it differs (and
// name or unit_id when it has none). The deltas are the server's own (device 0, as retention's
// tombstones), stamped one step after the value they replace, and logged once for each of the
// staff member's units, so every device of every unit receives them. Idempotent: a second run
// writes nothing. Returns the number of deltas written.
StorageResult<std::uint64_t> publish(ServerStorage &storage);

} // namespace lykta::server::staffdirectory
