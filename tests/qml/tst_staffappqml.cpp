// Qt Quick Test of the staff app's key flows, on the real Lykta.App and Lykta.Ui modules and a
// real encrypted store in a temporary folder, wired the way main.cpp wires it: the lock
// (created with a passphrase, as on a first start), the workspace, the read worker and the
// sync controller (never enrolled here, so no network).
#include "conversationtemplateservice.h"
#include "languageswitch.h"
#include "locksession.h"
#include "staffsession.h"
#include "sync/core/uuid.h"

#include <QQmlEngine>
#include <QQuickStyle>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest>

#include <memory>

Q_IMPORT_QML_PLUGIN(Lykta_AppPlugin)
Q_IMPORT_QML_PLUGIN(Lykta_UiPlugin)
// The content screen previews cards with the kiosk's own components.
Q_IMPORT_QML_PLUGIN(Lykta_KioskPlugin)
Q_IMPORT_QML_PLUGIN(Lykta_KioskUiPlugin)

using namespace lykta;

namespace {
// tst_staffapp.qml unlocks with the same words.
const QString kPassphrase = QStringLiteral("lykta lyser i morkret klart");
} // namespace

class Setup : public QObject
{
    Q_OBJECT

public:
    Setup()
    {
        QStandardPaths::setTestModeEnabled(true);
        QQuickStyle::setStyle(QStringLiteral("Material"));
        QLocale::setDefault(QLocale(QLocale::Swedish, QLocale::Sweden));
    }

public slots:
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/"));
        m_lock = std::make_unique<app::LockSession>(
            m_dir.filePath(QStringLiteral("lykta.db")).toStdString());
        app::LockSession::setInstance(m_lock.get());
        if (!m_lock->create(kPassphrase, kPassphrase))
            qFatal("cannot create the store: %s", qPrintable(m_lock->errorText()));
        store::Store &store = *m_lock->store();

        // The first staff member of a new unit, as main.cpp makes one.
        const store::Actor actor{sync::newUuidV7(), sync::newUuidV7()};
        const std::vector<store::Change> setup{
            {store::ChangeKind::Create,
             "unit",
             actor.unitId,
             {{"name", std::string("Barn som anhöriga, Norrby")}, {"unit_id", actor.unitId}}},
            {store::ChangeKind::Create,
             "staff",
             actor.staffId,
             {{"name", std::string("Kim Andersson")}, {"role", std::string("staff")}}}};
        if (!store.write(actor, setup))
            qFatal("cannot write the unit");
        if (!domain::ConversationTemplateService(store).installDefaults(actor))
            qFatal("cannot install the conversation models");

        m_language = std::make_unique<app::LanguageSwitch>(*engine);
        app::LanguageSwitch::setInstance(m_language.get());
        m_language->start(QStringLiteral("sv"));
        m_session = std::make_unique<app::StaffSession>(*m_lock, m_language.get(), actor, false);
    }

    void cleanupTestCase() { m_session.reset(); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<app::LockSession> m_lock;
    std::unique_ptr<app::LanguageSwitch> m_language;
    std::unique_ptr<app::StaffSession> m_session;
};

QUICK_TEST_MAIN_WITH_SETUP(staffapp, Setup)

#include "tst_staffappqml.moc"
