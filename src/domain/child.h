#pragma once

#include <QDate>
#include <QString>

#include <string>

namespace lykta::domain {

// A child (0-18) in a family. The personnummer is set only through IdentificationService.
struct Child
{
    static constexpr int kMaxAge = 18;

    std::string id;
    std::string unitId;
    std::string familyId;
    QString firstName;
    QString lastName;
    QDate birthDate;
    QString gender;
    QString personnummer; // empty until confirmed
    std::string personnummerConfirmedBy;
    QString personnummerConfirmedAt;
};

} // namespace lykta::domain
