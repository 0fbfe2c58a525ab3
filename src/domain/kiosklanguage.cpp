#include "kiosklanguage.h"

#include <QStringList>

#include <algorithm>

namespace lykta::domain {

namespace {

constexpr KioskLanguage kLanguages[] = {
    {"sv", "Svenska"}, {"sv-easy", "Lätt svenska"}, {"en", "English"},
    {"ar", "العربية"}, {"so", "Soomaali"},          {"prs", "دری"},
    {"ti", "ትግርኛ"},    {"uk", "Українська"},        {"fi", "Suomi"},
};

} // namespace

std::span<const KioskLanguage> KioskLanguage::all()
{
    return kLanguages;
}

bool KioskLanguage::isKnown(const QString &code)
{
    return std::any_of(std::begin(kLanguages), std::end(kLanguages),
                       [&](const KioskLanguage &l) { return code == QLatin1String(l.code); });
}

bool KioskLanguage::isRightToLeft(const QString &code)
{
    static const QStringList rtl = {
        QStringLiteral("ar"), QStringLiteral("prs"), QStringLiteral("fa"), QStringLiteral("ckb"),
        QStringLiteral("ps"), QStringLiteral("ur"),  QStringLiteral("he")};
    return rtl.contains(code.section('-', 0, 0));
}

} // namespace lykta::domain
