#pragma once

#include <QDate>
#include <QString>
#include <QStringList>
#include <QTime>

#include <string>

namespace lykta::domain {

// A meeting booked for one step of a conversation series: when, where and who takes part.
struct Booking
{
    enum class Status
    {
        Booked,
        Cancelled, // kept, so the case file shows it
    };

    std::string id;
    std::string unitId;
    std::string seriesId;
    int step = 0;
    QDate date;
    QTime time; // local time
    int durationMin = 60;
    QString place;
    QStringList participants; // keys: see BookingParticipant
    std::string staffId;      // who booked it
    Status status = Status::Booked;
};

// One person (or group of people) a booking can name. Keys: "child", "guardian:<id>",
// "guardians" (when the family has no guardian recorded), "staff:<id>", "network".
struct BookingParticipant
{
    enum class Kind
    {
        Child,
        Guardian,
        Guardians,
        Staff,
        Network,
    };

    QString key;
    Kind kind = Kind::Child;
    QString name;           // the child's first name, a guardian's or staff member's name
    bool suggested = false; // the template step names them
};

} // namespace lykta::domain
