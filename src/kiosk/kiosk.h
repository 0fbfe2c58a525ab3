#pragma once

#include "cardmodel.h"
#include "helplinemodel.h"
#include "kioskcontentservice.h"
#include "kioskpin.h"
#include "qmlsingleton.h"
#include "readaloud.h"

#include <QObject>
#include <QTimer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <functional>
#include <optional>

class QQmlEngine;
class QJSEngine;

namespace lykta::kiosk {

class KioskSync;

// The waiting-room kiosk as QML sees it: which language and age band a child has chosen,
// the cards and helplines for that choice, the idle timer that sends the screen back to the
// start, and the staff PIN that is the only way out. It reads content only: there is nothing
// else in its store and no route from here to a staff screen. main (KioskApp) builds the one
// instance and hands it to QML as a singleton.
class Kiosk : public QObject, public ui::QmlSingleton<Kiosk>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    QML_UNCREATABLE("Kiosk is built by KioskApp")
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(bool rightToLeft READ rightToLeft NOTIFY languageChanged)
    Q_PROPERTY(QString ageBand READ ageBand WRITE setAgeBand NOTIFY ageBandChanged)
    // [{code, name, rightToLeft}] for every language with published cards, each name written
    // in its own language (no flags: a language is not a country).
    Q_PROPERTY(QVariantList languages READ languages NOTIFY contentChanged)
    Q_PROPERTY(CardModel *cards READ cards CONSTANT)
    Q_PROPERTY(HelplineModel *helplines READ helplines CONSTANT)
    // The page on screen ("start", "cards", "card", "helplines"), set by KioskView: each has
    // its own idle time, set centrally with the content (KioskSettings).
    Q_PROPERTY(QString page READ page WRITE setPage NOTIFY pageChanged)
    // How long the page on screen waits after the last touch. Writing it (tests,
    // --idle-seconds) sets one time for every page; 0 goes back to the per-page times.
    Q_PROPERTY(int idleMs READ idleMs WRITE setIdleMs NOTIFY idleMsChanged)
    // Reads cards aloud in the chosen language; while it reads, or is paused, the idle timer
    // waits, and starts again from the end of the reading.
    Q_PROPERTY(ReadAloud *reader READ reader CONSTANT)
    Q_PROPERTY(bool pinSet READ pinSet CONSTANT)
    // After a wrong PIN, seconds until the next try is checked (it doubles with each one).
    Q_PROPERTY(int waitSeconds READ waitSeconds NOTIFY waitSecondsChanged)
    // For good: a manager reported the kiosk lost or stolen and it has erased itself; QML shows
    // only a calm "switched off" screen, with nothing behind it to reach (not even the PIN).
    Q_PROPERTY(bool switchedOff READ switchedOff NOTIFY switchedOffChanged)
    // After switchedOff, for staff: every file went, and whether the server has recorded it.
    Q_PROPERTY(bool eraseComplete READ eraseComplete NOTIFY switchedOffChanged)
    Q_PROPERTY(bool serverTold READ serverTold NOTIFY switchedOffChanged)

public:
    // Without a PIN (none given, or none set in it), leaving is impossible.
    Kiosk(store::Store &store, QString defaultLanguage, std::optional<KioskPin> pin,
          QObject *parent = nullptr);
    ~Kiosk() override;

    QString language() const { return m_language; }
    void setLanguage(const QString &language);
    bool rightToLeft() const;
    QString ageBand() const { return m_ageBand; }
    void setAgeBand(const QString &band);
    QVariantList languages() const { return m_languages; }
    CardModel *cards() { return &m_cards; }
    HelplineModel *helplines() { return &m_helplines; }
    QString page() const { return m_page; }
    void setPage(const QString &page);
    int idleMs() const { return m_idle.interval(); }
    void setIdleMs(int ms);
    ReadAloud *reader() { return &m_reader; }
    bool pinSet() const { return m_pin && m_pin->isSet(); }
    int waitSeconds() const { return m_waitSeconds; }
    bool switchedOff() const { return m_switchedOff; }
    bool eraseComplete() const { return m_eraseComplete; }
    bool serverTold() const { return m_serverTold; }

    // Follows the kiosk's sync: the content is read again after each one; told to erase, the
    // screen switches off and `closeStore` closes the store this controller reads, before the
    // files go. main (KioskApp) and the tests wire it with this.
    void follow(KioskSync &sync, std::function<void()> closeStore);
    // Switches the screen off for good: the store is not read again, the content and the way
    // out are forgotten, the idle timer stops.
    void switchOff();

    static bool isRightToLeft(const QString &language);

    // Checks a staff PIN: the right one emits leaveRequested() and returns true. A wrong one
    // returns false and starts a wait (KioskPin) before the next one is checked.
    Q_INVOKABLE bool leave(const QString &pin);
    // Back to the start: the default language, no age band. The idle timer calls it too.
    Q_INVOKABLE void reset();
    // Reads the content again (after a sync brought changes).
    Q_INVOKABLE void reload();

signals:
    void languageChanged();
    void pageChanged();
    void ageBandChanged();
    void contentChanged();
    void idleMsChanged();
    void waitSecondsChanged();
    void switchedOffChanged();
    // Nobody has touched the screen for idleMs: QML returns to the start and forgets the way.
    void idle();
    void leaveRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void loadCards();
    void updateWait();
    void applyIdleTime();
    // Starts the idle timer again from now, unless someone is listening to a reading.
    void restartIdle();

    domain::KioskContentService m_content;
    QString m_defaultLanguage;
    QString m_language;
    QString m_ageBand;
    QVariantList m_languages;
    CardModel m_cards;
    HelplineModel m_helplines;
    QTimer m_idle;
    QString m_page = QStringLiteral("start");
    domain::KioskSettings m_settings;
    int m_idleOverrideMs = 0;
    ReadAloud m_reader;
    std::optional<KioskPin> m_pin;
    int m_waitSeconds = 0;
    QTimer m_wait;
    bool m_switchedOff = false;
    bool m_eraseComplete = false;
    bool m_serverTold = false;
};

} // namespace lykta::kiosk
