// The person typing in tst_sigkill: opens the real case note form (Lykta.Ui's CaseNotePage) on
// a real encrypted store file, as the app does, says what the form shows once its draft is put
// back, then types one character of a fixed sequence at a steady pace, each reported with the
// monotonic clock's milliseconds, until it is killed.
//
// stdout: "ready <restored 0|1> <text>" once, then per character "typing <length>" before the
// key and "typed <length> <ms>" once it is in the form.

#include "familyservice.h"
#include "formdraft.h"
#include "locksession.h"
#include "unitservice.h"
#include "workspace.h"

#include <QFile>
#include <QGuiApplication>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickView>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

#include <chrono>
#include <cstdio>

Q_IMPORT_QML_PLUGIN(Lykta_AppPlugin)
Q_IMPORT_QML_PLUGIN(Lykta_UiPlugin)

using namespace lykta;

namespace {

const QString kPassphrase = QStringLiteral("skriver och skriver tills det tar slut");
constexpr int kPaceMs = 40;

[[noreturn]] void fail(const char *why)
{
    std::fprintf(stderr, "drafttypist: %s\n", why);
    std::exit(2);
}

// The unit, the staff member and the family the note is about, made on the first start.
store::Actor setUp(store::Store &store, const QString &idsPath, std::string &familyId)
{
    QFile ids(idsPath);
    if (ids.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> parts = ids.readAll().split('\n');
        if (parts.size() < 3)
            fail("ids file");
        familyId = parts[2].toStdString();
        return {parts[1].toStdString(), parts[0].toStdString()};
    }
    domain::UnitService units(store);
    const auto unit = units.createUnit({"setup", {}}, {{}, "Enheten", {}, true});
    if (!unit)
        fail("unit");
    const auto staff = units.createStaff({"setup", *unit}, {{}, *unit, "Kim", "Kurator", {}});
    if (!staff)
        fail("staff");
    const store::Actor actor{*staff, *unit};
    const auto family = domain::FamilyService(store).createFamily(
        actor, {{}, {}, "Familjen Test", {}, QDate::currentDate(), {}});
    if (!family)
        fail("family");
    familyId = *family;
    if (!ids.open(QIODevice::WriteOnly))
        fail("ids file");
    ids.write(QByteArray::fromStdString(*unit + "\n" + *staff + "\n" + *family));
    return actor;
}

// tst_sigkill checks what comes back against the same sequence.
char typedCharacter(long long i)
{
    static const char kLetters[] = "abcdefghijklmnopqrstuvwxyz ";
    return kLetters[(i * 7 + i / 27) % 27];
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    if (argc < 2)
        fail("usage: drafttypist <store file>");
    QQuickStyle::setStyle(QStringLiteral("Material"));
    const QString path = QString::fromLocal8Bit(argv[1]);

    app::LockSession lock(path.toStdString());
    if (lock.firstStart() ? !lock.create(kPassphrase, kPassphrase) : !lock.unlock(kPassphrase))
        fail("cannot open the store");
    app::LockSession::setInstance(&lock);
    std::string familyId;
    const store::Actor actor = setUp(*lock.store(), path + ".ids", familyId);
    app::Workspace workspace(*lock.store(), actor, false);
    app::Workspace::setInstance(&workspace);

    QQuickView view;
    view.engine()->addImportPath(QStringLiteral("qrc:/"));
    view.setInitialProperties({{"familyId", QString::fromStdString(familyId)}});
    view.setResizeMode(QQuickView::SizeRootObjectToView);
    view.resize(800, 900);
    view.setSource(QUrl(QStringLiteral("qrc:/Lykta/Ui/CaseNotePage.qml")));
    if (!view.rootObject())
        fail("the form did not load");
    view.show();
    if (!QTest::qWaitForWindowExposed(&view))
        fail("no window");

    // The note's text area: the one visible TextArea (the correction's is hidden until signed).
    QQuickItem *area = nullptr;
    for (QQuickItem *item : view.rootObject()->findChildren<QQuickItem *>())
        if (item->isVisible() && item->inherits("QQuickTextArea"))
            area = item;
    auto *draft = view.rootObject()->findChild<app::FormDraft *>();
    if (!area || !draft)
        fail("no text area or draft in the form");
    // The draft is put back once the page's bindings are in place (the next turn of the loop).
    QTest::qWait(50);
    QString text = area->property("text").toString();
    std::printf("ready %d %s\n", draft->restored() ? 1 : 0, qPrintable(text));
    std::fflush(stdout);

    area->forceActiveFocus();
    area->setProperty("cursorPosition", text.size());
    for (qsizetype i = text.size();; ++i) {
        // Said before the key goes down: a kill between the key and the "typed" line may leave
        // this character in the draft, and it was typed.
        std::printf("typing %lld\n", static_cast<long long>(i + 1));
        std::fflush(stdout);
        QTest::keyClick(&view, typedCharacter(i));
        if (area->property("text").toString().size() != i + 1)
            fail("a typed character did not arrive");
        std::printf("typed %lld %lld\n", static_cast<long long>(i + 1),
                    static_cast<long long>(std::chrono::duration_cast<std::chrono::milliseconds>(
                                               std::chrono::steady_clock::now().time_since_epoch())
                                               .count()));
        std::fflush(stdout);
        QTest::qWait(kPaceMs);
    }
}
