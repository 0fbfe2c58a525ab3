#pragma once

#include "qmlsingleton.h"
#include <QObject>
#include <QString>
#include <QTranslator>
#include <QtQml/qqmlregistration.h>

class QJSEngine;
class QQmlEngine;

namespace lykta::app {

// The language of the staff app's words: Swedish (the source language) or English, switched
// while the app runs — the translator is swapped and the engine retranslates every qsTr.
// The choice is kept in QSettings; `--lang` on the command line wins over it for that run.
// Qt's own words (dialog buttons, standard texts) follow too: in Swedish Qt's catalogue
// (qt_sv.qm from Debian's qt6-translations-l10n, in QLibraryInfo's translations folder) and
// Lykta's :/i18n/qt_sv.qm (the standard buttons, which Debian's catalogue lacks) are
// installed; in English none is needed.
// main.cpp builds the one instance with the engine; the Settings page switches it.
class LanguageSwitch : public QObject, public ui::QmlSingleton<LanguageSwitch>
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Language)
    QML_SINGLETON
    QML_UNCREATABLE("The language switch is built by main.cpp")
    // "sv" or "en".
    Q_PROPERTY(QString code READ code NOTIFY changed)

public:
    static constexpr const char *kSettingsKey = "ui/language";

    explicit LanguageSwitch(QQmlEngine &engine, QObject *parent = nullptr);

    // At start: the language from the command line when given (not remembered), else the one
    // chosen last time, else Swedish.
    void start(const QString &commandLine);

    QString code() const { return m_code; }
    // Switches to "sv" or "en" and remembers the choice; false for any other code (or when
    // the English words are missing), and nothing changes.
    Q_INVOKABLE bool setCode(const QString &code);

signals:
    void changed();

private:
    bool apply(const QString &code);

    QQmlEngine &m_engine;
    QTranslator m_english;
    QTranslator m_kioskEnglish;     // the kiosk's own words (qml/kiosk), in the card preview
    QTranslator m_qtSwedish;        // the system's
    QTranslator m_qtButtonsSwedish; // Lykta's, for the standard buttons
    bool m_englishLoaded = false;
    bool m_installed = false;
    bool m_qtSwedishInstalled = false;
    QString m_code = QStringLiteral("sv");
};

} // namespace lykta::app
