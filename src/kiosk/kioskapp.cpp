#include "kioskapp.h"
#include "kiosklog.h"

#include "errortext.h"
#include "kiosk.h"
#include "kioskcontentpack.h"
#include "kiosklanguage.h"
#include "kioskpin.h"
#include "kioskseed.h"
#include "kiosksync.h"
#include "kioskwords.h"
#include "pagetour.h"
#include "platform/apppaths.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTextStream>
#include <QtQml/qqmlextensionplugin.h>

#include <cstdio>
#include <unistd.h>

Q_IMPORT_QML_PLUGIN(Lykta_KioskPlugin)
Q_IMPORT_QML_PLUGIN(Lykta_KioskUiPlugin)

namespace lykta::kiosk {

namespace {

// Shipped content, compiled in (src/kiosk/content).
const QString kShippedContent = QStringLiteral(":/kiosk/content");

int fail(const char *what, const QString &detail)
{
    std::fprintf(stderr, "lykta --kiosk: %s: %s\n", what, qPrintable(detail));
    return 1;
}

// Reads a PIN from standard input (twice when it is a terminal), so it never appears in the
// process list or shell history.
int setPin(const QString &database)
{
    QTextStream in(stdin);
    std::fprintf(stderr, "New staff PIN (%d-%d digits): ", KioskPin::kMinDigits,
                 KioskPin::kMaxDigits);
    const QString pin = in.readLine().trimmed();
    if (!KioskPin::isAcceptable(pin))
        return fail("PIN not set", QStringLiteral("it must be 6 to 12 digits"));
    if (isatty(fileno(stdin))) {
        std::fprintf(stderr, "Again: ");
        if (in.readLine().trimmed() != pin)
            return fail("PIN not set", QStringLiteral("the two did not match"));
    }
    const QString path = KioskPin::pathFor(database);
    if (!KioskPin::set(path, pin))
        return fail("PIN not set", QStringLiteral("cannot write ") + path);
    std::fprintf(stderr, "PIN hash written to %s\n", qPrintable(path));
    return 0;
}

} // namespace

namespace {

struct Options
{
    QCommandLineOption kiosk{QStringLiteral("kiosk"),
                             QStringLiteral("Run as the waiting-room kiosk.")};
    QCommandLineOption database{
        QStringLiteral("database"),
        QStringLiteral("The kiosk's own store file (default: kiosk.db in the app's data folder)."),
        QStringLiteral("path")};
    QCommandLineOption language{
        QStringLiteral("lang"),
        QStringLiteral("The start language: a content language code, sv (default), "
                       "sv-easy, en, ar, so, prs, ti, uk or fi."),
        QStringLiteral("code")};
    QCommandLineOption content{
        QStringLiteral("content"),
        QStringLiteral("Also load the cards in this folder into a new store (repeatable)."),
        QStringLiteral("dir")};
    QCommandLineOption idle{QStringLiteral("idle-seconds"),
                            QStringLiteral("Return to the start after this long (60)."),
                            QStringLiteral("n")};
    QCommandLineOption syncMinutes{QStringLiteral("sync-minutes"),
                                   QStringLiteral("When enrolled, fetch content this often (5)."),
                                   QStringLiteral("n")};
    QCommandLineOption setPin{
        QStringLiteral("set-pin"),
        QStringLiteral("Read a new staff PIN from standard input, store its hash, and exit.")};
    QCommandLineOption windowed{QStringLiteral("windowed"),
                                QStringLiteral("Show in a window instead of full screen.")};
    QCommandLineOption selfTest{
        QStringLiteral("self-test"),
        QStringLiteral("Show every kiosk page once and exit; fails on QML warnings.")};
    QCommandLineOption screenshots{QStringLiteral("screenshots"),
                                   QStringLiteral("With --self-test: save each page as PNG here."),
                                   QStringLiteral("dir")};

    void addTo(QCommandLineParser &parser) const
    {
        parser.setApplicationDescription(QStringLiteral("Lykta — the waiting-room kiosk"));
        parser.addHelpOption();
        parser.addOptions({kiosk, database, language, content, idle, syncMinutes, setPin, windowed,
                           selfTest, screenshots});
    }
    QString databasePath(const QCommandLineParser &parser) const
    {
        return parser.isSet(database) ? parser.value(database)
                                      : platform::AppPaths::databasePath(true);
    }
};

bool has(int argc, char *argv[], const char *option)
{
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], option) == 0)
            return true;
    }
    return false;
}

} // namespace

bool KioskApp::requested(int argc, char *argv[])
{
    return has(argc, argv, "--kiosk");
}

