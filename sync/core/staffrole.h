#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace lykta::sync {

// What a staff member may do beyond their units' case work, the one type for the tablet's
// domain and the server: a manager follows the unit up (the report, spot checks of the audit
// log, the unit's concerns, tablets and staff), a content editor writes the kiosk's info cards
// and helplines. Stored and sent as the text toString gives.
enum class StaffRole : std::uint8_t
{
    Staff,
    Manager,
    Content,
};

// "staff", "manager", "content".
const char *toString(StaffRole role);
// nullopt for text that names no role.
std::optional<StaffRole> staffRoleFromString(std::string_view text);

} // namespace lykta::sync
