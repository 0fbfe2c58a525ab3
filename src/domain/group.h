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

    // Where the group is in its life; only a label, nothing is locked by it.
    enum class Status
    {
        Planned,
        Running,
        Finished,
    };

    std::string id;
    std::string unitId;
    QString name;
    QString programme; // the model: Blåvinge, ME-WE, the unit's own, … (free text)
    int minAge = 0;
    int maxAge = 18;
    int capacity = 8;
    Mode mode = Mode::Anonymous;
    QStringList leaders; // staff ids of the unit
    QDate startDate;
    QDate endDate; // optional
    QString place;
    Status status = Status::Planned;
};

} // namespace lykta::domain
