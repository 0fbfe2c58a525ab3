// Qt Quick Test of a unit's first month (issue 15): the staff app, wired as main.cpp wires it,
// on an EMPTY encrypted store enrolled against a real lykta-server process; a second tablet
// of the unit (a real store and the real sync client) takes in what the first one wrote.
// Nothing of the month is written here: only the server's admin commands make the unit and
// its two staff members, as an administrator would. The unit's record comes from the server
// and Lykta's conversation models from the app's first sync (SyncController), as on a real
// tablet.
#include "secondtablet.h"
#include "staffappsetup.h"

#include <QQmlContext>
#include <QQmlEngine>
#include <QtQuickTest>

using namespace lykta;

class Setup : public test::StaffAppSetup
{
    Q_OBJECT

public slots:
    void qmlEngineAvailable(QQmlEngine *engine)
    {
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

        createStore(*engine);
        // The identity an enrolled device writes as (main.cpp reads it from the enrollment).
        const store::Actor actor{kim.toStdString(), unit.toStdString()};
        app::StaffSession &session = startSession(actor);

        // Enrolled with a one-time code through the app's own enrollment, which then syncs:
        // the staff directory (names, Kim's role) and the unit's record come from the server;
        // the app itself then installs Lykta's conversation models and sends them.
        enrollAndSync(session.sync(), QString::fromStdString(m_server.baseUrl()),
                      m_server.admin({"enroll-code", "--staff", kim}));

        auto tablet =
            test::newTablet(m_server, pathOf(QStringLiteral("second.db")), alex.toStdString(),
                            unit.toStdString(), QStringLiteral("Alex platta"));
        if (tablet.token.empty())
            qFatal("the second tablet could not be enrolled");
        m_second =
            std::make_unique<test::SecondTablet>(m_server, std::move(tablet), *lock().store());
        engine->rootContext()->setContextProperty(QStringLiteral("SecondTablet"), m_second.get());
        // The KVÅ lists a manager imports (tests/data/kva).
        engine->rootContext()->setContextProperty(QStringLiteral("KvaFiles"),
                                                  QStringLiteral(LYKTA_TEST_DATA "/kva"));
    }

    void cleanupTestCase() override
    {
        StaffAppSetup::cleanupTestCase();
        m_second.reset();
    }

private:
    test::TestServer m_server;
    std::unique_ptr<test::SecondTablet> m_second;
};

QUICK_TEST_MAIN_WITH_SETUP(firstmonth, Setup)

#include "tst_firstmonthqml.moc"
