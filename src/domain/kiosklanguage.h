#pragma once

#include <QString>

#include <span>

namespace lykta::domain {

// A language the kiosk's content is written in. The list is the order languages are offered
// in; content in a language not listed is still shown, after these, by its code.
struct KioskLanguage
{
    const char *code; // sv, sv-easy, en, ar, so, prs, ti, uk, fi
    const char *name; // in the language itself (no flags: a language is not a country)

    // Every content language, Swedish first.
    static std::span<const KioskLanguage> all();
    static bool isKnown(const QString &code);
    // Arabic and Dari (and Persian, Sorani, Pashto, Urdu, Hebrew for content added later).
    static bool isRightToLeft(const QString &code);
    // The language a text falls back to when it has none in `code`: Swedish.
    static QString fallback() { return QStringLiteral("sv"); }
};

} // namespace lykta::domain
