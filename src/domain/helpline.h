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
    // Written by Lykta for a native speaker to review: a kiosk shows the Swedish text instead
    // until someone with the content role approves it.
    bool draft = false;

    friend bool operator==(const HelplineText &, const HelplineText &) = default;
};

// A way to reach a helpline besides the phone: a chat or a web page, an https address, and
// the day someone last checked it. A kiosk shows it only once it has been checked.
struct HelplineLink
{
    QString url;
    QDate verified;

    bool shown() const { return !url.isEmpty() && verified.isValid(); }
    friend bool operator==(const HelplineLink &, const HelplineLink &) = default;
};

// A helpline shown in the kiosk, with the date someone last checked it still answers. The
// name, hours and audience are Swedish; `translations` holds them in other content languages
// (KioskLanguage), each field empty where it is not translated. `number` is empty for a
// helpline reached only on the web (then chat or web is set).
struct Helpline
{
    std::string id;
    QString name;
    QString number;
    QString hours;
    QString audience;
    QDate lastVerified;                           // of the number
    std::map<QString, HelplineText> translations; // by language code, never "sv"
    HelplineLink chat{};
    HelplineLink web{};

    // The text a kiosk shows in `language`: each field in that language where it is written
    // and not a draft, otherwise in Swedish (easy Swedish and every other language alike).
    HelplineText textIn(const QString &language) const;
    // Whether a kiosk has a checked way to reach it to show: a number, or a checked address.
    bool reachable() const { return !number.isEmpty() || chat.shown() || web.shown(); }

    friend bool operator==(const Helpline &, const Helpline &) = default;
};

} // namespace lykta::domain
