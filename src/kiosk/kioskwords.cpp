#include "kioskwords.h"

#include "readaloud.h"

#include <QCoreApplication>
#include <QQmlEngine>

namespace lykta::kiosk {

KioskWords::~KioskWords()
{
    if (m_installed)
        QCoreApplication::removeTranslator(&m_words);
}

void KioskWords::apply(const QString &language)
{
    if (language == m_applied)
        return;
    m_applied = language;
    if (m_installed)
        QCoreApplication::removeTranslator(&m_words);
    m_installed = !language.startsWith(QLatin1String("sv")) &&
                  m_words.load(QStringLiteral("kiosk_") + QString(language).replace('-', '_'),
                               QStringLiteral(":/i18n")) &&
                  QCoreApplication::installTranslator(&m_words);
    QLocale::setDefault(ReadAloud::localeFor(language));
    m_engine.retranslate();
}

} // namespace lykta::kiosk
