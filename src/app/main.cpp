// Lykta, the staff app: builds every service and hands them to QML.

#include "demodata.h"
#include "errortext.h"
#include "kioskapp.h"
#include "pagetour.h"
#include "platform/apppaths.h"
#include "store/store.h"
#include "sync/core/uuid.h"
#include "workspace.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QLocale>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTranslator>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(Lykta_AppPlugin)
Q_IMPORT_QML_PLUGIN(Lykta_UiPlugin)

using namespace lykta;

namespace {

// Before enrollment (a later issue) a device works as the first staff member in its store;
// a new, empty store gets a local unit so the app is usable offline from the start.
store::Actor resolveActor(store::Store &store)
{
    auto staff = store.list("staff", {}, "name");
    if (staff && !staff->empty())
        return {staff->front().id, staff->front().text("unit_id")};
    const std::string unitId = sync::newUuidV7();
    const std::string staffId = sync::newUuidV7();
    const store::Actor actor{staffId, unitId};
    const std::vector<store::Change> changes{
        {store::ChangeKind::Create,
         "unit",
         unitId,
         {{"name", QCoreApplication::translate("main", "Min enhet").toStdString()},
          {"unit_id", unitId}}},
        {store::ChangeKind::Create,
         "staff",
         staffId,
         {{"name", QCoreApplication::translate("main", "Personal").toStdString()},
          {"role", std::string("staff")}}}};
    if (!store.write(actor, changes))
        qWarning("could not create the local unit");
    return actor;
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
    const QCommandLineOption language(QStringLiteral("lang"), QStringLiteral("sv (default) or en."),
                                      QStringLiteral("code"));
    const QCommandLineOption selfTest(
        QStringLiteral("self-test"),
        QStringLiteral("Show every page once and exit; fails on QML warnings."));
    const QCommandLineOption screenshots(
        QStringLiteral("screenshots"),
        QStringLiteral("With --self-test: save each page as PNG here."), QStringLiteral("dir"));
    const QCommandLineOption kioskMode(
        QStringLiteral("kiosk"),
        QStringLiteral("Run as the waiting-room kiosk instead (lykta --kiosk --help)."));
    parser.addOptions({demo, database, language, selfTest, screenshots, kioskMode});
    parser.process(app);

    if (parser.isSet(selfTest))
        app::PageTour::watchWarnings();

    QTranslator translator;
    const QString lang = parser.value(language);
    // The English translation is British English; "en" alone would give US dates.
    const QLocale locale = lang.isEmpty() ? QLocale()
                           : lang == QLatin1String("en")
                               ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                               : QLocale(lang);
    // Swedish is the source language; other languages come from the compiled .qm files.
    const bool translated = locale.language() != QLocale::Swedish &&
                            translator.load(locale, QStringLiteral("lykta"), QStringLiteral("_"),
                                            QStringLiteral(":/i18n"));
    if (translated)
        QCoreApplication::installTranslator(&translator);
    // Dates and numbers follow the language the words are in.
    QLocale::setDefault(translated ? locale : QLocale(QLocale::Swedish, QLocale::Sweden));

    QQuickStyle::setStyle(QStringLiteral("Material"));
    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/"));
    QObject::connect(
        &engine, &QQmlApplicationEngine::objectCreationFailed, &app,
        [] { QCoreApplication::exit(1); }, Qt::QueuedConnection);

    store::StoreOptions options;
    options.database.path =
        (parser.isSet(database) ? parser.value(database) : platform::AppPaths::databasePath())
            .toStdString();
    auto opened = store::Store::open(options);
    if (!opened) {
        qCritical("cannot open the store: %s", store::toString(opened.error().code));
        return showStartupError(
            engine, app,
            app::ErrorText::forStore(opened.error().code,
                                     QString::fromStdString(options.database.path)));
    }
    store::Store &store = **opened;

    if (parser.isSet(demo)) {
        auto seeded = domain::DemoData::seed(store);
        if (!seeded && seeded.error().code != domain::DomainErrc::AlreadySeeded)
            return showStartupError(engine, app, app::ErrorText::forDomain(seeded.error()));
    }
    app::Workspace workspace(store, resolveActor(store), parser.isSet(demo));
    app::Workspace::setInstance(&workspace);

    engine.load(QUrl(QStringLiteral("qrc:/Lykta/Ui/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;
    if (parser.isSet(selfTest)) {
        auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
        return app::PageTour(window, parser.value(screenshots)).run();
    }
    return app.exec();
}
