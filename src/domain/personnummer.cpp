#include "personnummer.h"

namespace lykta::domain {

namespace {

constexpr int kCoordinationDayOffset = 60;

DomainError invalid()
{
    return domainError(DomainErrc::InvalidPersonnummer, "personnummer");
}

bool allDigits(const QString &s)
{
    for (const QChar c : s) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return !s.isEmpty();
}

} // namespace

bool Personnummer::luhnValid(const QString &tenDigits)
{
    if (tenDigits.size() != 10 || !allDigits(tenDigits))
        return false;
    int sum = 0;
    for (qsizetype i = 0; i < tenDigits.size(); ++i) {
        int d = tenDigits.at(i).digitValue() * (i % 2 == 0 ? 2 : 1);
        sum += d > 9 ? d - 9 : d;
    }
    return sum % 10 == 0;
}

DomainResult<Personnummer> Personnummer::parse(const QString &text, const QDate &today)
{
    QString s = text.trimmed();
    s.remove(QLatin1Char(' '));
    bool centenarian = false;
    if (s.size() == 11 || s.size() == 13) {
        const QChar sep = s.at(s.size() - 5);
        if (sep == QLatin1Char('+'))
            centenarian = true;
        else if (sep != QLatin1Char('-'))
            return invalid();
        if (centenarian && s.size() == 13)
            return invalid(); // '+' only means something when the century is missing
        s.remove(s.size() - 5, 1);
    }
    if ((s.size() != 10 && s.size() != 12) || !allDigits(s))
        return invalid();

    const QString ten = s.right(10);
    if (!luhnValid(ten))
        return invalid();

    const int yy = ten.left(2).toInt();
    const int month = ten.mid(2, 2).toInt();
    int day = ten.mid(4, 2).toInt();
    Personnummer p;
    if (day > kCoordinationDayOffset) {
        p.m_coordination = true;
        day -= kCoordinationDayOffset;
    }

    int year = 0;
    if (s.size() == 12) {
        year = s.left(4).toInt();
    } else {
        // The most recent year ending in yy that is not after today; '+' adds 100 years of age.
        year = today.year() - ((today.year() - yy) % 100 + 100) % 100;
        if (QDate(year, month, day).isValid() && QDate(year, month, day) > today)
            year -= 100;
        if (centenarian)
            year -= 100;
    }
    const QDate birth(year, month, day);
    if (!birth.isValid() || birth > today)
        return invalid();

    p.m_birthDate = birth;
    p.m_normalized = QString::number(year).rightJustified(4, QLatin1Char('0')) + ten.mid(2, 4) +
                     QLatin1Char('-') + ten.right(4);
    return p;
}

} // namespace lykta::domain
