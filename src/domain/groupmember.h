#pragma once

#include <QDate>
#include <QString>

#include <string>

namespace lykta::domain {

// A child in a group: a child record (identified mode) or an alias (anonymous mode).
struct GroupMember
{
    std::string id;
    std::string unitId;
    std::string groupId;
    std::string childId; // identified mode only
    QString alias;       // a code or a first name
    int age = 0;
    QDate joined{}; // the day the child joined (empty: the group's start); set when added
    // Set when the child left the group. The member stays (history, attendance so far);
    // sessions after this day no longer list them.
    QDate leftDate{};

    bool hasLeft() const { return leftDate.isValid(); }
};

} // namespace lykta::domain
