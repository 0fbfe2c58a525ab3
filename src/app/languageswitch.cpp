#include "languageswitch.h"

#include <QCoreApplication>
#include <QJSEngine>
#include <QLibraryInfo>
#include <QLocale>
#include <QQmlEngine>
#include <QSettings>

namespace lykta::app {

namespace {

// The English translation is British English; "en" alone would give US dates.
const QLocale kEnglish(QLocale::English, QLocale::UnitedKingdom);
const QLocale kSwedish(QLocale::Swedish, QLocale::Sweden);
} // namespace

LanguageSwitch::LanguageSwitch(QQmlEngine &engine, QObject *parent)
    : QObject(parent), m_engine(engine)
{
    m_englishLoaded = m_english.load(kEnglish, QStringLiteral("lykta"), QStringLiteral("_"),
                                     QStringLiteral(":/i18n"));
    (void)m_kioskEnglish.load(QStringLiteral("kiosk_en"), QStringLiteral(":/i18n"));
    // Either may be missing (no qt6-translations-l10n): then those words stay English.
    (void)m_qtSwedish.load(kSwedish, QStringLiteral("qt"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    (void)m_qtButtonsSwedish.load(QStringLiteral(":/i18n/qt_sv.qm"));
}

void LanguageSwitch::start(const QString &commandLine)
{
    if (!commandLine.isEmpty() && apply(commandLine.left(2).toLower()))
        return;
    const QString saved = QSettings().value(QLatin1String(kSettingsKey)).toString();
    if (!saved.isEmpty() && apply(saved))
        return;
    // Never chosen: the device's language where Lykta has it, else Swedish.
    if (QLocale().language() != QLocale::English || !apply(QStringLiteral("en")))
        apply(QStringLiteral("sv"));
}

bool LanguageSwitch::setCode(const QString &code)
{
    if (!apply(code))
        return false;
    QSettings settings;
    settings.setValue(QLatin1String(kSettingsKey), m_code);
    settings.sync();
    return true;
}

bool LanguageSwitch::apply(const QString &code)
{
    const bool english = code == QLatin1String("en");
    if (!english && code != QLatin1String("sv"))
        return false;
    if (english && !m_englishLoaded)
        return false;
    if (english != m_installed) {
        for (QTranslator *words : {&m_english, &m_kioskEnglish}) {
            if (english)
                QCoreApplication::installTranslator(words);
            else
                QCoreApplication::removeTranslator(words);
        }
        m_installed = english;
    }
    if (english == m_qtSwedishInstalled) {
        for (QTranslator *qt : {&m_qtSwedish, &m_qtButtonsSwedish}) {
            if (english)
                QCoreApplication::removeTranslator(qt);
            else if (!qt->isEmpty())
                QCoreApplication::installTranslator(qt);
        }
        m_qtSwedishInstalled = !english;
    }
    // Dates and numbers follow the language the words are in.
    QLocale::setDefault(english ? kEnglish : kSwedish);
    const bool changedCode = m_code != code;
    m_code = code;
    m_engine.retranslate();
    if (changedCode)
        emit changed();
    return true;
}

} // namespace lykta::app
