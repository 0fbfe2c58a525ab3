#pragma once

#include <QDate>
#include <QString>

#include <string>

namespace lykta::domain {

// One planned or held meeting of a group, with its theme.
struct GroupSession
{
    std::string id;
    std::string unitId;
    std::string groupId;
    int number = 0;
    QDate date;
    QString theme;
};

} // namespace lykta::domain
