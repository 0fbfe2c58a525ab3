// The note editor on the session page keeps what is typed: a reload of every list (after any
// write, such as a tap on attendance) leaves the text alone, and the text is saved as a draft
// when the section goes away (a child's note hidden, the page left). Real QML, real store.

#include "domaintestutil.h"
#include "groupservice.h"
#include "noteservice.h"
#include "workspace.h"

#include <QGuiApplication>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(Lykta_AppPlugin)
Q_IMPORT_QML_PLUGIN(Lykta_UiPlugin)

using namespace lykta;

class TestNoteSection : public QObject
{
    Q_OBJECT

    static QObject *textArea(QObject *section)
    {
        for (auto *item : section->findChildren<QQuickItem *>()) {
            if (item->inherits("QQuickTextEdit") && !item->property("readOnly").toBool())
                return item;
        }
        return nullptr;
    }

private slots:
    void initTestCase() { QQuickStyle::setStyle(QStringLiteral("Material")); }

    void typedTextSurvivesReloadsAndIsSavedWhenLeft()
    {
        domain::test::DomainFixture fx;
        app::Workspace workspace(fx.store(), fx.actor(), false);
        app::Workspace::setInstance(&workspace);
        domain::GroupService groups(fx.store());
        domain::Group g;
        g.name = "Tisdagsgruppen";
        g.minAge = 7;
        g.maxAge = 12;
        g.startDate = QDate::currentDate().addDays(-7);
        const auto group = groups.createGroup(fx.actor(), g);
        const auto blue = groups.addMember(fx.actor(), {{}, {}, *group, {}, "Blå", 8});
        const auto session =
            groups.addSession(fx.actor(), {{}, {}, *group, 0, QDate::currentDate(), "Känslor"});
        QVERIFY(blue && session);

        QQmlEngine engine;
        engine.addImportPath(QStringLiteral("qrc:/"));
        QQmlComponent component(&engine);
        component.setData("import QtQuick\nimport Lykta.Ui\nNoteSection { width: 400 }", QUrl());
        QObject *section =
            component.createWithInitialProperties({{"sessionId", QString::fromStdString(*session)},
                                                   {"memberId", QString::fromStdString(*blue)},
                                                   {"label", "Anteckning om Blå"}});
        QVERIFY2(section, qPrintable(component.errorString()));
        QObject *editor = textArea(section);
        QVERIFY(editor);
        QCOMPARE(editor->property("text").toString(), QString());

        editor->setProperty("text", "Blå var ledsen i början");
        // Any write elsewhere reloads every list; the typed text stays.
        QVERIFY(groups.recordAttendance(fx.actor(), *session, *blue, true));
        workspace.notifyChanged();
        QCOMPARE(editor->property("text").toString(), QString("Blå var ledsen i början"));

        const auto stored = [&] {
            return domain::NoteService(fx.store()).notesAbout(fx.actor(), "group_member", *blue);
        };
        QVERIFY(stored()->empty());
        delete section; // hidden, or the page left
        const auto notes = stored();
        QCOMPARE(notes->size(), std::size_t{1});
        QCOMPARE(notes->front().body, QString("Blå var ledsen i början"));
        QCOMPARE(notes->front().status, domain::Note::Status::Draft);
        app::Workspace::setInstance(nullptr);
    }
};

QTEST_MAIN(TestNoteSection)
#include "tst_notesection.moc"
