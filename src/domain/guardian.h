#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

#include <string>

namespace lykta::domain {

// A parent or other adult in the child's home. One who is no longer part of the family keeps
// their record (leftOn set) and is shown as former; a guardian is never deleted.
struct Guardian
{
    std::string id;
    std::string unitId;
    std::string familyId;
    QString name;
    QString relation;     // one of kRelations
    bool custody = false; // vårdnadshavare
    QString phone;
    QString email;
    QString address;
    QString language; // the language the guardian prefers, as they say it
    bool interpreter = false;
    QDate leftOn;         // invalid while in the family
    QString personnummer; // empty until confirmed
    std::string personnummerConfirmedBy;
    QString personnummerConfirmedAt;

    bool isFormer() const { return leftOn.isValid(); }

    // The stored relation keys; the app gives each its words.
    static QStringList relations()
    {
        return {QStringLiteral("mother"), QStringLiteral("father"), QStringLiteral("step_parent"),
                QStringLiteral("foster_parent"), QStringLiteral("other")};
    }
};

} // namespace lykta::domain
