#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

#include <string>

namespace lykta::domain {

// A support group (stödgrupp). Anonymous groups know their children only by a code or a
// first name: no personnummer, no link to a child record.
struct Group
{
    enum class Mode
    {
        Anonymous,
        Identified,
    };

    std::string id;
    std::string unitId;
    QString name;
    QString programme; // e.g. Blåvinge, ME-WE, the unit's own
    int minAge = 0;
    int maxAge = 18;
    int capacity = 8;
    Mode mode = Mode::Anonymous;
    QStringList leaders;
    QDate startDate;
    QDate endDate; // optional
};

} // namespace lykta::domain
