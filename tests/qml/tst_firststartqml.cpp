// Qt Quick Test of the first start (issue 16): the staff app, wired as main.cpp wires it, on an
// EMPTY encrypted store that acts as nobody, against a real lykta-server process. The person
// types what a person types on the first start page; the server's admin commands make the
// units, staff and codes, as an administrator would; `ServerDesk` lets QML ask the server what
// it holds.
#include "staffappsetup.h"
#include "testserver.h"

#include <QQmlContext>
#include <QQmlEngine>
#include <QtQuickTest>

using namespace lykta;

namespace {

// What the test asks the administrator and the server's database for.
class ServerDesk : public QObject
{
    Q_OBJECT

public:
    explicit ServerDesk(test::TestServer &server) : m_server(server) {}

    Q_INVOKABLE QString address() const { return QString::fromStdString(m_server.baseUrl()); }
    // The address of a server that was started and stopped again: nobody answers there.
    Q_INVOKABLE QString silentAddress() const
    {
        test::TestServer gone;
        if (!gone.start())
            return {};
        const QString address = QString::fromStdString(gone.baseUrl());
        gone.stop();
        return address;
    }
    Q_INVOKABLE QString unit(const QString &name) { return m_units.value(name); }
    Q_INVOKABLE QString staff(const QString &name) { return m_staff.value(name); }
    // `admin enroll-code --staff`, the code alone.
    Q_INVOKABLE QString code(const QString &staffName) const
    {
        return m_server.admin({"enroll-code", "--staff", m_staff.value(staffName)});
    }
    // A code for the staff member that is out of date already.
    Q_INVOKABLE QString expiredCode(const QString &staffName) const
    {
        const QString code = this->code(staffName);
        m_server.database().exec("UPDATE enrollment_code SET expires_ms = 0 WHERE id = '" +
                                 code.section('-', 0, 0).toStdString() + "'");
        return code;
    }
    // Records of `entity` the server holds in the named unit.
    Q_INVOKABLE int recordsIn(const QString &entity, const QString &unitName) const
    {
        return int(m_server.database().scalar("SELECT count(*) FROM record WHERE entity = '" +
                                              entity.toStdString() + "' AND unit_id = '" +
                                              m_units.value(unitName).toStdString() + "'"));
    }
    // Enrolled devices the server has not revoked.
    Q_INVOKABLE int devicesInUse() const
    {
        return int(m_server.database().scalar("SELECT count(*) FROM device WHERE revoked_ms IS "
                                              "NULL"));
    }

    void addUnit(const QString &name, const QString &staffName)
    {
        m_units[name] = m_server.admin({"create-unit", "--name", name});
        m_staff[staffName] =
            m_server.admin({"create-staff", "--name", staffName, "--unit", m_units[name]});
        if (m_units[name].isEmpty() || m_staff[staffName].isEmpty())
            qFatal("the server did not make the unit and its staff");
    }

private:
    test::TestServer &m_server;
    QHash<QString, QString> m_units, m_staff;
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
        m_desk = std::make_unique<ServerDesk>(m_server);
        m_desk->addUnit(QStringLiteral("Barn som anhöriga, Norrby"),
                        QStringLiteral("Kim Andersson"));
        m_desk->addUnit(QStringLiteral("Familjestödet, Söderby"), QStringLiteral("Sam Berg"));
        createStore(*engine);
        startSession({}); // nobody: the first start page asks for a server and a code
        engine->rootContext()->setContextProperty(QStringLiteral("ServerDesk"), m_desk.get());
        // Where the test saves what the enrolling screens look like (empty: nowhere).
        engine->rootContext()->setContextProperty(QStringLiteral("ShotDir"),
                                                  qEnvironmentVariable("LYKTA_SHOT_DIR"));
    }

private:
    test::TestServer m_server;
    std::unique_ptr<ServerDesk> m_desk;
};

QUICK_TEST_MAIN_WITH_SETUP(firststart, Setup)

#include "tst_firststartqml.moc"
