// The guardian form and the family page's guardian list on a real store: adding, editing and
// marking one as no longer in the family, with every refusal shown at its field and nothing
// written; opening a guardian is an audited read.

#include "domaintestutil.h"
#include "familyeditor.h"
#include "guardianeditor.h"
#include "guardianlistmodel.h"

#include <QTest>

using namespace lykta;
using namespace lykta::app;

class TestGuardianEditor : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_fixture = std::make_unique<domain::test::DomainFixture>();
        m_workspace = std::make_unique<Workspace>(m_fixture->store(), m_fixture->actor(), false);
        FamilyEditor family;
        family.setWorkspace(m_workspace.get());
        family.setProperty("name", "Familjen Lind");
        QVERIFY(family.save());
        m_familyId = family.familyId();
    }

    void addEditAndListAGuardian()
    {
        GuardianListModel list;
        list.setWorkspace(m_workspace.get());
        list.setFamilyId(m_familyId);
        QCOMPARE(list.rowCount(), 0);

        GuardianEditor editor;
        editor.setWorkspace(m_workspace.get());
        editor.setProperty("familyId", m_familyId);
        editor.setProperty("name", "Sara Lind");
        editor.setProperty("relation", "mother");
        editor.setProperty("custody", true);
        editor.setProperty("phone", "070-123 45 67");
        editor.setProperty("email", "sara@example.se");
        editor.setProperty("address", "Storgatan 1, 123 45 Exempelstad");
        editor.setProperty("language", "persiska");
        editor.setProperty("interpreter", true);
        QVERIFY2(editor.save(), qPrintable(editor.errorText()));
        QVERIFY(!editor.guardianId().isEmpty());
        QCOMPARE(list.rowCount(), 1);
        const QModelIndex row = list.index(0);
        QCOMPARE(row.data(GuardianListModel::NameRole).toString(), QString("Sara Lind"));
        QCOMPARE(row.data(GuardianListModel::RelationRole).toString(), QString("Mamma"));
        QCOMPARE(row.data(GuardianListModel::DetailRole).toString(),
                 QString("Vårdnadshavare · 070-123 45 67 · Behöver tolk"));
        QVERIFY(!row.data(GuardianListModel::FormerRole).toBool());

        // Opened again in its form: everything as saved, and the opening is in the audit log.
        const std::string id = editor.guardianId().toStdString();
        const auto reads = m_fixture->auditCount(id, "read");
        GuardianEditor reread;
        reread.setWorkspace(m_workspace.get());
        reread.setGuardianId(editor.guardianId());
        QCOMPARE(m_fixture->auditCount(id, "read"), reads + 1);
        QCOMPARE(reread.property("familyId").toString(), m_familyId);
        QCOMPARE(reread.property("name").toString(), QString("Sara Lind"));
        QCOMPARE(reread.property("relation").toString(), QString("mother"));
        QVERIFY(reread.property("custody").toBool());
        QCOMPARE(reread.property("email").toString(), QString("sara@example.se"));
        QCOMPARE(reread.property("address").toString(), QString("Storgatan 1, 123 45 Exempelstad"));
        QCOMPARE(reread.property("language").toString(), QString("persiska"));
        QVERIFY(reread.property("interpreter").toBool());
        QVERIFY(reread.leftOn().isEmpty());

        // Editing changes the same guardian.
        reread.setProperty("relation", "foster_parent");
        reread.setProperty("custody", false);
        QVERIFY(reread.save());
        QCOMPARE(list.rowCount(), 1);
        QCOMPARE(list.index(0).data(GuardianListModel::RelationRole).toString(),
                 QString("Familjehemsförälder"));
        QVERIFY(!list.index(0).data(GuardianListModel::CustodyRole).toBool());
    }

    void refusalsAreShownAtTheirFieldAndNothingIsWritten_data()
    {
        QTest::addColumn<QString>("property");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        QTest::newRow("no name") << "name"
                                 << " "
                                 << "name"
                                 << "Fältet får inte vara tomt.";
        QTest::newRow("relation not offered") << "relation"
                                              << "neighbour"
                                              << "relation"
                                              << "Välj ett av alternativen.";
        QTest::newRow("phone") << "phone"
                               << "ring efter fem"
                               << "phone"
                               << "Telefonnumret ser inte rätt ut. Skriv siffror, till exempel "
                                  "070-123 45 67 eller +46 70 123 45 67.";
        QTest::newRow("e-mail") << "email"
                                << "sara(at)example.se"
                                << "email"
                                << "E-postadressen ser inte rätt ut. Skriv den som "
                                   "namn@exempel.se.";
        const QString pnr = "Det ser ut som ett personnummer. Personnummer registreras bara "
                            "genom identifieringen, inte i fritext.";
        QTest::newRow("personnummer as name") << "name"
                                              << "19800101-1234"
                                              << "name" << pnr;
        QTest::newRow("personnummer in address") << "address"
                                                 << "800101 1234"
                                                 << "address" << pnr;
    }

    void refusalsAreShownAtTheirFieldAndNothingIsWritten()
    {
        QFETCH(QString, property);
        QFETCH(QString, value);
        QFETCH(QString, field);
        QFETCH(QString, message);
        GuardianListModel list;
        list.setWorkspace(m_workspace.get());
        list.setFamilyId(m_familyId);
        GuardianEditor editor;
        editor.setWorkspace(m_workspace.get());
        editor.setProperty("familyId", m_familyId);
        editor.setProperty("name", "Sara Lind");
        editor.setProperty("relation", "mother");
        editor.setProperty(qPrintable(property), value);
        const auto before = m_fixture->outboxSize();
        QVERIFY(!editor.save());
        QCOMPARE(editor.fieldErrors().value(field).toString(), message);
        QCOMPARE(editor.errorText(), message);
        QVERIFY(editor.guardianId().isEmpty());
        QCOMPARE(m_fixture->outboxSize(), before);
        QCOMPARE(list.rowCount(), 0);
        // What was typed is still in the form, to correct.
        QCOMPARE(editor.property(qPrintable(property)).toString(), value);
        // Corrected, it saves and the message goes.
        editor.setProperty(qPrintable(property), property == "relation" ? "mother" : "Sara Lind");
        if (property == "phone" || property == "email" || property == "address")
            editor.setProperty(qPrintable(property), "");
        QVERIFY2(editor.save(), qPrintable(editor.errorText()));
        QVERIFY(editor.fieldErrors().isEmpty());
        QCOMPARE(list.rowCount(), 1);
    }

    void formerGuardianIsKeptAndListedLast()
    {
        GuardianListModel list;
        list.setWorkspace(m_workspace.get());
        list.setFamilyId(m_familyId);
        QString ids[2];
        const char *names[] = {"Adam Lind", "Bea Lind"};
        for (int i = 0; i < 2; ++i) {
            GuardianEditor editor;
            editor.setWorkspace(m_workspace.get());
            editor.setProperty("familyId", m_familyId);
            editor.setProperty("name", names[i]);
            editor.setProperty("relation", "other");
            QVERIFY(editor.save());
            ids[i] = editor.guardianId();
        }
        GuardianEditor adam;
        adam.setWorkspace(m_workspace.get());
        adam.setGuardianId(ids[0]);

        // A day in the future, or no date, is refused at the date; nothing changes.
        const QString tomorrow = QDate::currentDate().addDays(1).toString(Qt::ISODate);
        QVERIFY(!adam.markLeft(tomorrow));
        QCOMPARE(adam.fieldErrors().value("left_on").toString(),
                 QString("Skriv ett datum (ÅÅÅÅ-MM-DD) som inte ligger i framtiden."));
        QVERIFY(!adam.markLeft("i går"));
        QVERIFY(adam.fieldErrors().contains("left_on"));
        QVERIFY(adam.leftOn().isEmpty());

        const QString lastWeek = QDate::currentDate().addDays(-7).toString(Qt::ISODate);
        QVERIFY2(adam.markLeft(lastWeek), qPrintable(adam.errorText()));
        QCOMPARE(adam.leftOn(), lastWeek);
        QVERIFY(!adam.markLeft(lastWeek));
        QCOMPARE(adam.fieldErrors().value("left_on").toString(),
                 QString("Personen är redan markerad som inte längre i familjen."));

        // Still listed, after those in the family, under the former heading.
        QCOMPARE(list.rowCount(), 2);
        QCOMPARE(list.index(0).data(GuardianListModel::NameRole).toString(), QString("Bea Lind"));
        QVERIFY(!list.index(0).data(GuardianListModel::FormerRole).toBool());
        QCOMPARE(list.index(1).data(GuardianListModel::NameRole).toString(), QString("Adam Lind"));
        QVERIFY(list.index(1).data(GuardianListModel::FormerRole).toBool());
        QVERIFY(list.index(1).data(GuardianListModel::FirstFormerRole).toBool());
        QCOMPARE(list.index(1).data(GuardianListModel::DetailRole).toString(),
                 QString("Inte längre i familjen sedan %1").arg(lastWeek));
    }

    void relationsHaveKeysAndWords()
    {
        const auto relations = GuardianEditor::relations();
        QCOMPARE(relations.size(), 5);
        QStringList labels;
        for (const auto &r : relations) {
            QVERIFY(!r.toMap().value("key").toString().isEmpty());
            labels << r.toMap().value("label").toString();
        }
        QCOMPARE(labels.removeDuplicates(), 0);
    }

private:
    std::unique_ptr<domain::test::DomainFixture> m_fixture;
    std::unique_ptr<Workspace> m_workspace;
    QString m_familyId;
};

QTEST_GUILESS_MAIN(TestGuardianEditor)
#include "tst_guardianeditor.moc"
