#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

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
    // "Ärendet avslutat": set only by FamilyService::closeFamily, cleared by reopenFamily.
    QDate closedOn = {};
    QString closedReason = {}; // one of closeReasons()
    QString closedNote = {};

    bool isClosed() const { return closedOn.isValid(); }

    // The stored reason keys; "other" needs the free text to say what.
    static QStringList closeReasons()
    {
        return {QStringLiteral("completed"),  QStringLiteral("declined"),
                QStringLiteral("referred"),   QStringLiteral("moved"),
                QStringLiteral("no_contact"), QStringLiteral("other")};
    }
};

} // namespace lykta::domain
