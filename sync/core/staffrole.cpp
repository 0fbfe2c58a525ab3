#include "staffrole.h"

namespace lykta::sync {

const char *toString(StaffRole role)
{
    switch (role) {
    case StaffRole::Staff:
        return "staff";
    case StaffRole::Manager:
        return "manager";
    case StaffRole::Content:
        return "content";
    }
    return "staff";
}

std::optional<StaffRole> staffRoleFromString(std::string_view text)
{
    for (const StaffRole role : {StaffRole::Staff, StaffRole::Manager, StaffRole::Content}) {
        if (text == toString(role))
            return role;
    }
    return std::nullopt;
}

} // namespace lykta::sync
