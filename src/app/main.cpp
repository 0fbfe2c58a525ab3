// Lykta, the staff app: builds every service and hands them to QML.

#include "demodata.h"
#include "errortext.h"
#include "pagetour.h"
#include "platform/apppaths.h"
#include "store/store.h"
#include "storereplica.h"
#include "sync/core/uuid.h"
#include "synccontroller.h"
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
store::Actor resolveActor(store::Store &store, const std::string &databasePath)
{
    // An enrolled device writes as the staff member and unit the server knows it by.
    if (const auto e = syncctl::Enrollment::load(syncctl::Enrollment::pathFor(databasePath));
        e && e->kind == "staff" && !e->units.empty()) {
        const auto comma = e->units.find(',');
        return {e->staffId, e->units.substr(0, comma)};
    }
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
    parser.addOptions({demo, database, language, selfTest, screenshots});
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
    app::Workspace workspace(store, resolveActor(store, options.database.path), parser.isSet(demo));
    app::Workspace::setInstance(&workspace);
    app::SyncController sync(options, workspace);
    app::SyncController::setInstance(&sync);

    engine.load(QUrl(QStringLiteral("qrc:/Lykta/Ui/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;
    if (!parser.isSet(selfTest))
        sync.syncNow(); // enrolled devices catch up as soon as they start
    if (parser.isSet(selfTest)) {
        auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
        return app::PageTour(window, parser.value(screenshots)).run();
    }
    return app.exec();
}
