#pragma once

#include <QDate>
#include <QString>

#include <map>
#include <string>

namespace lykta::domain {

// What a helpline says about itself in one language.
struct HelplineText
{
    QString name;
    QString hours;
    QString audience; // who it is for

    friend bool operator==(const HelplineText &, const HelplineText &) = default;
};

// A helpline shown in the kiosk, with the date someone last checked it still answers. The
// name, hours and audience are Swedish; `translations` holds them in other content languages
// (KioskLanguage), each field empty where it is not translated.
struct Helpline
{
    std::string id;
    QString name;
    QString number;
    QString hours;
    QString audience;
    QDate lastVerified;
    std::map<QString, HelplineText> translations; // by language code, never "sv"

    // The text a kiosk shows in `language`: each field in that language where it is written,
    // otherwise in Swedish (easy Swedish and every other language alike).
    HelplineText textIn(const QString &language) const;

    friend bool operator==(const Helpline &, const Helpline &) = default;
};

} // namespace lykta::domain
