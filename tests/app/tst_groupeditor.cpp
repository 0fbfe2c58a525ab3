// The form behind creating and editing a support group, from an empty unit: every refusal is
// said at its field and nothing is written; what is saved reads back the same.

#include "domaintestutil.h"
#include "groupeditor.h"
#include "grouplistmodel.h"

#include <QTest>

using namespace lykta;
using namespace lykta::app;

class TestGroupEditor : public QObject
{
    Q_OBJECT

    // Fills the form as a person would for "Klubb Simon, 7–10 år".
    static void fill(GroupEditor &editor)
    {
        editor.setProperty("name", "Klubb Simon");
        editor.setProperty("programme", "Trappan-liknande");
        editor.setProperty("minAge", "7");
        editor.setProperty("maxAge", "10");
        editor.setProperty("capacity", "8");
        editor.setProperty("anonymous", false);
        editor.setProperty("startDate", "2026-09-07");
        editor.setProperty("endDate", "");
        editor.setProperty("place", "Familjecentralen");
        editor.setProperty("status", "planned");
    }

    // Saving fails, names `field` with these words, and writes nothing.
    void refused(GroupEditor &editor, const char *field, const QString &words)
    {
        const auto before = m_fixture->outboxSize();
        QVERIFY(!editor.save());
        QCOMPARE(editor.fieldErrors().value(QString::fromLatin1(field)).toString(), words);
        QCOMPARE(editor.errorText(), words);
        QCOMPARE(m_fixture->outboxSize(), before);
    }

private slots:
    void init()
    {
        m_fixture = std::make_unique<domain::test::DomainFixture>();
        m_workspace = std::make_unique<Workspace>(m_fixture->store(), m_fixture->actor(), false);
    }

    void aNewGroupStartsWithSensibleChoices()
    {
        const QString ola = QString::fromStdString(m_fixture->addStaff("Ola Prov"));
        GroupEditor editor;
        editor.setWorkspace(m_workspace.get());
        QVERIFY(editor.groupId().isEmpty());
        QCOMPARE(editor.property("startDate").toString(),
                 QDate::currentDate().toString(Qt::ISODate));
        QCOMPARE(editor.property("status").toString(), QString("planned"));
        QCOMPARE(editor.property("leaders").toStringList(),
                 QStringList{QString::fromStdString(m_fixture->staffId())});
        QVERIFY(!editor.modeLocked());
        const QStringList programmes = editor.programmes();
        for (const char *p : {"Egen modell", "ME-WE", "Blåvinge", "Trappan-liknande"})
            QVERIFY2(programmes.contains(QString::fromUtf8(p)), p);
        QCOMPARE(editor.staff().size(), 2);
        QStringList keys;
        for (const auto &s : editor.staff())
            keys << s.toMap().value("key").toString();
        QVERIFY(keys.contains(ola));
        QCOMPARE(editor.statuses().size(), 3);
        QCOMPARE(GroupEditor::statusLabel("running"), QString("Pågår"));
    }

    void everyWrongValueIsRefusedInPlace()
    {
        GroupListModel list;
        list.setWorkspace(m_workspace.get());
        GroupEditor editor;
        editor.setWorkspace(m_workspace.get());
        fill(editor);
        editor.setProperty("name", "  ");
        refused(editor, "name", "Ge gruppen ett namn.");
        fill(editor);
        editor.setProperty("minAge", "sju");
        refused(editor, "min_age", "Skriv en ålder från 0 till 18.");
        fill(editor);
        editor.setProperty("maxAge", "6");
        refused(editor, "max_age", "Skriv en ålder upp till 18, minst lika hög som den lägsta.");
        fill(editor);
        editor.setProperty("maxAge", "19");
        refused(editor, "max_age", "Skriv en ålder upp till 18, minst lika hög som den lägsta.");
        fill(editor);
        editor.setProperty("capacity", "0");
        refused(editor, "capacity", "Skriv ett antal platser från 1 till 30.");
        editor.setProperty("capacity", "31");
        refused(editor, "capacity", "Skriv ett antal platser från 1 till 30.");
        editor.setProperty("capacity", "");
        refused(editor, "capacity", "Skriv ett antal platser från 1 till 30.");
        fill(editor);
        editor.setProperty("startDate", "2026-02-30");
        refused(editor, "start_date", "Skriv startdatum som ÅÅÅÅ-MM-DD.");
        fill(editor);
        editor.setProperty("endDate", "2026-09-01");
        refused(editor, "end_date",
                "Skriv slutdatum som ÅÅÅÅ-MM-DD, tidigast startdatum, eller lämna tomt.");
        editor.setProperty("endDate", "snart");
        refused(editor, "end_date",
                "Skriv slutdatum som ÅÅÅÅ-MM-DD, tidigast startdatum, eller lämna tomt.");
        fill(editor);
        editor.setProperty("status", "cancelled");
        refused(editor, "status", "Välj planerad, pågår eller avslutad.");
        fill(editor);
        editor.setProperty("leaders", QStringList{"someone-else"});
        refused(editor, "leaders", "Ledarna ska vara personal i enheten.");
        QCOMPARE(list.rowCount(), 0);
        QVERIFY(editor.groupId().isEmpty());
    }

