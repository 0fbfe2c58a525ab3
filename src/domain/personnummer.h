#pragma once

#include "domainerror.h"

#include <QDate>
#include <QString>

namespace lykta::domain {

// A Swedish personal identity number (or samordningsnummer, day + 60), checked: 10 or 12
// digits, a real birth date not in the future, and a valid Luhn check digit. Parsing never
// identifies anyone by itself: IdentificationService shows the result and asks for a
// confirmation before anything is stored.
class Personnummer
{
public:
    // Accepts YYYYMMDD-NNNN, YYYYMMDDNNNN, YYMMDD-NNNN, YYMMDDNNNN and YYMMDD+NNNN (100 years
    // or older). `today` decides the century of a 10-digit number.
    static DomainResult<Personnummer> parse(const QString &text,
                                            const QDate &today = QDate::currentDate());

    // Always 12 digits: YYYYMMDD-NNNN.
    QString normalized() const { return m_normalized; }
    QDate birthDate() const { return m_birthDate; }
    bool isCoordinationNumber() const { return m_coordination; }

    static bool luhnValid(const QString &tenDigits);

private:
    QString m_normalized;
    QDate m_birthDate;
    bool m_coordination = false;
};

} // namespace lykta::domain
