#include "kiosk.h"

#include "kiosklanguage.h"
#include "kiosksync.h"

#include <QCoreApplication>
#include <QEvent>
#include <QJSEngine>
#include <QQmlEngine>

#include <set>

namespace lykta::kiosk {

namespace {

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

Kiosk::Kiosk(store::Store &store, QString defaultLanguage, std::optional<KioskPin> pin,
             QObject *parent)
    : QObject(parent), m_content(store), m_defaultLanguage(std::move(defaultLanguage)),
      m_language(m_defaultLanguage), m_pin(std::move(pin))
{
    m_idle.setSingleShot(true);
    connect(&m_idle, &QTimer::timeout, this, [this] {
        reset();
        emit idle();
    });
    m_reader.setLanguage(m_language);
    // Nobody leaves a child in the middle of a story: the time starts when the reading ends.
    connect(&m_reader, &ReadAloud::activeChanged, this, [this] {
        if (m_reader.active())
            m_idle.stop();
        else
            restartIdle();
    });
    m_wait.setInterval(1000);
    connect(&m_wait, &QTimer::timeout, this, &Kiosk::updateWait);
    updateWait(); // a wait begun before a restart is still in force
    // Every touch, click or key anywhere in the app counts as someone being there.
    QCoreApplication::instance()->installEventFilter(this);
    m_helplines.setLanguage(m_language);
    reload();
    applyIdleTime();
}

Kiosk::~Kiosk()
{
    if (instance() == this)
        setInstance(nullptr);
}

void Kiosk::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    m_reader.setLanguage(language);
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

void Kiosk::setPage(const QString &page)
{
    if (page == m_page)
        return;
    m_page = page;
    m_reader.stop(); // the text being read is no longer on screen
    emit pageChanged();
    applyIdleTime();
}

void Kiosk::setIdleMs(int ms)
{
    m_idleOverrideMs = std::max(ms, 0);
    applyIdleTime();
}

void Kiosk::applyIdleTime()
{
    const int ms =
        m_idleOverrideMs > 0 ? m_idleOverrideMs : m_settings.idleSecondsFor(m_page) * 1000;
    const bool changed = ms != m_idle.interval();
    m_idle.setInterval(ms);
    restartIdle();
    if (changed)
        emit idleMsChanged();
}

void Kiosk::restartIdle()
{
    if (!m_switchedOff && !m_reader.active())
        m_idle.start();
}

bool Kiosk::leave(const QString &pin)
{
    restartIdle();
    if (!m_pin || m_switchedOff)
        return false;
    const KioskPin::Check checked = m_pin->check(pin);
    updateWait();
    if (checked != KioskPin::Check::Right)
        return false;
    emit leaveRequested();
    return true;
}

void Kiosk::updateWait()
{
    using namespace std::chrono;
    const milliseconds remaining = m_pin ? m_pin->waitRemaining() : milliseconds(0);
    const int seconds = static_cast<int>(ceil<std::chrono::seconds>(remaining).count());
    if (seconds <= 0)
        m_wait.stop();
    else if (!m_wait.isActive())
        m_wait.start();
    if (seconds != m_waitSeconds) {
        m_waitSeconds = seconds;
        emit waitSecondsChanged();
    }
}

void Kiosk::follow(KioskSync &sync, std::function<void()> closeStore)
{
    connect(&sync, &KioskSync::synced, this, &Kiosk::reload);
    connect(&sync, &KioskSync::aboutToErase, this, [this, closeStore = std::move(closeStore)] {
        switchOff();
        if (closeStore)
            closeStore();
    });
    connect(&sync, &KioskSync::erased, this, [this](bool complete) {
        m_eraseComplete = complete;
        emit switchedOffChanged();
    });
    connect(&sync, &KioskSync::serverTold, this, [this](bool told) {
        m_serverTold = told;
        emit switchedOffChanged();
    });
}

void Kiosk::switchOff()
{
    if (m_switchedOff)
        return;
    m_switchedOff = true; // before anything else: nothing below may read the store again
    m_reader.stop();
    m_idle.stop();
    m_wait.stop();
    m_ageBand.clear();
    m_cards.setCards({});
    m_helplines.setHelplines({});
    m_languages.clear();
    emit ageBandChanged();
    emit contentChanged();
    emit switchedOffChanged();
}

void Kiosk::reset()
{
    if (m_switchedOff)
        return;
    m_reader.stop();
    setAgeBand({});
    setLanguage(m_defaultLanguage);
    setPage(QStringLiteral("start"));
    restartIdle();
}

void Kiosk::reload()
{
    if (m_switchedOff)
        return;
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
    std::vector<domain::Helpline> helplines = m_content.helplines();
    std::erase_if(helplines, [](const domain::Helpline &h) { return !h.reachable(); });
    m_helplines.setHelplines(std::move(helplines));
    if (const domain::KioskSettings settings = m_content.settings(); settings != m_settings) {
        m_settings = settings;
        applyIdleTime();
    }
    if (languages != m_languages) {
        m_languages = languages;
        emit contentChanged();
    }
    loadCards();
}

void Kiosk::loadCards()
{
    if (m_switchedOff)
        return;
    m_cards.setCards(m_ageBand.isEmpty() ? std::vector<domain::InfoCard>{}
                                         : m_content.publishedCards(m_ageBand, m_language));
}

bool Kiosk::eventFilter(QObject *watched, QEvent *event)
{
    if (isInput(event->type()))
        restartIdle();
    return QObject::eventFilter(watched, event);
}

} // namespace lykta::kiosk
