// Lykta, the staff app: builds every service and hands them to QML.

#include "applog.h"
#include "demodata.h"
#include "errortext.h"
#include "kioskapp.h"
#include "languageswitch.h"
#include "locksession.h"
#include "pagetour.h"
#include "platform/apppaths.h"
#include "staffsession.h"
#include "store/store.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTimer>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(Lykta_AppPlugin)
Q_IMPORT_QML_PLUGIN(Lykta_UiPlugin)

using namespace lykta;

namespace {

// Who the app acts as: the staff member the device is enrolled as; in the demo, the demo's
// own Maja (the tablet whose data it holds); before enrollment nobody, and the first start
// screen asks for a server and a code (never a local stand-in whose work a server refuses).
store::Actor startingActor(const store::StoreOptions &options, bool demo)
{
    if (auto enrolled = app::SyncController::enrolledActor(options); !enrolled.staffId.empty())
        return enrolled;
    if (demo)
        return {domain::DemoData::kStaffId, domain::DemoData::kUnitId};
    return {};
}

int showStartupError(QQmlApplicationEngine &engine, QGuiApplication &app, const QString &text)
{
    engine.setInitialProperties({{"message", text}});
    engine.load(QUrl(QStringLiteral("qrc:/Lykta/Ui/StartupError.qml")));
    return engine.rootObjects().isEmpty() ? 1 : app.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    // The waiting-room kiosk is its own program in this binary: nothing of the staff app is
    // built in a kiosk process (see src/kiosk).
    if (kiosk::KioskApp::requested(argc, argv))
        return kiosk::KioskApp::run(argc, argv);

    QGuiApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Lykta"));
    QCoreApplication::setApplicationName(QStringLiteral("lykta"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Lykta — support for children as next of kin"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(
        QStringLiteral("demo"), QStringLiteral("Fill an empty store with a fictional demo unit."));
    const QCommandLineOption database(
        QStringLiteral("database"),
        QStringLiteral("The store file (default: the app's data folder)."), QStringLiteral("path"));
    const QCommandLineOption languageOption(
        QStringLiteral("lang"), QStringLiteral("sv (default) or en."), QStringLiteral("code"));
    const QCommandLineOption selfTest(
        QStringLiteral("self-test"),
        QStringLiteral("Show every page once and exit; fails on QML warnings."));
    const QCommandLineOption screenshots(
        QStringLiteral("screenshots"),
        QStringLiteral("With --self-test: save each page as PNG here."), QStringLiteral("dir"));
    const QCommandLineOption enrollServer(
        QStringLiteral("enroll-server"),
        QStringLiteral("Enroll with this lykta-server once the store is open."),
        QStringLiteral("url"));
    const QCommandLineOption enrollCode(QStringLiteral("enroll-code"),
                                        QStringLiteral("The one-time code for --enroll-server."),
                                        QStringLiteral("code"));
    const QCommandLineOption kioskMode(
        QStringLiteral("kiosk"),
        QStringLiteral("Run as the waiting-room kiosk instead (lykta --kiosk --help)."));
    const QCommandLineOption startupReport(
        QStringLiteral("startup-report"),
        QStringLiteral("Print how long the start took once the first frame is shown, then exit "
                       "(for scripts/bench)."));
    parser.addOptions({demo, database, languageOption, selfTest, screenshots, enrollServer,
                       enrollCode, kioskMode, startupReport});
    parser.process(app);

    if (parser.isSet(selfTest))
        ui::PageTour::watchWarnings();

    QQuickStyle::setStyle(QStringLiteral("Material"));
    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/"));
    // Swedish is the source language; English comes from the compiled .qm file. --lang wins
    // over the choice made on the Settings page.
    app::LanguageSwitch language(engine);
    app::LanguageSwitch::setInstance(&language);
    language.start(parser.value(languageOption));
    QObject::connect(
        &engine, &QQmlApplicationEngine::objectCreationFailed, &app,
        [] { QCoreApplication::exit(1); }, Qt::QueuedConnection);

    const std::string path =
        (parser.isSet(database) ? parser.value(database) : platform::AppPaths::databasePath())
            .toStdString();
    app::LockSession lock(path);
    app::LockSession::setInstance(&lock);
    std::unique_ptr<app::StaffSession> session;

    QElapsedTimer unlocking; // the passphrase's Argon2id and opening the store
    qint64 unlockMs = 0;
    // Runs once, when the store first opens (after the passphrase): the staff app proper.
    const auto startApp = [&] {
        if (unlocking.isValid())
            unlockMs = unlocking.elapsed();
        store::Store &store = *lock.store();
        if (parser.isSet(demo)) {
            // The demo unit's kiosk content is Lykta's shipped set (src/kiosk/content).
            const auto pack = domain::KioskContentPack::read(QStringLiteral(":/kiosk/content"));
            auto seeded =
                domain::DemoData::seed(store, QDate::currentDate(), pack ? &*pack : nullptr);
            if (!seeded && seeded.error().code != domain::DomainErrc::AlreadySeeded) {
                qCCritical(lcApp, "cannot seed the demo unit");
                QCoreApplication::exit(1);
                return;
            }
        }
        session = std::make_unique<app::StaffSession>(
            lock, &language, startingActor(lock.storeOptions(), parser.isSet(demo)),
            parser.isSet(demo));

        const auto unlockWindows = engine.rootObjects();
        engine.load(QUrl(QStringLiteral("qrc:/Lykta/Ui/Main.qml")));
        for (QObject *window : unlockWindows)
            window->deleteLater();
        if (engine.rootObjects().size() <= unlockWindows.size()) {
            QCoreApplication::exit(1);
            return;
        }
        if (parser.isSet(startupReport)) {
            auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constLast());
            const qint64 loaded = sinceMain.elapsed();
            QObject::connect(
                window, &QQuickWindow::frameSwapped, &app,
                [&sinceMain, &unlockMs, loaded] {
                    std::printf("lykta-startup main_to_frame_ms=%lld unlock_ms=%lld "
                                "main_to_loaded_ms=%lld\n",
                                static_cast<long long>(sinceMain.elapsed()),
                                static_cast<long long>(unlockMs), static_cast<long long>(loaded));
                    std::fflush(stdout);
                    QCoreApplication::exit(0);
                },
                Qt::SingleShotConnection);
            return;
        }
        if (parser.isSet(selfTest)) {
            auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constLast());
            QTimer::singleShot(0, &app, [window, dir = parser.value(screenshots)] {
                QCoreApplication::exit(ui::PageTour(window, dir).run());
            });
            return;
        }
        if (parser.isSet(enrollServer))
            session->sync().enroll(parser.value(enrollServer), parser.value(enrollCode));
        else
            session->sync().syncNow(); // enrolled devices catch up as soon as they start
    };
    QObject::connect(&lock, &app::LockSession::opened, &app, startApp);

    // For automation only (tests, the self-test): the passphrase from the environment opens,
    // or on a first start creates, the store without the unlock screen.
    if (const QString passphrase = qEnvironmentVariable("LYKTA_PASSPHRASE");
        !passphrase.isEmpty()) {
        unlocking.start();
        const bool ok =
            lock.firstStart() ? lock.create(passphrase, passphrase) : lock.unlock(passphrase);
        if (!ok)
            return showStartupError(engine, app, lock.errorText());
    } else {
        engine.load(QUrl(QStringLiteral("qrc:/Lykta/Ui/Unlock.qml")));
        if (engine.rootObjects().isEmpty())
            return 1;
    }
    return app.exec();
}
