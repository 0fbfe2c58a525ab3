#pragma once

#include <QDate>
#include <QString>
#include <QStringList>
#include <QTime>

#include <string>

namespace lykta::domain {

// One planned or held meeting of a group, with its theme. A cancelled session stays in the
// programme, marked, but takes no attendance and counts in no attendance rate.
struct GroupSession
{
    std::string id;
    std::string unitId;
    std::string groupId;
    int number = 0;
    QDate date;
    QString theme;
    QTime time{}; // optional: sessions planned before v7 have none
    bool cancelled = false;
};

// A whole programme planned in one go: weekly on `weekday` (Qt::DayOfWeek, 1 = Monday) at
// `time`, `count` sessions from the first such weekday on or after `from`, the themes taken
// in order (one per session).
struct ProgrammePlan
{
    static constexpr int kMaxSessions = 52;

    std::string groupId;
    QDate from;
    int weekday = 0;
    QTime time;
    int count = 0;
    QStringList themes;
};

} // namespace lykta::domain
