#include "locksession.h"

#include "errortext.h"
#include "sync/crypto/passphrase.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QGuiApplication>
#include <QJSEngine>
#include <QSettings>

namespace lykta::app {

namespace {

std::string keyFileFor(const std::string &databasePath)
{
    return databasePath + ".key";
}

} // namespace

LockSession::LockSession(std::string databasePath, QObject *parent)
    : QObject(parent), m_databasePath(std::move(databasePath))
{
    m_idleMinutes = std::clamp(QSettings().value("lock/idleMinutes", 5).toInt(), 1, 60);
    m_idle.setSingleShot(true);
    connect(&m_idle, &QTimer::timeout, this, &LockSession::lock);
    qApp->installEventFilter(this);
    connect(qApp, &QGuiApplication::applicationStateChanged, this,
            [this](Qt::ApplicationState state) {
                // Sent to the background (a tablet's home button, a phone call): lock at once.
                if (state == Qt::ApplicationSuspended || state == Qt::ApplicationHidden)
                    lock();
            });
}

LockSession::~LockSession()
{
    if (qApp) // a test's setup may outlive the application
        qApp->removeEventFilter(this);
}

bool LockSession::firstStart() const
{
    return !QFile::exists(QString::fromStdString(keyFileFor(m_databasePath)));
}

bool LockSession::locked() const
{
    return !m_store || m_store->isLocked();
}

QString LockSession::passphraseAdvice() const
{
    // What this device offers decides how strong the passphrase must be.
    return ui::ErrorText::forPassphrase(crypto::PassphraseCheck::TooShort);
}

void LockSession::setIdleMinutes(int minutes)
{
    minutes = std::clamp(minutes, 1, 60);
    if (minutes == m_idleMinutes)
        return;
    m_idleMinutes = minutes;
    QSettings().setValue("lock/idleMinutes", minutes);
    startIdleTimer();
    emit idleMinutesChanged();
}

store::StoreOptions LockSession::storeOptions() const
{
    store::StoreOptions options;
    options.database.path = m_databasePath;
    options.vault = m_vault;
    return options;
}

bool LockSession::create(const QString &passphrase, const QString &repeated)
{
    if (!firstStart())
        return fail(tr("Det finns redan en lösenfras för den här enheten."));
    if (QFile::exists(QString::fromStdString(m_databasePath)))
        return fail(tr("Här finns redan en databas utan nyckel (från en äldre version). Den "
                       "öppnas inte och ändras inte; flytta den eller välj en annan plats."));
    if (passphrase != repeated)
        return fail(tr("Lösenfraserna är inte likadana. Skriv samma två gånger."));
    const std::string text = passphrase.toStdString();
    if (const auto check = crypto::checkPassphrase(text, crypto::KeyProtection::PassphraseOnly);
        check != crypto::PassphraseCheck::Ok)
        return fail(ui::ErrorText::forPassphrase(check));
    m_working = true;
    emit changed();
    auto vault =
        crypto::Vault::create(keyFileFor(m_databasePath), text, crypto::KdfParams::calibrated());
    m_working = false;
    if (!vault)
        return fail(
            tr("Nyckeln kunde inte skapas: %1").arg(QString::fromStdString(vault.error().detail)));
    m_vault = std::move(*vault);
    return openStore();
}

bool LockSession::unlock(const QString &passphrase)
{
    const std::string text = passphrase.toStdString();
    if (m_store) { // locked during this run
        auto r = m_store->unlock(text);
        if (!r)
            return fail(ui::ErrorText::forStore(r.error().code, {}));
        m_errorText.clear();
        startIdleTimer();
        emit changed();
        emit reopened();
        return true;
    }
    if (!m_vault) {
        auto vault = crypto::Vault::open(keyFileFor(m_databasePath));
        if (!vault)
            return fail(tr("Nyckelfilen kunde inte läsas: %1")
                            .arg(QString::fromStdString(vault.error().detail)));
        m_vault = std::move(*vault);
    }
    if (auto r = m_vault->unlock(text); !r) {
        return fail(r.error().code == crypto::CryptoErrc::WrongPassphrase
                        ? ui::ErrorText::forStore(store::StoreErrc::WrongPassphrase, {})
                        : QString::fromStdString(r.error().detail));
    }
    return openStore();
}

bool LockSession::openStore()
{
    auto result = store::Store::open(storeOptions());
    if (!result) {
        m_vault->lock();
        return fail(
            ui::ErrorText::forStore(result.error().code, QString::fromStdString(m_databasePath)));
    }
    m_store = std::move(*result);
    m_errorText.clear();
    startIdleTimer();
    emit changed();
    emit opened();
    return true;
}

void LockSession::lock()
{
    if (locked())
        return;
    emit aboutToLock();
    m_idle.stop();
    m_store->lock();
    emit changed();
}

bool LockSession::fail(const QString &text)
{
    m_errorText = text;
    emit changed();
    return false;
}

void LockSession::startIdleTimer()
{
    if (!locked())
        m_idle.start(std::chrono::minutes(m_idleMinutes));
}

bool LockSession::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::KeyPress:
    case QEvent::TouchBegin:
    case QEvent::Wheel:
        if (m_idle.isActive())
            m_idle.start(); // any touch or key postpones the idle lock
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace lykta::app
