#pragma once

#include "delta.h"

#include <cstdint>
#include <string>
#include <vector>

namespace lykta::sync {

// One device of a unit as a manager's Tablets screen shows it (GET /v1/manage/devices): ids,
// names and times, never a token. Times are ms since the epoch; 0 means "not yet" or "no".
struct UnitDevice
{
    DeviceId id = 0;
    std::string kind;       // "staff" or "kiosk"
    std::string name;       // what the tablet called itself when it enrolled
    std::string staff;      // a staff device's staff member
    std::string staffName;  // as the server's staff table has it
    std::string appVersion; // the release of the app at its last contact; empty when unknown
    std::int64_t enrolledMs = 0;
    std::int64_t lastSeenMs = 0; // its last push or pull
    std::int64_t revokedMs = 0;
    std::int64_t eraseOrderedMs = 0; // revoked as lost or stolen: erase on its next contact
    std::int64_t erasedMs = 0;       // when the device said it had erased everything

    friend bool operator==(const UnitDevice &, const UnitDevice &) = default;
};

// A staff member of the unit, for issuing codes and deactivating a leaver.
struct UnitStaffMember
{
    std::string id;
    std::string name;
    std::string role;               // staff, manager, content
    std::int64_t deactivatedMs = 0; // 0: active

    friend bool operator==(const UnitStaffMember &, const UnitStaffMember &) = default;
};

// The answer of GET /v1/manage/devices?unit=: the unit's devices (staff devices of its staff
// members and its kiosks, revoked ones too, newest enrollment first) and its staff by name.
// At most limits::kMaxUnitDevices of each.
struct UnitDevices
{
    std::string unit;
    std::vector<UnitDevice> devices;
    std::vector<UnitStaffMember> staff;

    friend bool operator==(const UnitDevices &, const UnitDevices &) = default;
};

} // namespace lykta::sync
