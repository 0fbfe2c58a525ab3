#include "kiosk.h"

#include "kiosklanguage.h"
#include "kioskpin.h"

#include <QCoreApplication>
#include <QEvent>
#include <QJSEngine>
#include <QQmlEngine>

#include <set>

namespace lykta::kiosk {

namespace {

Kiosk *s_instance = nullptr;

bool isInput(QEvent::Type type)
{
    switch (type) {
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::KeyPress:
    case QEvent::Wheel:
        return true;
    default:
        return false;
    }
}

} // namespace

Kiosk::Kiosk(store::Store &store, QString defaultLanguage, std::optional<QByteArray> pinHash,
             QObject *parent)
    : QObject(parent), m_content(store), m_defaultLanguage(std::move(defaultLanguage)),
      m_language(m_defaultLanguage), m_pinHash(std::move(pinHash))
{
    m_idle.setSingleShot(true);
    m_idle.setInterval(kDefaultIdleMs);
    connect(&m_idle, &QTimer::timeout, this, [this] {
        reset();
        emit idle();
    });
    m_idle.start();
    m_wait.setInterval(1000);
    connect(&m_wait, &QTimer::timeout, this, &Kiosk::tickWait);
    // Every touch, click or key anywhere in the app counts as someone being there.
    QCoreApplication::instance()->installEventFilter(this);
    m_helplines.setLanguage(m_language);
    reload();
}

Kiosk::~Kiosk()
{
    if (s_instance == this)
        s_instance = nullptr;
}

Kiosk *Kiosk::create(QQmlEngine *, QJSEngine *engine)
{
    Q_ASSERT(s_instance);
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    Q_UNUSED(engine)
    return s_instance;
}

void Kiosk::setInstance(Kiosk *kiosk)
{
    s_instance = kiosk;
}

void Kiosk::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    emit languageChanged();
    m_helplines.setLanguage(language);
    loadCards();
}

bool Kiosk::rightToLeft() const
{
    return isRightToLeft(m_language);
}

bool Kiosk::isRightToLeft(const QString &language)
{
    return domain::KioskLanguage::isRightToLeft(language);
}

void Kiosk::setAgeBand(const QString &band)
{
    if (band == m_ageBand || (!band.isEmpty() && !domain::KioskContentService::isAgeBand(band)))
        return;
    m_ageBand = band;
    emit ageBandChanged();
    loadCards();
}

void Kiosk::setIdleMs(int ms)
{
    if (ms <= 0 || ms == m_idle.interval())
        return;
    m_idle.setInterval(ms);
    m_idle.start();
    emit idleMsChanged();
}

bool Kiosk::leave(const QString &pin)
{
    m_idle.start();
    if (!m_pinHash || m_waitSeconds > 0)
        return false;
    if (KioskPin::verify(*m_pinHash, pin)) {
        m_wrongAttempts = 0;
        emit leaveRequested();
        return true;
    }
    if (++m_wrongAttempts >= kFreeAttempts) {
        m_waitSeconds = kLockoutSeconds;
        m_wait.start();
        emit waitSecondsChanged();
    }
    return false;
}

void Kiosk::tickWait()
{
    if (--m_waitSeconds <= 0) {
        m_waitSeconds = 0;
        m_wait.stop();
    }
    emit waitSecondsChanged();
}

void Kiosk::reset()
{
    setAgeBand({});
    setLanguage(m_defaultLanguage);
    m_idle.start();
}

void Kiosk::reload()
{
    std::set<QString> held;
    for (const domain::InfoCard &card : m_content.cards()) {
        if (card.published)
            held.insert(card.language);
    }
    QVariantList languages;
    const auto add = [&](const QString &code, const QString &name) {
        languages.append(QVariantMap{{QStringLiteral("code"), code},
                                     {QStringLiteral("name"), name},
                                     {QStringLiteral("rightToLeft"), isRightToLeft(code)}});
        held.erase(code);
    };
    for (const domain::KioskLanguage &l : domain::KioskLanguage::all()) {
        const QString code = QString::fromUtf8(l.code);
        if (held.contains(code))
            add(code, QString::fromUtf8(l.name));
    }
    for (const QString &code : std::set<QString>(held))
        add(code, code);
    m_helplines.setHelplines(m_content.helplines());
    if (languages != m_languages) {
        m_languages = languages;
        emit contentChanged();
    }
    loadCards();
}

void Kiosk::loadCards()
{
    m_cards.setCards(m_ageBand.isEmpty() ? std::vector<domain::InfoCard>{}
                                         : m_content.publishedCards(m_ageBand, m_language));
}

bool Kiosk::eventFilter(QObject *watched, QEvent *event)
{
    if (isInput(event->type()))
        m_idle.start();
    return QObject::eventFilter(watched, event);
}

} // namespace lykta::kiosk
