// The Today model: sections and words for each kind, overdue marked, and ticking off a task
// removes it (an unknown task changes nothing).

#include "domaintestutil.h"
#include "taskservice.h"
#include "todaymodel.h"

#include <QTest>

using namespace lykta;
using namespace lykta::app;

class TestToday : public QObject
{
    Q_OBJECT

private slots:
    void tasksShowWithTheirDueDateAndCanBeTickedOff()
    {
        domain::test::DomainFixture fx;
        Workspace workspace(fx.store(), fx.actor(), false);
        domain::TaskService tasks(fx.store());
        domain::Task late;
        late.assignee = fx.staffId();
        late.title = "Ring mamma om nästa träff";
        late.dueDate = QDate::currentDate().addDays(-2);
        domain::Task soon = late;
        soon.title = "Gör orosanmälan";
        soon.kind = domain::Task::Kind::ConcernReport;
        soon.dueDate = QDate::currentDate();
        QVERIFY(tasks.create(fx.actor(), late));
        const auto soonId = tasks.create(fx.actor(), soon);
        QVERIFY(soonId);

        TodayModel today;
        today.setWorkspace(&workspace);
        QCOMPARE(today.rowCount(), 2);
        const auto at = [&](int row, int role) {
            return today.data(today.index(row), role);
        };
        QCOMPARE(at(0, TodayModel::KindRole).toString(), QString("task"));
        QCOMPARE(at(0, TodayModel::SectionRole).toString(), QString("Uppgifter"));
        QCOMPARE(at(0, TodayModel::TitleRole).toString(), QString("Ring mamma om nästa träff"));
        QVERIFY(at(0, TodayModel::OverdueRole).toBool());
        QCOMPARE(at(1, TodayModel::DueRole).toString(), QString("I dag"));
        QVERIFY(!at(1, TodayModel::OverdueRole).toBool());

        QVERIFY(!today.completeTask("no-such-task"));
        QCOMPARE(today.rowCount(), 2);
        QVERIFY(today.completeTask(QString::fromStdString(*soonId)));
        QCOMPARE(today.rowCount(), 1);
        QCOMPARE(at(0, TodayModel::TitleRole).toString(), QString("Ring mamma om nästa träff"));
    }
};

QTEST_GUILESS_MAIN(TestToday)
#include "tst_today.moc"
