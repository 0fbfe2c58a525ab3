#pragma once

#include <QLocale>
#include <QObject>
#include <QStringList>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

#include <memory>
#include <set>
#include <vector>

class QTextToSpeech;

namespace lykta::kiosk {

// Reads a card (or the helplines) aloud in the language it is written in, through Qt
// TextToSpeech: speech-dispatcher with espeak-ng on Linux, the platform's own voices on
// Android and iOS. It reads one sentence at a time (QTextBoundaryFinder), so the screen can
// mark the sentence being read: Qt 6.4's engines do not report words. `available` is false
// for a language no installed voice speaks; the kiosk then shows no button.
class ReadAloud : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Kiosk.reader")
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY availableChanged)
    Q_PROPERTY(bool available READ available NOTIFY availableChanged)
    // The voice's language, e.g. "fa" for Dari: what the engine was told to speak.
    Q_PROPERTY(QString voiceLanguage READ voiceLanguage NOTIFY availableChanged)
    // Reading, or paused in the middle: someone is listening.
    Q_PROPERTY(bool active READ active NOTIFY activeChanged)
    Q_PROPERTY(bool paused READ paused NOTIFY activeChanged)
    Q_PROPERTY(bool slow READ slow WRITE setSlow NOTIFY slowChanged)
    // The sentence being read: which of the texts given to read() (-1 when none), and where
    // in it.
    Q_PROPERTY(int part READ part NOTIFY positionChanged)
    Q_PROPERTY(int start READ start NOTIFY positionChanged)
    Q_PROPERTY(int length READ length NOTIFY positionChanged)
    Q_PROPERTY(QString sentence READ sentence NOTIFY positionChanged)

public:
    // How long one sentence may take before the reading is given up (a voice that never
    // finishes must not hold the kiosk's idle timer for ever).
    static constexpr int kSentenceLimitMs = 60'000;

    explicit ReadAloud(QObject *parent = nullptr);
    ~ReadAloud() override;

    // A kiosk content language (KioskLanguage code) and the voice's locale for it.
    static QLocale localeFor(const QString &language);

    QString language() const { return m_language; }
    void setLanguage(const QString &language);
    bool available() const;
    QString voiceLanguage() const;
    bool active() const { return m_part >= 0; }
    bool paused() const { return m_paused; }
    bool slow() const { return m_slow; }
    void setSlow(bool slow);
    int part() const { return m_part; }
    int start() const { return m_start; }
    int length() const { return m_length; }
    QString sentence() const;

    // Reads `parts` (a title, a body, ...) one sentence after another, from the first.
    Q_INVOKABLE void read(const QStringList &parts);
    Q_INVOKABLE void pause();
    Q_INVOKABLE void resume();
    Q_INVOKABLE void stop();

signals:
    void availableChanged();
    void activeChanged();
    void slowChanged();
    void positionChanged();

private:
    struct Sentence
    {
        int part;
        int start;
        int length;
    };

    QTextToSpeech *engine();
    void sayNext();
    void speakCurrent();
    void setPosition(int part, int start, int length);

    std::unique_ptr<QTextToSpeech> m_engine;
    bool m_engineTried = false;
    std::set<QLocale::Language> m_voices;
    QString m_language;
    QStringList m_parts;
    std::vector<Sentence> m_queue;
    std::size_t m_next = 0;
    bool m_speaking = false; // the current sentence was said; the engine's next Ready ends it
    bool m_paused = false;
    bool m_slow = false;
    int m_part = -1;
    int m_start = 0;
    int m_length = 0;
    QTimer m_limit;
};

} // namespace lykta::kiosk
