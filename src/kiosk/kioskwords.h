#pragma once

#include <QString>
#include <QTranslator>

class QQmlEngine;

namespace lykta::kiosk {

// The kiosk's own words (navigation, age bands, headings, the 112 line, read-aloud controls)
// follow the language a child picks: :/i18n/kiosk_<code>.qm (qml/kiosk/i18n) for every
// content language but Swedish, which is the source (easy Swedish uses it too). Dates follow
// the same language. A language with no translation file (content added later in another
// language) keeps the Swedish words.
class KioskWords
{
public:
    explicit KioskWords(QQmlEngine &engine) : m_engine(engine) {}
    ~KioskWords();
    KioskWords(const KioskWords &) = delete;
    KioskWords &operator=(const KioskWords &) = delete;

    void apply(const QString &language);

private:
    QQmlEngine &m_engine;
    QString m_applied;
    QTranslator m_words;
    bool m_installed = false;
};

} // namespace lykta::kiosk
