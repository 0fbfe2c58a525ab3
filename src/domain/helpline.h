#pragma once

#include <QDate>
#include <QString>

#include <string>

namespace lykta::domain {

// A helpline shown in the kiosk, with the date someone last checked it still answers.
struct Helpline
{
    std::string id;
    QString name;
    QString number;
    QString hours;
    QString audience;
    QDate lastVerified;

    friend bool operator==(const Helpline &, const Helpline &) = default;
};

} // namespace lykta::domain
