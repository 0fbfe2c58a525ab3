// Qt Quick Test of a kiosk reported lost or stolen, against a real lykta-server process: a
// kiosk store seeded as on its first start, enrolled with a kiosk code (its enrollment sealed
// with the device key, as `lykta-sync enroll` leaves it) and a staff PIN, wired as KioskApp
// wires it. The test syncs it, has the server's admin report it lost, and syncs again. With
// LYKTA_SCREENSHOTS_DIR set, it saves the switched-off screen (scripts/screenshots kiosk).
#include "kiosk.h"
#include "kioskstore.h"
#include "kiosksync.h"
#include "screenshots.h"
#include "testserver.h"

#include <QDir>
#include <QQmlContext>
#include <QQmlEngine>
#include <QQuickStyle>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest>

#include <memory>

Q_IMPORT_QML_PLUGIN(Lykta_KioskPlugin)
Q_IMPORT_QML_PLUGIN(Lykta_KioskUiPlugin)

using namespace lykta;

namespace {

// The server's operator and what is on the kiosk's disk, for the test to ask.
class Operator : public QObject
{
    Q_OBJECT

public:
    Operator(const test::TestServer &server, QString folder, sync::DeviceId device)
        : m_server(server), m_folder(std::move(folder)), m_device(device)
    {}

    Q_INVOKABLE bool reportKioskLost() const
    {
        return m_server.admin({"revoke-device", QString::number(m_device), "--erase"})
            .contains("to be erased");
    }
    // Whether the server's audit log holds the kiosk's word that it erased itself.
    Q_INVOKABLE bool serverRecordedErasure() const
    {
        return m_server.admin({"audit", QString::number(m_device)}).contains("\terased\t");
    }
    // The files in the kiosk's folder.
    Q_INVOKABLE QStringList kioskFiles() const
    {
        return QDir(m_folder).entryList(QDir::Files | QDir::Hidden);
    }

private:
    const test::TestServer &m_server;
    QString m_folder;
    sync::DeviceId m_device;
};

} // namespace

class Setup : public QObject
{
    Q_OBJECT

public:
    Setup()
    {
        QStandardPaths::setTestModeEnabled(true);
        QQuickStyle::setStyle(QStringLiteral("Material"));
    }

public slots:
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/"));
        if (!m_server.start())
            qFatal("lykta-server did not start");
        const QString unit = m_server.admin({"create-unit", "--name", "Väntrummet, Norrby"});

        const QString folder = m_dir.filePath(QStringLiteral("kiosk"));
        QDir().mkpath(folder);
        const QString db = folder + QStringLiteral("/kiosk.db");
        m_store = test::firstStartKioskStore(db, QStringLiteral("246810"));
        const QString pinFile = kiosk::KioskPin::pathFor(db);
        store::StoreOptions options;
        options.database.path = db.toStdString();

        // Enrolled as `lykta-sync enroll` leaves it, and loaded as KioskApp loads it.
        const sync::DeviceId device = m_store->deviceId();
        syncctl::Enrollment e;
        e.server = m_server.baseUrl();
        e.token = m_server.enrollKiosk(unit.toStdString(), device);
        e.kind = "kiosk";
        auto key = syncctl::enrollmentKey(options);
        if (e.token.empty() || !key ||
            !e.save(syncctl::Enrollment::pathFor(options.database.path), *key))
            qFatal("the kiosk could not be enrolled");
        auto enrolled = syncctl::loadEnrollment(options);
        if (!enrolled)
            qFatal("the kiosk's enrollment cannot be read");

        m_kiosk = std::make_unique<kiosk::Kiosk>(*m_store, QStringLiteral("sv"),
                                                 kiosk::KioskPin(pinFile));
        kiosk::Kiosk::setInstance(m_kiosk.get());
        m_sync = std::make_unique<kiosk::KioskSync>(db, *enrolled);
        m_kiosk->follow(*m_sync, [this] { m_store.reset(); });

        m_operator = std::make_unique<Operator>(m_server, folder, device);
        engine->rootContext()->setContextProperty(QStringLiteral("ServerOperator"),
                                                  m_operator.get());
        engine->rootContext()->setContextProperty(QStringLiteral("KioskDevice"), m_sync.get());
        m_screenshots =
            std::make_unique<test::Screenshots>(qEnvironmentVariable("LYKTA_SCREENSHOTS_DIR"));
        engine->rootContext()->setContextProperty(QStringLiteral("Screenshots"),
                                                  m_screenshots.get());
    }

    void cleanupTestCase()
    {
        m_sync.reset(); // its worker ends before the screen and the store go
        m_kiosk.reset();
        m_store.reset();
    }

private:
    QTemporaryDir m_dir;
    test::TestServer m_server;
    std::unique_ptr<store::Store> m_store;
    std::unique_ptr<kiosk::Kiosk> m_kiosk;
    std::unique_ptr<kiosk::KioskSync> m_sync;
    std::unique_ptr<Operator> m_operator;
    std::unique_ptr<test::Screenshots> m_screenshots;
};

QUICK_TEST_MAIN_WITH_SETUP(kioskerase, Setup)

#include "tst_kioskeraseqml.moc"
