#pragma once

#include "sync/core/staffrole.h"

#include <QString>

#include <string>

namespace lykta::domain {

// A staff member: every entry shows who wrote it (name, title, unit).
struct Staff
{
    using Role = sync::StaffRole; // stored as its text (sync/core/staffrole.h)

    std::string id;
    std::string unitId;
    QString name;
    QString title;
    Role role = Role::Staff;
};

} // namespace lykta::domain
