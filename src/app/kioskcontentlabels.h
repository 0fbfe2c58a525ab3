#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVariantList>

namespace lykta::app {

// The words staff see for the kiosk's content languages and age bands (the kiosk itself names
// a language in that language; staff read Swedish or English).
class KioskContentLabels
{
    Q_DECLARE_TR_FUNCTIONS(KioskContentLabels)

public:
    // [{key, label, rightToLeft}] for every content language, in the kiosk's order.
    static QVariantList languages();
    // [{key, label}] for the age bands 3-6, 7-12, 13-18.
    static QVariantList ageBands();
    static QString languageName(const QString &code); // the code itself when unknown
    static QString ageBandName(const QString &band);
};

} // namespace lykta::app
