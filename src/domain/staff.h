#pragma once

#include <QString>

#include <string>

namespace lykta::domain {

// A staff member: every entry shows who wrote it (name, title, unit).
struct Staff
{
    enum class Role
    {
        Staff,
        Manager, // can record spot checks of the audit log
        Content, // manages kiosk info cards
    };

    std::string id;
    std::string unitId;
    QString name;
    QString title;
    Role role = Role::Staff;
};

} // namespace lykta::domain
