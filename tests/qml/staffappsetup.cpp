#include "staffappsetup.h"

#include "sync/core/uuid.h"

#include <QQmlEngine>
#include <QQuickStyle>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QtQml/qqmlextensionplugin.h>

// In this file of the static library, which every test main links in through StaffAppSetup.
Q_IMPORT_QML_PLUGIN(Lykta_AppPlugin)
Q_IMPORT_QML_PLUGIN(Lykta_UiPlugin)
// The content screen previews cards with the kiosk's own components.
Q_IMPORT_QML_PLUGIN(Lykta_KioskPlugin)
Q_IMPORT_QML_PLUGIN(Lykta_KioskUiPlugin)

namespace lykta::test {

const QString StaffAppSetup::kPassphrase = QStringLiteral("lykta lyser i morkret klart");

StaffAppSetup::StaffAppSetup()
{
    QStandardPaths::setTestModeEnabled(true);
    QQuickStyle::setStyle(QStringLiteral("Material"));
    QLocale::setDefault(QLocale(QLocale::Swedish, QLocale::Sweden));
}

store::Store &StaffAppSetup::createStore(QQmlEngine &engine)
{
    engine.addImportPath(QStringLiteral("qrc:/"));
    m_lock = std::make_unique<app::LockSession>(
        m_dir.filePath(QStringLiteral("lykta.db")).toStdString());
    app::LockSession::setInstance(m_lock.get());
    if (!m_lock->create(kPassphrase, kPassphrase))
        qFatal("cannot create the store: %s", qPrintable(m_lock->errorText()));
    m_language = std::make_unique<app::LanguageSwitch>(engine);
    app::LanguageSwitch::setInstance(m_language.get());
    m_language->start(QStringLiteral("sv"));
    return *m_lock->store();
}

store::Actor StaffAppSetup::writeUnit(store::Store &store, const std::string &name,
                                      const std::string &role)
{
    const store::Actor actor{sync::newUuidV7(), sync::newUuidV7()};
    const std::vector<store::Change> setup{
        {store::ChangeKind::Create,
         "unit",
         actor.unitId,
         {{"name", std::string("Barn som anhöriga, Norrby")}, {"unit_id", actor.unitId}}},
        {store::ChangeKind::Create, "staff", actor.staffId, {{"name", name}, {"role", role}}}};
    if (!store.write(actor, setup))
        qFatal("cannot write the unit");
    return actor;
}

app::StaffSession &StaffAppSetup::startSession(const store::Actor &actor)
{
    m_session = std::make_unique<app::StaffSession>(*m_lock, m_language.get(), actor, false);
    return *m_session;
}

void StaffAppSetup::enrollAndSync(app::SyncController &sync, const QString &server,
                                  const QString &code)
{
    QSignalSpy enrolled(&sync, &app::SyncController::enrollFinished);
    sync.enroll(server, code);
    if (!enrolled.wait(30000) || !enrolled.front().front().toBool())
        qFatal("enrollment failed: %s", qPrintable(sync.errorText()));
    QSignalSpy changed(&sync, &app::SyncController::changed);
    while (sync.busy())
        if (!changed.wait(30000))
            qFatal("the first sync did not end");
    if (!sync.errorText().isEmpty())
        qFatal("the first sync failed: %s", qPrintable(sync.errorText()));
}

void StaffAppSetup::cleanupTestCase()
{
    m_session.reset();
}

} // namespace lykta::test
