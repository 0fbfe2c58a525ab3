// Nothing typed is lost: a form's controls are kept as a local draft a second after a change,
// put back when the form opens again (and said so), removed when the form is saved or the
// person discards them; per staff member and per form; flushed before the lock; never in clear
// in the encrypted store file. LeaveGuard asks only when something would be lost.

#include "formdraft.h"
#include "leaveguard.h"
#include "locksession.h"
#include "unitservice.h"
#include "workspace.h"

#include <QDir>
#include <QFile>
#include <QQmlComponent>
#include <QQmlContext>
#include <QQmlEngine>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

#include <memory>

Q_IMPORT_QML_PLUGIN(Lykta_AppPlugin)

using namespace lykta;
using namespace lykta::app;

namespace {

const QString kPassphrase = QStringLiteral("en lång och trygg lösenfras");

// A form as the pages build it: controls whose values start from the record, and its draft.
const QByteArray kForm = R"(
import QtQuick
import QtQuick.Controls
import Lykta.App
Item {
    id: root
    property alias draft: draft
    property alias place: place
    property alias body: body
    property alias flag: flag
    property string formKey: "conversation/c-1"
    TextField { id: place; text: "Skolan" }
    TextArea { id: body; text: "" }
    CheckBox { id: flag; checked: false }
    FormDraft { id: draft; workspace: ws; formKey: root.formKey; items: [place, body, flag] }
}
)";

} // namespace

class TestFormDraft : public QObject
{
    Q_OBJECT

    // An encrypted store opened through the lock as the app opens it, with a unit and two
    // staff members who share the device.
    struct Device
    {
        QTemporaryDir dir;
        std::unique_ptr<LockSession> lock;
        store::Actor maja, nils;
        std::unique_ptr<Workspace> workspace;
        QQmlEngine engine;
        Device()
        {
            lock = std::make_unique<LockSession>(dir.filePath("lykta.db").toStdString());
            if (!lock->create(kPassphrase, kPassphrase))
                qFatal("cannot create the store");
            LockSession::setInstance(lock.get());
            domain::UnitService units(*lock->store());
            const auto unit = *units.createUnit({"setup", {}}, {{}, "Enheten", {}, true});
            maja = {*units.createStaff({"setup", unit}, {{}, unit, "Maja", "Kurator", {}}), unit};
            nils = {*units.createStaff({"setup", unit}, {{}, unit, "Nils", "Kurator", {}}), unit};
            workspace = std::make_unique<Workspace>(*lock->store(), maja, false);
            engine.addImportPath(QStringLiteral("qrc:/"));
            engine.rootContext()->setContextProperty("ws", workspace.get());
        }
        ~Device() { LockSession::setInstance(nullptr); }
        std::unique_ptr<QObject> open(const QString &formKey = "conversation/c-1")
        {
            QQmlComponent component(&engine);
            component.setData(kForm, QUrl("qrc:/form.qml"));
            std::unique_ptr<QObject> form(component.beginCreate(engine.rootContext()));
            if (!form)
                qFatal("%s", qPrintable(component.errorString()));
            form->setProperty("formKey", formKey);
            component.completeCreate();
            // The draft takes what the form shows once the event loop has turned.
            QCoreApplication::processEvents();
            return form;
        }
        std::optional<store::Draft> stored(const store::Actor &who, const char *key)
        {
            auto loaded = store::DraftStore(*lock->store(), who.staffId).load(key);
            return loaded ? *loaded : std::nullopt;
        }
    };

