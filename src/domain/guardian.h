#pragma once

#include <QString>

#include <string>

namespace lykta::domain {

// A parent or other adult in the child's home.
struct Guardian
{
    std::string id;
    std::string unitId;
    std::string familyId;
    QString name;
    QString relation; // mother, father, step_parent, foster_parent, other
    QString phone;
    QString personnummer; // empty until confirmed
    std::string personnummerConfirmedBy;
    QString personnummerConfirmedAt;
};

} // namespace lykta::domain