    void savedGroupReadsBackAndEditsInPlace()
    {
        GroupListModel list;
        list.setWorkspace(m_workspace.get());
        const QString ola = QString::fromStdString(m_fixture->addStaff("Ola Prov"));
        GroupEditor editor;
        editor.setWorkspace(m_workspace.get());
        fill(editor);
        editor.setProperty("programme", "Vår egen: Klubb Simon");
        editor.setProperty("leaders",
                           QStringList{QString::fromStdString(m_fixture->staffId()), ola});
        QVERIFY2(editor.save(), qPrintable(editor.errorText()));
        QVERIFY(editor.fieldErrors().isEmpty());
        QCOMPARE(list.rowCount(), 1);
        QCOMPARE(list.data(list.index(0), GroupListModel::AgeBandRole).toString(), QString("7–10"));

        GroupEditor reread;
        reread.setWorkspace(m_workspace.get());
        reread.setGroupId(editor.groupId());
        QCOMPARE(reread.property("name").toString(), QString("Klubb Simon"));
        QCOMPARE(reread.property("programme").toString(), QString("Vår egen: Klubb Simon"));
        QCOMPARE(reread.property("capacity").toString(), QString("8"));
        QCOMPARE(reread.property("anonymous").toBool(), false);
        QCOMPARE(reread.property("place").toString(), QString("Familjecentralen"));
        QCOMPARE(reread.property("leaders").toStringList().size(), 2);
        // The unit's own model is offered next time.
        QVERIFY(reread.programmes().contains("Vår egen: Klubb Simon"));

        reread.setProperty("status", "running");
        reread.setProperty("place", "Skolan");
        QVERIFY(reread.save());
        QCOMPARE(list.rowCount(), 1);
        auto g = m_workspace->groups().group(editor.groupId().toStdString());
        QCOMPARE(g->status, domain::Group::Status::Running);
        QCOMPARE(g->place, QString("Skolan"));
    }

    void modeIsLockedOnceThereAreMembers()
    {
        GroupEditor editor;
        editor.setWorkspace(m_workspace.get());
        fill(editor);
        editor.setProperty("anonymous", true);
        QVERIFY(editor.save());
        QVERIFY(!editor.modeLocked());
        domain::GroupMember m;
        m.groupId = editor.groupId().toStdString();
        m.alias = QStringLiteral("Blå");
        m.age = 8;
        QVERIFY(m_workspace->groups().addMember(m_fixture->actor(), m).ok());
        m.alias = QStringLiteral("Grön");
        QVERIFY(m_workspace->groups().addMember(m_fixture->actor(), m).ok());

        GroupEditor again;
        again.setWorkspace(m_workspace.get());
        again.setGroupId(editor.groupId());
        QVERIFY(again.modeLocked());
        again.setProperty("anonymous", false);
        refused(again, "mode",
                "Gruppen har deltagare, så anonym eller identifierad kan inte ändras.");
        again.setProperty("anonymous", true);
        again.setProperty("capacity", "1");
        refused(again, "capacity",
                "Gruppen har fler deltagare än så. Låt någon sluta först, eller behåll fler "
                "platser.");
    }

private:
    std::unique_ptr<domain::test::DomainFixture> m_fixture;
    std::unique_ptr<Workspace> m_workspace;
};

QTEST_GUILESS_MAIN(TestGroupEditor)
#include "tst_groupeditor.moc"
