// The forms behind creating a family and a child, with messages in place for wrong values,
// and identifying a child by personnummer in two steps (nothing is written until confirmed).

#include "childeditor.h"
#include "childlistmodel.h"
#include "domaintestutil.h"
#include "familyeditor.h"
#include "familylistmodel.h"

#include <QTest>

using namespace lykta;
using namespace lykta::app;

class TestFamilyForms : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_fixture = std::make_unique<domain::test::DomainFixture>();
        m_workspace = std::make_unique<Workspace>(m_fixture->store(), m_fixture->actor(), false);
    }

    void familyNeedsANameAndThenAppearsInTheList()
    {
        FamilyListModel list;
        list.setWorkspace(m_workspace.get());
        QCOMPARE(list.rowCount(), 0);

        FamilyEditor editor;
        editor.setWorkspace(m_workspace.get());
        editor.setProperty("name", "   ");
        editor.setProperty("problemType", "addiction");
        QVERIFY(!editor.save());
        QCOMPARE(editor.fieldErrors().value("name").toString(),
                 QString("Fältet får inte vara tomt."));
        QCOMPARE(list.rowCount(), 0);

        // A first contact typed wrong is refused where it was typed, not saved as no date.
        editor.setProperty("name", "Familjen Lind");
        editor.setProperty("firstContact", "2026-13-45");
        QVERIFY(!editor.save());
        QCOMPARE(editor.fieldErrors().value("first_contact").toString(),
                 QString("Datumet är inte giltigt."));
        QCOMPARE(list.rowCount(), 0);
        editor.setProperty("firstContact", QDate::currentDate().toString(Qt::ISODate));

        QVERIFY2(editor.save(), qPrintable(editor.errorText()));
        QVERIFY(editor.fieldErrors().isEmpty());
        QVERIFY(!editor.familyId().isEmpty());
        QCOMPARE(list.rowCount(), 1);

        // Editing the same family renames it; it is not a second family.
        editor.setProperty("name", "Familjen Lind-Berg");
        QVERIFY(editor.save());
        QCOMPARE(list.rowCount(), 1);
        FamilyEditor reread;
        reread.setWorkspace(m_workspace.get());
        reread.setFamilyId(editor.familyId());
        QCOMPARE(reread.property("name").toString(), QString("Familjen Lind-Berg"));
        QCOMPARE(reread.property("problemType").toString(), QString("addiction"));
    }

    void problemTypesHaveKeysAndWords()
    {
        const auto types = FamilyEditor::problemTypes();
        QVERIFY(types.size() >= 6);
        for (const auto &t : types) {
            QVERIFY(!t.toMap().value("key").toString().isEmpty());
            QVERIFY(!t.toMap().value("label").toString().isEmpty());
        }
    }

    void childIsValidatedInPlaceAndListed()
    {
        const QString familyId = makeFamily();
        ChildListModel children;
        children.setWorkspace(m_workspace.get());
        children.setFamilyId(familyId);

        ChildEditor editor;
        editor.setWorkspace(m_workspace.get());
        editor.setProperty("familyId", familyId);
        editor.setProperty("birthDate", "2017-03-15");
        QVERIFY(!editor.save());
        QVERIFY(editor.fieldErrors().contains("first_name"));

        editor.setProperty("firstName", "Maja");
        editor.setProperty("birthDate", QDate::currentDate().addDays(3).toString(Qt::ISODate));
        QVERIFY(!editor.save());
        QVERIFY(editor.fieldErrors().contains("birth_date"));
        QCOMPARE(children.rowCount(), 0);

        editor.setProperty("birthDate", "2017-03-15");
        editor.setProperty("gender", "girl");
        QVERIFY2(editor.save(), qPrintable(editor.errorText()));
        QCOMPARE(children.rowCount(), 1);
        QCOMPARE(children.data(children.index(0), ChildListModel::NameRole).toString(),
                 QString("Maja"));
        QVERIFY(!children.data(children.index(0), ChildListModel::IdentifiedRole).toBool());
    }

    void identificationIsCheckedShownAndOnlyWrittenWhenConfirmed()
    {
        ChildEditor editor;
        editor.setWorkspace(m_workspace.get());
        editor.setProperty("familyId", makeFamily());
        editor.setProperty("firstName", "Maja");
        editor.setProperty("birthDate", "2017-03-15");
        QVERIFY(editor.save());

        QVERIFY(!editor.prepareIdentification("170315-1234")); // wrong check digit
        QCOMPARE(editor.errorText(),
                 QString("Personnumret är inte giltigt. Kontrollera siffrorna."));
        QVERIFY(editor.pendingNumber().isEmpty());

        QVERIFY(!editor.prepareIdentification("1703161230")); // valid, another birth date
        QCOMPARE(editor.errorText(), QString("Personnumret stämmer inte med födelsedatumet."));

        QVERIFY2(editor.prepareIdentification("1703151231"), qPrintable(editor.errorText()));
        QCOMPARE(editor.pendingNumber(), QString("20170315-1231"));
        QVERIFY(!editor.pendingBirthDate().isEmpty());
        QVERIFY(editor.personnummer().isEmpty()); // not written yet

        editor.cancelIdentification();
        QVERIFY(editor.pendingNumber().isEmpty());
        QVERIFY(!editor.confirmIdentification()); // nothing to confirm
        ChildEditor reread;
        reread.setWorkspace(m_workspace.get());
        reread.setChildId(editor.childId());
        QVERIFY(reread.personnummer().isEmpty());

        QVERIFY(editor.prepareIdentification("20170315-1231"));
        QVERIFY2(editor.confirmIdentification(), qPrintable(editor.errorText()));
        QCOMPARE(editor.personnummer(), QString("20170315-1231"));
        QVERIFY(editor.pendingNumber().isEmpty());
        reread.setChildId({});
        reread.setChildId(editor.childId());
        QCOMPARE(reread.personnummer(), QString("20170315-1231"));

        // Saving the form again keeps the confirmed number.
        editor.setProperty("lastName", "Lind");
        QVERIFY(editor.save());
        QCOMPARE(editor.personnummer(), QString("20170315-1231"));
    }

private:
    QString makeFamily()
    {
        FamilyEditor family;
        family.setWorkspace(m_workspace.get());
        family.setProperty("name", "Familjen Lind");
        family.setProperty("problemType", "mental_illness");
        return family.save() ? family.familyId() : QString();
    }

    std::unique_ptr<domain::test::DomainFixture> m_fixture;
    std::unique_ptr<Workspace> m_workspace;
};

QTEST_GUILESS_MAIN(TestFamilyForms)
#include "tst_familyforms.moc"
