#pragma once

#include "qmlsingleton.h"
#include "store/store.h"
#include "sync/crypto/vault.h"

#include <QObject>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

#include <memory>

class QJSEngine;
class QQmlEngine;

namespace lykta::app {

// The door to the store. On a first start the person chooses a passphrase (a fresh data key
// is wrapped by it); later starts unlock with it. The app locks itself after an idle period
// (default 5 minutes) and when it is sent to the background: the store's connection is
// closed and the key wiped, and only the passphrase opens it again.
class LockSession : public QObject, public ui::QmlSingleton<LockSession>
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Lock)
    QML_SINGLETON
    QML_UNCREATABLE("The lock is built by main.cpp")
    Q_PROPERTY(bool firstStart READ firstStart NOTIFY changed)
    Q_PROPERTY(bool locked READ locked NOTIFY changed)
    Q_PROPERTY(bool working READ working NOTIFY changed)
    Q_PROPERTY(QString errorText READ errorText NOTIFY changed)
    Q_PROPERTY(QString passphraseAdvice READ passphraseAdvice CONSTANT)
    Q_PROPERTY(int idleMinutes READ idleMinutes WRITE setIdleMinutes NOTIFY idleMinutesChanged)

public:
    using QmlSingleton<LockSession>::create; // beside create(passphrase, repeated)
    explicit LockSession(std::string databasePath, QObject *parent = nullptr);
    ~LockSession() override;

    // The app's lock, if main.cpp (or a test) made one: forms save their drafts before it locks.

    bool firstStart() const;
    bool locked() const;
    bool working() const { return m_working; }
    QString errorText() const { return m_errorText; }
    QString passphraseAdvice() const;
    int idleMinutes() const { return m_idleMinutes; }
    void setIdleMinutes(int minutes);

    // First start: both entries must match and be strong enough for this device.
    Q_INVOKABLE bool create(const QString &passphrase, const QString &repeated);
    Q_INVOKABLE bool unlock(const QString &passphrase);
    Q_INVOKABLE void lock();

    // After the first unlock: the open store, and the options a second connection (the sync
    // worker) opens it with.
    store::Store *store() { return m_store.get(); }
    store::StoreOptions storeOptions() const;

signals:
    void changed();
    void idleMinutesChanged();
    // The store opened for the first time in this run.
    void opened();
    // Just before the key is wiped: close other connections now.
    void aboutToLock();
    // Opened again after a lock: whatever was read while locked must be read again.
    void reopened();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool openStore();
    bool fail(const QString &text);
    void startIdleTimer();

    std::string m_databasePath;
    std::shared_ptr<crypto::Vault> m_vault;
    std::unique_ptr<store::Store> m_store;
    QTimer m_idle;
    int m_idleMinutes = 5;
    bool m_working = false;
    QString m_errorText;
};

} // namespace lykta::app