    static FormDraft *draftOf(QObject *form)
    {
        return qvariant_cast<FormDraft *>(form->property("draft"));
    }
    static QObject *control(QObject *form, const char *name)
    {
        return qvariant_cast<QObject *>(form->property(name));
    }

private slots:
    void keptASecondAfterTypingAndRestoredOnReopen()
    {
        Device d;
        const std::size_t outboxBefore = d.lock->store()->outbox()->size();
        {
            auto form = d.open();
            FormDraft *draft = draftOf(form.get());
            QVERIFY(!draft->dirty());
            QVERIFY(!draft->restored());
            control(form.get(), "body")->setProperty("text", "Barnet berättade om sömnen");
            control(form.get(), "flag")->setProperty("checked", true);
            QVERIFY(draft->dirty());
            QVERIFY(!d.stored(d.maja, "conversation/c-1")); // not at every keystroke
            QTRY_VERIFY_WITH_TIMEOUT(d.stored(d.maja, "conversation/c-1").has_value(), 2000);
        }
        // No delta, no audit: the server never hears of a draft.
        QCOMPARE(d.lock->store()->outbox()->size(), outboxBefore);

        auto again = d.open();
        FormDraft *draft = draftOf(again.get());
        QCOMPARE(control(again.get(), "body")->property("text").toString(),
                 QString("Barnet berättade om sömnen"));
        QCOMPARE(control(again.get(), "flag")->property("checked").toBool(), true);
        QCOMPARE(control(again.get(), "place")->property("text").toString(), QString("Skolan"));
        QVERIFY(draft->restored());
        QVERIFY(draft->dirty());
        QVERIFY2(draft->restoredText().contains(
                     QLocale().toString(QTime::currentTime(), QLocale::ShortFormat).left(2)),
                 qPrintable(draft->restoredText()));
    }

    void discardPutsTheFormBackAndRemovesTheDraft()
    {
        Device d;
        {
            auto form = d.open();
            control(form.get(), "body")->setProperty("text", "Något att slänga");
            QVERIFY(draftOf(form.get())->flush());
        }
        auto form = d.open();
        FormDraft *draft = draftOf(form.get());
        QVERIFY(draft->restored());
        QVERIFY(draft->discard());
        QVERIFY(!draft->restored());
        QVERIFY(!draft->dirty());
        QCOMPARE(control(form.get(), "body")->property("text").toString(), QString());
        QVERIFY(!d.stored(d.maja, "conversation/c-1"));
        auto again = d.open();
        QVERIFY(!draftOf(again.get())->restored());
        QCOMPARE(control(again.get(), "body")->property("text").toString(), QString());
    }

    void savingRemovesTheDraft()
    {
        Device d;
        auto form = d.open();
        FormDraft *draft = draftOf(form.get());
        control(form.get(), "body")->setProperty("text", "Sparas på riktigt");
        QVERIFY(draft->flush());
        QVERIFY(d.stored(d.maja, "conversation/c-1"));
        draft->saved();
        QVERIFY(!draft->dirty());
        QVERIFY(!d.stored(d.maja, "conversation/c-1"));
        // Nothing waits: a second later there is still no draft.
        QTest::qWait(FormDraft::kSaveDelayMs + 200);
        QVERIFY(!d.stored(d.maja, "conversation/c-1"));
    }

    void typingBackToWhatWasThereRemovesTheDraft()
    {
        Device d;
        auto form = d.open();
        FormDraft *draft = draftOf(form.get());
        control(form.get(), "place")->setProperty("text", "Skolan, rum 3");
        QVERIFY(draft->flush());
        QVERIFY(d.stored(d.maja, "conversation/c-1"));
        control(form.get(), "place")->setProperty("text", "Skolan");
        QVERIFY(!draft->dirty());
        QVERIFY(draft->flush());
        QVERIFY(!d.stored(d.maja, "conversation/c-1"));
    }

    void twoFormsKeepTheirOwnDrafts()
    {
        Device d;
        {
            auto first = d.open("conversation/c-1");
            auto second = d.open("casenote/n-2");
            control(first.get(), "body")->setProperty("text", "Första");
            control(second.get(), "body")->setProperty("text", "Andra");
            QVERIFY(draftOf(first.get())->flush());
            QVERIFY(draftOf(second.get())->flush());
        }
        QCOMPARE(d.stored(d.maja, "conversation/c-1")->fields.value("1").toString(),
                 QString("Första"));
        QCOMPARE(d.stored(d.maja, "casenote/n-2")->fields.value("1").toString(), QString("Andra"));
        auto second = d.open("casenote/n-2");
        QCOMPARE(control(second.get(), "body")->property("text").toString(), QString("Andra"));
        QVERIFY(draftOf(second.get())->discard());
        QVERIFY(d.stored(d.maja, "conversation/c-1")); // the other form's draft stays
    }

