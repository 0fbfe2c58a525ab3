// Qt Quick Test of a unit's first month (issue 15): the staff app, wired as main.cpp wires it,
// on an EMPTY encrypted store enrolled against a real lykta-server process; a second tablet
// of the unit (a real store and the real sync client) takes in what the first one wrote.
// Nothing of the month is written here: only the server's admin commands make the unit and
// its two staff members, as an administrator would.
#include "languageswitch.h"
#include "locksession.h"
#include "secondtablet.h"
#include "staffsession.h"

#include <QQmlContext>
#include <QQmlEngine>
#include <QQuickStyle>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest>

#include <memory>

Q_IMPORT_QML_PLUGIN(Lykta_AppPlugin)
Q_IMPORT_QML_PLUGIN(Lykta_UiPlugin)
Q_IMPORT_QML_PLUGIN(Lykta_KioskPlugin)
Q_IMPORT_QML_PLUGIN(Lykta_KioskUiPlugin)

using namespace lykta;

namespace {
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
        if (!m_server.start())
            qFatal("lykta-server did not start");
        const QString unit = m_server.admin({"create-unit", "--name", "Barn som anhöriga, Norrby"});
        // Kim leads the unit (templates and KVÅ codes are a manager's); Alex is a colleague
        // whose tablet is the second one.
        const QString kim = m_server.admin(
            {"create-staff", "--name", "Kim Andersson", "--unit", unit, "--role", "manager"});
        const QString alex =
            m_server.admin({"create-staff", "--name", "Alex Lind", "--unit", unit});
        if (unit.isEmpty() || kim.isEmpty() || alex.isEmpty())
            qFatal("the server did not make the unit and its staff");

        m_lock = std::make_unique<app::LockSession>(
            m_dir.filePath(QStringLiteral("lykta.db")).toStdString());
        app::LockSession::setInstance(m_lock.get());
        if (!m_lock->create(kPassphrase, kPassphrase))
            qFatal("cannot create the store: %s", qPrintable(m_lock->errorText()));
        m_language = std::make_unique<app::LanguageSwitch>(*engine);
        app::LanguageSwitch::setInstance(m_language.get());
        m_language->start(QStringLiteral("sv"));
        // The identity an enrolled device writes as (main.cpp reads it from the enrollment).
        const store::Actor actor{kim.toStdString(), unit.toStdString()};
        m_session = std::make_unique<app::StaffSession>(*m_lock, m_language.get(), actor, false);

        // Enrolled with a one-time code through the app's own enrollment, which then syncs:
        // the staff directory (names, Kim's role) comes from the server.
        app::SyncController &sync = m_session->sync();
        QSignalSpy enrolled(&sync, &app::SyncController::enrollFinished);
        sync.enroll(QString::fromStdString(m_server.baseUrl()),
                    m_server.admin({"enroll-code", "--staff", kim}));
        if (!enrolled.wait(30000) || !enrolled.front().front().toBool())
            qFatal("enrollment failed: %s", qPrintable(sync.errorText()));
        QSignalSpy changed(&sync, &app::SyncController::changed);
        while (sync.busy())
            if (!changed.wait(30000))
                qFatal("the first sync did not end");
        if (!sync.errorText().isEmpty())
            qFatal("the first sync failed: %s", qPrintable(sync.errorText()));
        // Nothing more is written here: the unit's record and Lykta's conversation models are
        // what the app itself sets up after its first sync (test_7 finds one of each model).

        auto tablet =
            test::newTablet(m_server, m_dir.filePath(QStringLiteral("second.db")),
                            alex.toStdString(), unit.toStdString(), QStringLiteral("Alex platta"));
        if (tablet.token.empty())
            qFatal("the second tablet could not be enrolled");
        m_second =
            std::make_unique<test::SecondTablet>(m_server, std::move(tablet), *m_lock->store());
        engine->rootContext()->setContextProperty(QStringLiteral("SecondTablet"), m_second.get());
        // The KVÅ lists a manager imports (tests/data/kva).
        engine->rootContext()->setContextProperty(QStringLiteral("KvaFiles"),
                                                  QStringLiteral(LYKTA_TEST_DATA "/kva"));
    }

    void cleanupTestCase()
    {
        m_session.reset();
        m_second.reset();
    }

private:
    QTemporaryDir m_dir;
    test::TestServer m_server;
    std::unique_ptr<app::LockSession> m_lock;
    std::unique_ptr<app::LanguageSwitch> m_language;
    std::unique_ptr<app::StaffSession> m_session;
    std::unique_ptr<test::SecondTablet> m_second;
};

QUICK_TEST_MAIN_WITH_SETUP(firstmonth, Setup)

#include "tst_firstmonthqml.moc"