int KioskApp::run(int argc, char *argv[])
{
    const Options o;
    QCommandLineParser parser;
    o.addTo(parser);
    if (has(argc, argv, "--set-pin")) { // no screen needed: it may run over ssh
        QCoreApplication app(argc, argv);
        parser.process(app);
        return setPin(o.databasePath(parser));
    }

    QGuiApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Lykta"));
    QCoreApplication::setApplicationName(QStringLiteral("lykta"));
    parser.process(app);

    const QString dbPath = o.databasePath(parser);
    if (parser.isSet(o.selfTest))
        ui::PageTour::watchWarnings();

    const QString startLanguage =
        parser.isSet(o.language) ? parser.value(o.language) : QStringLiteral("sv");
    if (!domain::KioskLanguage::isKnown(startLanguage))
        return fail("--lang", QStringLiteral("takes a content language: sv, sv-easy, en, ar, so, "
                                             "prs, ti, uk or fi"));

    QQuickStyle::setStyle(QStringLiteral("Material"));
    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/"));
    QObject::connect(
        &engine, &QQmlApplicationEngine::objectCreationFailed, &app,
        [] { QCoreApplication::exit(1); }, Qt::QueuedConnection);
    KioskWords ui(engine);
    ui.apply(startLanguage);

    store::StoreOptions options;
    options.database.path = dbPath.toStdString();
    auto opened = store::Store::open(options);
    if (!opened) {
        qCCritical(lcKiosk, "cannot open the kiosk store: %s",
                   store::toString(opened.error().code));
        engine.setInitialProperties(
            {{"message", ui::ErrorText::forStore(opened.error().code, dbPath)}});
        engine.load(QUrl(QStringLiteral("qrc:/Lykta/Ui/StartupError.qml")));
        return engine.rootObjects().isEmpty() ? 1 : app.exec();
    }
    store::Store &store = **opened;

    // First start: the shipped cards (and any --content folders) go into the empty store.
    auto pack = domain::KioskContentPack::read(kShippedContent);
    if (!pack)
        return fail("shipped content", pack.error());
    for (const QString &dir : parser.values(o.content)) {
        auto extra = domain::KioskContentPack::read(dir);
        if (!extra)
            return fail("content", extra.error());
        pack->cards.insert(pack->cards.end(), extra->cards.begin(), extra->cards.end());
        pack->helplines.insert(pack->helplines.end(), extra->helplines.begin(),
                               extra->helplines.end());
        pack->written = std::max(pack->written, extra->written);
    }
    if (auto seeded = KioskSeed::seedIfEmpty(store, *pack); !seeded)
        return fail("content", QString::fromUtf8(store::toString(seeded.error().code)));

    Kiosk controller(store, startLanguage, KioskPin(KioskPin::pathFor(dbPath)));
    if (parser.isSet(o.idle)) {
        const int seconds = parser.value(o.idle).toInt();
        if (seconds <= 0)
            return fail("--idle-seconds", QStringLiteral("takes a whole number above 0"));
        controller.setIdleMs(seconds * 1000);
    }
    Kiosk::setInstance(&controller);
    QObject::connect(&controller, &Kiosk::languageChanged, &app,
                     [&] { ui.apply(controller.language()); });
    // Leaving kiosk mode ends the process: there is no staff screen to go to from here.
    QObject::connect(&controller, &Kiosk::leaveRequested, &app, &QCoreApplication::quit,
                     Qt::QueuedConnection);

    std::unique_ptr<KioskSync> sync;
    // The kiosk's store has no passphrase (it runs unattended): its token is sealed with the
    // device key, which a copy of the store's files does not carry (platform/devicekey.h).
    auto enrolled = syncctl::Enrollment::exists(syncctl::Enrollment::pathFor(options.database.path))
                        ? syncctl::loadEnrollment(options)
                        : Result<syncctl::Enrollment, syncctl::EnrollmentError>(
                              syncctl::EnrollmentError{syncctl::EnrollmentErrc::Missing, {}});
    if (!enrolled && enrolled.error().code != syncctl::EnrollmentErrc::Missing)
        qCWarning(lcKiosk, "the enrollment cannot be used (%s); enroll the kiosk again",
                  syncctl::toString(enrolled.error().code));
    if (enrolled && !parser.isSet(o.selfTest)) {
        sync = std::make_unique<KioskSync>(dbPath, *enrolled);
        // Reported lost or stolen: the screen switches off and its connection closes before
        // the files go; `store` is not used after this.
        controller.follow(*sync, [&opened] { opened->reset(); });
        const int minutes = parser.isSet(o.syncMinutes) ? parser.value(o.syncMinutes).toInt() : 5;
        sync->start(std::chrono::minutes(std::max(1, minutes)));
    }

    engine.setInitialProperties(
        {{"fullScreen", !parser.isSet(o.windowed) && !parser.isSet(o.selfTest)}});
    engine.load(QUrl(QStringLiteral("qrc:/Lykta/KioskUi/KioskWindow.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;
    if (parser.isSet(o.selfTest)) {
        auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
        return ui::PageTour(window, parser.value(o.screenshots)).run();
    }
    return app.exec();
}

} // namespace lykta::kiosk
