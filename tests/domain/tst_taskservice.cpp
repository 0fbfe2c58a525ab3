#include "domaintestutil.h"
#include "taskservice.h"

#include <QtTest>

using namespace lykta;
using namespace lykta::domain;

class TestTaskService : public QObject
{
    Q_OBJECT

private slots:
    void openTasksAreTheAssigneesUndoneOnes()
    {
        test::DomainFixture fx;
        const std::string other = fx.addStaff("Annan");
        TaskService tasks(fx.store());
        Task t;
        t.assignee = fx.staffId();
        t.title = QStringLiteral("Ring skolan");
        t.dueDate = QDate::currentDate().addDays(3);
        auto a = tasks.create(fx.actor(), t);
        QVERIFY(a.ok());
        t.assignee = other;
        QVERIFY(tasks.create(fx.actor(), t).ok());
        QCOMPARE(tasks.openTasks(fx.staffId())->size(), std::size_t{1});
        QVERIFY(tasks.complete(fx.actor(), *a).ok());
        QCOMPARE(tasks.openTasks(fx.staffId())->size(), std::size_t{0});
        QCOMPARE(tasks.openTasks(other)->size(), std::size_t{1});
        QCOMPARE(tasks.complete(fx.actor(), *a).error().code, DomainErrc::WrongState);
    }

    void invalidTasksAreRefused()
    {
        test::DomainFixture fx;
        TaskService tasks(fx.store());
        Task t;
        t.title = QStringLiteral("x");
        QCOMPARE(tasks.create(fx.actor(), t).error().field, std::string("assignee"));
        t.assignee = "nobody";
        QCOMPARE(tasks.create(fx.actor(), t).error().code, DomainErrc::NotFound);
        t.assignee = fx.staffId();
        t.title.clear();
        QCOMPARE(tasks.create(fx.actor(), t).error().field, std::string("title"));
    }
};

QTEST_GUILESS_MAIN(TestTaskService)
#include "tst_taskservice.moc"
