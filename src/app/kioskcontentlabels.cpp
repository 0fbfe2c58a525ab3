#include "kioskcontentlabels.h"

#include "kiosklanguage.h"

#include <QVariantMap>

namespace lykta::app {

QString KioskContentLabels::languageName(const QString &code)
{
    if (code == QLatin1String("sv"))
        return tr("Svenska");
    if (code == QLatin1String("sv-easy"))
        return tr("Lättläst svenska");
    if (code == QLatin1String("en"))
        return tr("Engelska");
    if (code == QLatin1String("ar"))
        return tr("Arabiska");
    if (code == QLatin1String("so"))
        return tr("Somaliska");
    if (code == QLatin1String("prs"))
        return tr("Dari");
    if (code == QLatin1String("ti"))
        return tr("Tigrinska");
    if (code == QLatin1String("uk"))
        return tr("Ukrainska");
    if (code == QLatin1String("fi"))
        return tr("Finska");
    return code;
}

QString KioskContentLabels::ageBandName(const QString &band)
{
    if (band == QLatin1String("3-6"))
        return tr("3–6 år");
    if (band == QLatin1String("7-12"))
        return tr("7–12 år");
    if (band == QLatin1String("13-18"))
        return tr("13–18 år");
    return band;
}

QVariantList KioskContentLabels::languages()
{
    QVariantList out;
    for (const domain::KioskLanguage &l : domain::KioskLanguage::all()) {
        const QString code = QString::fromLatin1(l.code);
        out.append(QVariantMap{
            {QStringLiteral("key"), code},
            {QStringLiteral("label"), languageName(code)},
            {QStringLiteral("rightToLeft"), domain::KioskLanguage::isRightToLeft(code)}});
    }
    return out;
}

QVariantList KioskContentLabels::ageBands()
{
    QVariantList out;
    for (const char *band : {"3-6", "7-12", "13-18"}) {
        const QString key = QString::fromLatin1(band);
        out.append(
            QVariantMap{{QStringLiteral("key"), key}, {QStringLiteral("label"), ageBandName(key)}});
    }
    return out;
}

} // namespace lykta::app
