#pragma once

#include <QDate>
#include <QString>

#include <string>

namespace lykta::domain {

// A family (the case): the children and guardians staff work with.
struct Family
{
    std::string id;
    std::string unitId;
    QString name;        // how staff refer to the family
    QString problemType; // the parent's situation: addiction, mental_illness, physical_illness, ...
    QDate firstContact;
    std::string responsibleStaff;
};

} // namespace lykta::domain
