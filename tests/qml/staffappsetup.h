#pragma once

// What every Qt Quick Test of the staff app starts with, shared by its test mains the way
// StaffTestCase.qml is shared by their QML: the Material style and Swedish locale, the app's
// modules on the import path, an encrypted store created with a passphrase in a temporary
// folder (as on a first start), the language switch, and the staff session wired as main.cpp
// wires it. A test main derives from it and adds what its own start needs.

#include "languageswitch.h"
#include "locksession.h"
#include "staffsession.h"

#include <QObject>
#include <QTemporaryDir>

#include <memory>

namespace lykta::test {

class StaffAppSetup : public QObject
{
    Q_OBJECT

public:
    // The QML tests unlock with the same words.
    static const QString kPassphrase;

    StaffAppSetup();

public slots:
    virtual void cleanupTestCase();

protected:
    // The store of a first start, and the app's modules and language on `engine`.
    store::Store &createStore(QQmlEngine &engine);
    // A new unit, "Barn som anhöriga, Norrby", and its first staff member, `name` with `role`
    // (staff, manager or content), as main.cpp makes them; the actor is that member.
    static store::Actor writeUnit(store::Store &store, const std::string &name,
                                  const std::string &role);
    // The staff session acting as `actor` (main.cpp's, once the device knows who uses it).
    app::StaffSession &startSession(const store::Actor &actor);
    // The app's own enrollment at `server` with a one-time `code`, then its first sync, as a
    // first start does; fatal when either fails.
    static void enrollAndSync(app::SyncController &sync, const QString &server,
                              const QString &code);
    QString pathOf(const QString &file) const { return m_dir.filePath(file); }
    app::LockSession &lock() { return *m_lock; }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<app::LockSession> m_lock;
    std::unique_ptr<app::LanguageSwitch> m_language;
    std::unique_ptr<app::StaffSession> m_session;
};

} // namespace lykta::test
