#pragma once

#include <QDate>
#include <QString>

#include <string>

namespace lykta::domain {

// What was done about a concern to report (orosanmälan): the report was filed with social
// services, or it was decided not to file one and why. The report itself is made outside
// Lykta; this is the record that closes its task.
struct ConcernRecord
{
    enum class Outcome
    {
        Filed,
        NotFiled,
    };

    Outcome outcome = Outcome::Filed;
    QDate date;           // the day it was filed, or decided not to
    QString recipient;    // which social services (filed)
    std::string filedBy;  // the staff member of the unit who filed it (filed)
    QString reference;    // social services' reference, if any (filed)
    QString reason;       // why not (not filed)
    std::string closedBy; // who recorded this, set by the service
    QString closedAt;     // when, ISO 8601 UTC, set by the service
};

QString toKey(ConcernRecord::Outcome o);

} // namespace lykta::domain
