#include "readaloud.h"
#include "kiosklog.h"

#include <QTextBoundaryFinder>
#include <QTextToSpeech>

namespace lykta::kiosk {

namespace {

// Rate is -1..1 with 0 the voice's own; slower is for the youngest and for new speakers.
constexpr double kSlowRate = -0.4;

} // namespace

ReadAloud::ReadAloud(QObject *parent) : QObject(parent)
{
    m_limit.setSingleShot(true);
    m_limit.setInterval(kSentenceLimitMs);
    connect(&m_limit, &QTimer::timeout, this, &ReadAloud::stop);
}

ReadAloud::~ReadAloud() = default;

QLocale ReadAloud::localeFor(const QString &language)
{
    if (language.startsWith(QLatin1String("sv")))
        return QLocale(QLocale::Swedish, QLocale::Sweden);
    if (language == QLatin1String("en"))
        return QLocale(QLocale::English, QLocale::UnitedKingdom);
    if (language == QLatin1String("prs")) // Dari is Persian as spoken in Afghanistan
        return QLocale(QLocale::Persian, QLocale::Afghanistan);
    return QLocale(language);
}

QTextToSpeech *ReadAloud::engine()
{
    if (m_engineTried)
        return m_engine.get();
    m_engineTried = true;
    if (QTextToSpeech::availableEngines().isEmpty())
        return nullptr; // no engine installed (the package recommends one): no button
    // Qt 6.4's speech-dispatcher engine starts in its error state when the default locale has
    // no voice (the screen in Somali, or the C locale): it starts in English, which every
    // engine speaks, and read() picks each text's voice.
    const QLocale shown;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    auto engine = std::make_unique<QTextToSpeech>();
    QLocale::setDefault(shown);
    if (engine->state() == QTextToSpeech::Error)
        return nullptr;
    for (const QLocale &locale : engine->availableLocales())
        m_voices.insert(locale.language());
    connect(engine.get(), &QTextToSpeech::stateChanged, this, [this](QTextToSpeech::State state) {
        if (state == QTextToSpeech::Error) {
            qCWarning(lcKiosk) << "reading aloud stopped:" << m_engine->errorString();
            stop();
        } else if (state == QTextToSpeech::Ready && m_speaking) {
            m_speaking = false; // the sentence said last has ended
            sayNext();
        }
    });
    m_engine = std::move(engine);
    return m_engine.get();
}

void ReadAloud::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    stop();
    m_language = language;
    emit availableChanged();
}

bool ReadAloud::available() const
{
    auto *self = const_cast<ReadAloud *>(this); // the engine starts on first use
    return self->engine() && m_voices.contains(localeFor(m_language).language());
}

QString ReadAloud::voiceLanguage() const
{
    if (!available())
        return {};
    return QLocale::languageToCode(localeFor(m_language).language());
}

void ReadAloud::setSlow(bool slow)
{
    if (slow == m_slow)
        return;
    m_slow = slow;
    if (m_engine)
        m_engine->setRate(m_slow ? kSlowRate : 0.0);
    emit slowChanged();
}

QString ReadAloud::sentence() const
{
    if (m_part < 0 || m_part >= m_parts.size())
        return {};
    return m_parts.at(m_part).mid(m_start, m_length);
}

void ReadAloud::read(const QStringList &parts)
{
    stop();
    if (!available())
        return;
    m_parts = parts;
    for (int part = 0; part < parts.size(); ++part) {
        const QString &text = parts.at(part);
        QTextBoundaryFinder finder(QTextBoundaryFinder::Sentence, text);
        qsizetype from = 0;
        while (from < text.size()) {
            qsizetype to = finder.toNextBoundary();
            if (to < 0)
                to = text.size();
            // Without the spaces and line breaks around it, so the mark fits the words.
            qsizetype start = from;
            qsizetype end = to;
            while (start < end && text.at(start).isSpace())
                ++start;
            while (end > start && text.at(end - 1).isSpace())
                --end;
            if (end > start)
                m_queue.push_back({part, static_cast<int>(start), static_cast<int>(end - start)});
            from = to;
        }
    }
    const QLocale want = localeFor(m_language);
    QLocale voice = want;
    for (const QLocale &l : m_engine->availableLocales()) {
        if (l.language() == want.language()) {
            voice = l;
            if (l.territory() == want.territory())
                break;
        }
    }
    m_engine->setLocale(voice);
    if (m_engine->state() == QTextToSpeech::Error) {
        qCWarning(lcKiosk) << "no voice for" << voice.name() << m_engine->errorString();
        m_queue.clear();
        return;
    }
    m_engine->setRate(m_slow ? kSlowRate : 0.0);
    m_next = 0;
    const bool wasActive = active();
    sayNext();
    if (active() != wasActive)
        emit activeChanged();
}

void ReadAloud::sayNext()
{
    if (m_next >= m_queue.size()) {
        stop(); // read to the end
        return;
    }
    const Sentence s = m_queue.at(m_next++);
    const bool wasActive = active();
    setPosition(s.part, s.start, s.length);
    if (!wasActive)
        emit activeChanged();
    m_limit.start();
    speakCurrent();
}

void ReadAloud::speakCurrent()
{
    // The next Ready ends this sentence. Not the engine's Speaking: after a stop Qt 6.4's
    // speech-dispatcher engine can stay in Speaking, and then reports no new start.
    m_speaking = true;
    m_engine->say(sentence());
}

// Pausing stops the engine and resuming says the sentence again from its start: Qt 6.4's
// speech-dispatcher engine pauses but never reports it, and then does not resume.
void ReadAloud::pause()
{
    if (!active() || m_paused)
        return;
    m_paused = true;
    m_speaking = false; // what the engine reports next is not this sentence's end
    m_limit.stop();     // a pause is as long as the listener wants
    m_engine->stop();
    emit activeChanged();
}

void ReadAloud::resume()
{
    if (!m_paused)
        return;
    m_paused = false;
    m_limit.start();
    speakCurrent();
    emit activeChanged();
}

void ReadAloud::stop()
{
    const bool wasActive = active();
    m_queue.clear();
    m_next = 0;
    m_paused = false;
    m_speaking = false;
    m_limit.stop();
    if (m_engine && m_engine->state() != QTextToSpeech::Ready)
        m_engine->stop();
    setPosition(-1, 0, 0);
    if (wasActive)
        emit activeChanged();
}

void ReadAloud::setPosition(int part, int start, int length)
{
    if (part == m_part && start == m_start && length == m_length)
        return;
    m_part = part;
    m_start = start;
    m_length = length;
    emit positionChanged();
}

} // namespace lykta::kiosk
