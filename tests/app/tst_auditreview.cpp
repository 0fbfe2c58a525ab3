// The manager's part of the Follow-up screen on a real store: only a manager gets it; the
// log extract of one person is saved with its audit entry; a spot check lands in the log.

#include "auditreviewcontroller.h"
#include "csv.h"
#include "followupfixture.h"
#include "spotcheck.h"
#include "unitservice.h"

#include <QtTest>

using namespace lykta;
using namespace lykta::app;

namespace {

// The first subject of a kind ("child:" or "family:") in the picker.
QString firstSubject(const AuditReviewController &c, const QString &prefix)
{
    for (const auto &s : c.subjects()) {
        const QString key = s.toMap().value("key").toString();
        if (key.startsWith(prefix))
            return key;
    }
    return {};
}

} // namespace

class TestAuditReview : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void staffWhoAreNotManagersGetNothing()
    {
        followup::test::FollowUpFixture fx; // acts as a staff member, not a manager
        Workspace workspace(fx.store(), fx.actor(), false);
        AuditReviewController c;
        QTemporaryDir folder;
        c.setExportFolder(folder.path());
        c.setWorkspace(&workspace);
        QVERIFY(!c.isManager());
        QVERIFY(c.subjects().isEmpty()); // no names read for someone who cannot use them
        QVERIFY(!c.exportCsv());
        QVERIFY(!c.errorText().isEmpty());
        QVERIFY(!c.recordSpotCheck());
        QCOMPARE(followup::SpotCheck(fx.store()).all()->size(), std::size_t{0});
        QCOMPARE(QDir(folder.path()).entryList(QDir::Files).size(), 0);
    }

    void aManagerTakesAnExtractAndRecordsASpotCheck()
    {
        followup::test::FollowUpFixture fx;
        const auto manager = domain::UnitService(fx.store())
                                 .createStaff(fx.actor(), {{},
                                                           fx.unitId(),
                                                           QStringLiteral("Chefen Exempel"),
                                                           QStringLiteral("Enhetschef"),
                                                           domain::Staff::Role::Manager});
        QVERIFY(manager);
        Workspace workspace(fx.store(), {*manager, fx.unitId()}, false);
        AuditReviewController c;
        QTemporaryDir folder;
        c.setExportFolder(folder.path());
        c.setWorkspace(&workspace);
        QVERIFY(c.isManager());
        QVERIFY(c.spotCheckText().contains("Inga stickprov"));
        // Seven families (F1-F6, F8), each followed by its children (eight in all).
        QCOMPARE(c.subjects().size(), 15);
        QVERIFY(c.subjects().front().toMap().value("label").toString().startsWith("Familj: "));

        const QString child = firstSubject(c, "child:");
        QVERIFY(!child.isEmpty());
        c.setSubjectKey(child);
        const std::string childId = child.mid(6).toStdString();
        QCOMPARE(fx.auditCount(childId, "export"), std::size_t{0});

        QVERIFY2(c.exportCsv(), qPrintable(c.errorText()));
        QCOMPARE(fx.auditCount(childId, "export"), std::size_t{1});
        QVERIFY(c.lastPath().startsWith(folder.path()));
        QVERIFY(QFileInfo(c.lastPath()).fileName().startsWith("loggutdrag_barn_"));
        QFile file(c.lastPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto table = followup::parseCsv(file.readAll());
        QVERIFY2(table.error.isEmpty(), qPrintable(table.error));
        QCOMPARE(table.rows.front().front(), QStringLiteral("time"));
        QVERIFY(table.rows.size() > 1); // the child's own creation at least

        QVERIFY2(c.exportPdf(), qPrintable(c.errorText()));
        QVERIFY(c.lastPath().endsWith(".pdf"));
        QCOMPARE(QDir(folder.path()).entryList(QDir::Files).size(), 2);

        QVERIFY2(c.recordSpotCheck(), qPrintable(c.errorText()));
        const auto checks = followup::SpotCheck(fx.store()).all();
        QCOMPARE(checks->size(), std::size_t{1});
        QCOMPARE(checks->front().subject, "child:" + childId);
        QCOMPARE(checks->front().actor, *manager);
        QVERIFY(c.spotCheckText().contains("Stickprov i loggen: 1."));

        // A family works the same way.
        c.setSubjectKey(firstSubject(c, "family:"));
        QVERIFY(c.recordSpotCheck());
        QCOMPARE(followup::SpotCheck(fx.store()).all()->size(), std::size_t{2});

        // An unknown subject is refused in words and recorded nowhere.
        c.setSubjectKey(QStringLiteral("child:no-such-child"));
        QVERIFY(!c.recordSpotCheck());
        QVERIFY(!c.errorText().isEmpty());
        QCOMPARE(followup::SpotCheck(fx.store()).all()->size(), std::size_t{2});
    }
};

QTEST_MAIN(TestAuditReview)
#include "tst_auditreview.moc"
