#pragma once

#include <QDate>
#include <QString>

#include <string>

namespace lykta::domain {

// What prepareIdentification() found, for the person to check before confirming: the
// number as Lykta will store it and the birth date it implies.
struct PendingIdentification
{
    enum class Subject
    {
        Child,
        Guardian,
    };

    std::string token;
    Subject subject = Subject::Child;
    std::string recordId;
    QString normalized; // YYYYMMDD-NNNN
    QDate birthDate;
    bool coordinationNumber = false; // samordningsnummer
};

} // namespace lykta::domain
