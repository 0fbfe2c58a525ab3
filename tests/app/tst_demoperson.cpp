// Mer → Prova som, in the demo: whoever tries Lykta can see it as the fictional unit's
// manager (the manager's pages and rights included) and go back to Maja; a real tablet
// never switches person this way.

#include "demodata.h"
#include "domaintestutil.h"
#include "kvaimportcontroller.h"
#include "stafflistmodel.h"
#include "syncctl/enrollment.h"
#include "workspace.h"

#include <QSignalSpy>
#include <QTest>

using namespace lykta;
using namespace lykta::app;

namespace {

const store::Actor kMaja{domain::DemoData::kStaffId, domain::DemoData::kUnitId};

bool isMe(const StaffListModel &m, const QString &name)
{
    for (int row = 0; row < m.rowCount(); ++row) {
        const QModelIndex i = m.index(row);
        if (m.data(i, StaffListModel::NameRole).toString() == name)
            return m.data(i, StaffListModel::IsMeRole).toBool();
    }
    return false;
}

} // namespace

class TestDemoPerson : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_fx = std::make_unique<domain::test::DomainFixture>();
        QVERIFY(domain::DemoData::seed(m_fx->store(), QDate(2026, 11, 22)));
    }

    void theDemoCanBeTriedAsItsManagerAndBack()
    {
        Workspace workspace(m_fx->store(), kMaja, true);
        StaffListModel staff;
        staff.setWorkspace(&workspace);
        QVERIFY(!workspace.isManager());
        QVERIFY(!staff.canEdit());
        QVERIFY(isMe(staff, QStringLiteral("Maja Exempel")));

        const QString lena = workspace.demoPersonWithRole(QStringLiteral("manager"));
        QVERIFY(!lena.isEmpty());
        QSignalSpy switched(&workspace, &Workspace::actorChanged);
        QVERIFY(workspace.actAsDemoPerson(lena));
        QCOMPARE(switched.count(), 1);
        QCOMPARE(workspace.staffName(), QStringLiteral("Lena Testberg"));
        QVERIFY(workspace.isManager());
        QVERIFY(staff.canEdit()); // the lists follow without being rebuilt
        QVERIFY(isMe(staff, QStringLiteral("Lena Testberg")));
        QVERIFY(!isMe(staff, QStringLiteral("Maja Exempel")));

        // "" is the demo's own Maja again.
        QVERIFY(workspace.actAsDemoPerson(QString()));
        QCOMPARE(workspace.staffName(), QStringLiteral("Maja Exempel"));
        QVERIFY(!workspace.isManager());
        QCOMPARE(switched.count(), 2);
    }

    void theDemoManagerPreviewsTheExampleCodeList()
    {
        // Mer → KVÅ-koder → Importera → "Använd demons exempelfil": the demo has no
        // organisation's file at hand, so it ships a fictional one (qml/demo).
        Workspace workspace(m_fx->store(), kMaja, true);
        QVERIFY(workspace.actAsDemoPerson(workspace.demoPersonWithRole(QStringLiteral("manager"))));
        KvaImportController import;
        import.setWorkspace(&workspace);
        QVERIFY(import.canImport());
        import.setFile(QStringLiteral(":/Lykta/Ui/demo/kva-exempel.csv"));
        import.setListVersion(QStringLiteral("Exempellista (påhittad)"));
        QVERIFY2(import.preview(), qPrintable(import.errorText()));
        // The demo unit has DU055 and DU056: one is renamed, one stays, one is new.
        QCOMPARE(import.added(), 1);
        QCOMPARE(import.changed(), 1);
        QCOMPARE(import.retired(), 0);
        QCOMPARE(import.unchanged(), 1);
        QVERIFY(import.confirm());
    }

    void nobodyOutsideTheDemoUnitIsActedAs()
    {
        Workspace workspace(m_fx->store(), kMaja, true);
        QVERIFY(!workspace.actAsDemoPerson(QStringLiteral("01936e00-0000-7000-8000-00000000ffff")));
        const std::string stranger = m_fx->addStaff("Nils Annanstans");
        QVERIFY(!workspace.actAsDemoPerson(QString::fromStdString(stranger)));
        QCOMPARE(workspace.staffName(), QStringLiteral("Maja Exempel"));
    }

    void aRealTabletNeverSwitchesPerson()
    {
        Workspace workspace(m_fx->store(), kMaja, false);
        QVERIFY(workspace.demoPersonWithRole(QStringLiteral("manager")).isEmpty());
        const QString lena =
            Workspace(m_fx->store(), kMaja, true).demoPersonWithRole(QStringLiteral("manager"));
        QVERIFY(!workspace.actAsDemoPerson(lena));
        QCOMPARE(workspace.staffName(), QStringLiteral("Maja Exempel"));
        QVERIFY(!workspace.isManager());
    }

    void anEnrolledDemoTabletStaysItsOwnPerson()
    {
        // scripts/run enrolls the demo store as Maja: the server takes its changes as hers only.
        store::StoreOptions options;
        options.database.path = m_fx->path();
        auto key = syncctl::enrollmentKey(options);
        QVERIFY(key.ok());
        syncctl::Enrollment enrollment{
            "http://127.0.0.1:1",     "token", {}, "staff", domain::DemoData::kStaffId,
            domain::DemoData::kUnitId};
        QVERIFY(enrollment.save(syncctl::Enrollment::pathFor(options.database.path), *key).ok());

        Workspace workspace(m_fx->store(), kMaja, true);
        workspace.setStoreOptions(options);
        QVERIFY(
            !workspace.actAsDemoPerson(workspace.demoPersonWithRole(QStringLiteral("manager"))));
        QCOMPARE(workspace.staffName(), QStringLiteral("Maja Exempel"));
    }

private:
    std::unique_ptr<domain::test::DomainFixture> m_fx;
};

QTEST_GUILESS_MAIN(TestDemoPerson)
#include "tst_demoperson.moc"