    void aColleagueNeverSeesAnothersDraft()
    {
        Device d;
        {
            auto form = d.open();
            control(form.get(), "body")->setProperty("text", "Majas text");
            QVERIFY(draftOf(form.get())->flush());
        }
        d.workspace->setActor(d.nils);
        auto form = d.open();
        QVERIFY(!draftOf(form.get())->restored());
        QCOMPARE(control(form.get(), "body")->property("text").toString(), QString());
        QVERIFY(!d.stored(d.nils, "conversation/c-1"));
        QVERIFY(d.stored(d.maja, "conversation/c-1"));
    }

    void theLockKeepsWhatWasTyped()
    {
        Device d;
        auto form = d.open();
        FormDraft *draft = draftOf(form.get());
        control(form.get(), "body")->setProperty("text", "Skrivet just före låset");
        d.lock->lock(); // before the second has passed
        QVERIFY(d.lock->locked());
        // While locked the store refuses; the text stays in the form.
        control(form.get(), "body")->setProperty("text", "Skrivet just före låset.");
        QVERIFY(!draft->flush());
        QCOMPARE(control(form.get(), "body")->property("text").toString(),
                 QString("Skrivet just före låset."));
        QVERIFY(d.lock->unlock(kPassphrase));
        QCOMPARE(d.stored(d.maja, "conversation/c-1")->fields.value("1").toString(),
                 QString("Skrivet just före låset"));
        QVERIFY(draft->flush());
        QCOMPARE(d.stored(d.maja, "conversation/c-1")->fields.value("1").toString(),
                 QString("Skrivet just före låset."));
    }

    void theStoreFileNeverHoldsTheTextInClear()
    {
        Device d;
        const QByteArray secret = "Pappa har cancer och barnet sover dåligt";
        auto form = d.open();
        control(form.get(), "body")->setProperty("text", QString::fromUtf8(secret));
        QVERIFY(draftOf(form.get())->flush());
        QVERIFY(d.stored(d.maja, "conversation/c-1"));
        const QStringList files = QDir(d.dir.path()).entryList(QDir::Files);
        QVERIFY(files.contains("lykta.db"));
        for (const QString &name : files) {
            QFile file(d.dir.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            QVERIFY2(!bytes.contains(secret), qPrintable(name));
            QVERIFY2(!bytes.contains("barnet sover"), qPrintable(name));
        }
    }

    void withoutAWorkspaceNothingIsSavedAndNothingBreaks()
    {
        QQmlEngine engine;
        engine.addImportPath(QStringLiteral("qrc:/"));
        engine.rootContext()->setContextProperty("ws", nullptr);
        QQmlComponent component(&engine);
        component.setData(kForm, QUrl("qrc:/form.qml"));
        std::unique_ptr<QObject> form(component.create());
        QVERIFY2(form, qPrintable(component.errorString()));
        QCoreApplication::processEvents();
        FormDraft *draft = draftOf(form.get());
        control(form.get(), "body")->setProperty("text", "Ingen att spara hos");
        QVERIFY(draft->dirty());
        QVERIFY(!draft->flush());
        QCOMPARE(control(form.get(), "body")->property("text").toString(),
                 QString("Ingen att spara hos"));
    }

    void leaveGuardAsksOnlyWhenSomethingWouldBeLost()
    {
        Device d;
        LeaveGuard guard;
        QVERIFY(!guard.needsAsking(nullptr));
        auto form = d.open();
        QVERIFY(!guard.needsAsking(form.get()));
        control(form.get(), "body")->setProperty("text", "Halvskrivet");
        QVERIFY(guard.needsAsking(form.get()));

        // Keep: the draft is written now, before the page goes.
        QVERIFY(guard.keep(form.get()));
        QCOMPARE(d.stored(d.maja, "conversation/c-1")->fields.value("1").toString(),
                 QString("Halvskrivet"));
        form.reset();
        auto again = d.open();
        QCOMPARE(control(again.get(), "body")->property("text").toString(), QString("Halvskrivet"));

        // Discard: the form shows what it opened with and the draft is gone.
        QVERIFY(guard.needsAsking(again.get()));
        QVERIFY(guard.discard(again.get()));
        QVERIFY(!guard.needsAsking(again.get()));
        QVERIFY(!d.stored(d.maja, "conversation/c-1"));
    }
};

QTEST_MAIN(TestFormDraft)
#include "tst_formdraft.moc"
