// Qt Quick Test of Mer → Surfplattor och personal filled by a real lykta-server process: the
// staff app, wired as main.cpp wires it, on a store enrolled with a code for the unit's manager;
// the unit's other tablets are real stores enrolled and synced with their own codes, then
// revoked, ordered erased, erased or their staff member deactivated by the server's admin
// commands, so the list holds a tablet in every status and a kiosk. With LYKTA_SCREENSHOTS_DIR
// set, the test saves the page as it shows it (scripts/screenshots tablets).
#include "screenshots.h"
#include "staffappsetup.h"
#include "tablet.h"

#include <QQmlContext>
#include <QQmlEngine>
#include <QtQuickTest>

using namespace lykta;

namespace {

// The server's operator, for the test's last step: reports the manager's own tablet lost.
class Operator : public QObject
{
    Q_OBJECT

public:
    Operator(const test::TestServer &server, sync::DeviceId device)
        : m_server(server), m_device(device)
    {}

    Q_INVOKABLE bool reportThisTabletLost() const
    {
        return m_server.admin({"revoke-device", QString::number(m_device), "--erase"})
            .contains("to be erased");
    }
    // Whether the server's audit log holds the tablet's word that it erased itself.
    Q_INVOKABLE bool serverRecordedErasure() const
    {
        return m_server.admin({"audit", QString::number(m_device)}).contains("\terased\t");
    }

private:
    const test::TestServer &m_server;
    sync::DeviceId m_device;
};

} // namespace

class Setup : public test::StaffAppSetup
{
    Q_OBJECT

public slots:
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        if (!m_server.start())
            qFatal("lykta-server did not start");
        const QString unit = m_server.admin({"create-unit", "--name", "Barn som anhöriga, Norrby"});
        const auto create = [&](const char *name, const char *role) {
            const QString id =
                m_server.admin({"create-staff", "--name", name, "--unit", unit, "--role", role});
            if (id.isEmpty())
                qFatal("the server did not make %s", name);
            return id;
        };
        const QString lena = create("Lena Lindqvist", "manager");
        const QString kim = create("Kim Andersson", "staff");
        const QString alex = create("Alex Lind", "staff");
        const QString sam = create("Sam Berg", "staff");

        createStore(*engine);
        const store::Actor actor{lena.toStdString(), unit.toStdString()};
        app::StaffSession &session = startSession(actor);
        enrollAndSync(session.sync(), QString::fromStdString(m_server.baseUrl()),
                      m_server.admin({"enroll-code", "--staff", lena}));

        // Each of the others a real store, enrolled and synced once (a last sync, a version).
        const auto tablet = [&](const QString &staff, const QString &name) {
            auto t = test::newTablet(m_server, pathOf(name + ".db"), staff.toStdString(),
                                     unit.toStdString(), name);
            if (t.token.empty() || test::syncTablet(m_server, t).error)
                qFatal("%s could not be enrolled and synced", qPrintable(name));
            return t;
        };
        const auto revoke = [&](const test::Tablet &t, bool erase) {
            QStringList args{"revoke-device", QString::number(t.store->deviceId())};
            if (erase)
                args << "--erase";
            m_server.admin(args);
        };
        m_tablets.push_back(tablet(kim, "Kims surfplatta"));
        m_tablets.push_back(tablet(kim, "Kims gamla platta"));
        revoke(m_tablets.back(), false); // revoked plainly: may still be reported stolen
        m_tablets.push_back(tablet(alex, "Alex surfplatta"));
        m_tablets.push_back(tablet(alex, "Alex telefon"));
        revoke(m_tablets.back(), true); // lost: erases itself on its next contact
        m_tablets.push_back(tablet(alex, "Alex förra platta"));
        revoke(m_tablets.back(), true);
        if (test::syncTablet(m_server, m_tablets.back()).error->errorClass !=
                sync::client::ErrorClass::Erase ||
            !m_server.transport(m_tablets.back().token)->confirmErased())
            qFatal("the lost tablet was not erased");
        m_tablets.push_back(tablet(sam, "Sams surfplatta"));
        m_server.admin({"deactivate-staff", "--staff", sam}); // Sam left
        const QString kioskCode = m_server.admin({"enroll-code", "--kiosk", "--unit", unit});
        const auto kiosk = m_server.transport()->enroll(
            {kioskCode.toStdString(), 0x61ab'2c3d'4e5f'6071ULL, "Väntrummet"});
        if (!kiosk || !m_server.transport(kiosk->token)->pull(0, 10))
            qFatal("the kiosk could not be enrolled");

        m_operator = std::make_unique<Operator>(m_server, session.workspace().store().deviceId());
        engine->rootContext()->setContextProperty(QStringLiteral("ServerOperator"),
                                                  m_operator.get());
        m_screenshots =
            std::make_unique<test::Screenshots>(qEnvironmentVariable("LYKTA_SCREENSHOTS_DIR"));
        engine->rootContext()->setContextProperty(QStringLiteral("Screenshots"),
                                                  m_screenshots.get());
    }

    void cleanupTestCase() override
    {
        StaffAppSetup::cleanupTestCase();
        m_tablets.clear();
    }

private:
    test::TestServer m_server;
    std::vector<test::Tablet> m_tablets;
    std::unique_ptr<test::Screenshots> m_screenshots;
    std::unique_ptr<Operator> m_operator;
};

QUICK_TEST_MAIN_WITH_SETUP(tabletsserver, Setup)

#include "tst_tabletsserverqml.moc"
