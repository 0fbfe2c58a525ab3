// The Today model: sections and words for each kind, overdue marked. Open tasks are not its
// rows (TaskListModel shows them above it, tst_tasks).

#include "domaintestutil.h"
#include "groupservice.h"
#include "taskservice.h"
#include "todaymodel.h"

#include <QTest>

using namespace lykta;
using namespace lykta::app;

class TestToday : public QObject
{
    Q_OBJECT

private slots:
    void sessionsShowWithTheirWordsAndTasksStayApart()
    {
        domain::test::DomainFixture fx;
        Workspace workspace(fx.store(), fx.actor(), false);
        domain::GroupService groups(fx.store());
        domain::Group g;
        g.name = "Torsdagsgruppen";
        g.programme = "Egen";
        g.minAge = 7;
        g.maxAge = 12;
        g.startDate = QDate::currentDate().addDays(-7);
        const auto group = groups.createGroup(fx.actor(), g);
        QVERIFY(group);
        QVERIFY(
            groups.addSession(fx.actor(), {{}, {}, *group, 0, QDate::currentDate(), "Känslor"}));
        domain::Task late;
        late.assignee = fx.staffId();
        late.title = "Ring mamma om nästa träff";
        late.dueDate = QDate::currentDate().addDays(-2);
        QVERIFY(domain::TaskService(fx.store()).create(fx.actor(), late));

        TodayModel today;
        today.setWorkspace(&workspace);
        QCOMPARE(today.rowCount(), 1);
        const auto at = [&](int role) {
            return today.data(today.index(0), role);
        };
        QCOMPARE(at(TodayModel::KindRole).toString(), QString("session"));
        QCOMPARE(at(TodayModel::SectionRole).toString(), QString("Gruppträffar"));
        QCOMPARE(at(TodayModel::TitleRole).toString(), QString("Torsdagsgruppen, träff 1"));
        QCOMPARE(at(TodayModel::DueRole).toString(), QString("I dag"));
        QVERIFY(!at(TodayModel::OverdueRole).toBool());
    }
};

QTEST_GUILESS_MAIN(TestToday)
#include "tst_today.moc"
