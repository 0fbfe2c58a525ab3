// The Today model: sections and words for each kind, overdue marked. Open tasks are not its
// rows (TaskListModel shows them above it, tst_tasks). As the app runs it, the agenda is read
// on the ReadWorker's own connection to an encrypted store, and what it shows is in the audit
// log.

#include "domaintestutil.h"
#include "groupservice.h"
#include "locksession.h"
#include "readworker.h"
#include "sync/core/uuid.h"
#include "taskservice.h"
#include "todaymodel.h"

#include <QTemporaryDir>
#include <QTest>

using namespace lykta;
using namespace lykta::app;

namespace {

// Torsdagsgruppen, which meets today.
void addMeetingToday(store::Store &store, const store::Actor &actor)
{
    domain::GroupService groups(store);
    domain::Group g;
    g.name = "Torsdagsgruppen";
    g.programme = "Egen";
    g.minAge = 7;
    g.maxAge = 12;
    g.startDate = QDate::currentDate().addDays(-7);
    const auto group = groups.createGroup(actor, g);
    QVERIFY(group);
    QVERIFY(groups.addSession(actor, {{}, {}, *group, 0, QDate::currentDate(), "Känslor"}));
}

// A unit with its staff member and a group meeting today.
void fillUnit(store::Store &store, const store::Actor &actor)
{
    QVERIFY(store.write(actor, store::Change{store::ChangeKind::Create, "unit", actor.unitId, {}}));
    QVERIFY(store.write(actor, store::Change{store::ChangeKind::Create,
                                             "staff",
                                             actor.staffId,
                                             {{"name", std::string("Kim")}}}));
    addMeetingToday(store, actor);
}

std::size_t agendaReads(store::Store &store, const std::string &staffId)
{
    const auto log = store.auditLog(staffId);
    return static_cast<std::size_t>(std::count_if(log->begin(), log->end(), [](const auto &e) {
        return e.entity == "agenda" && e.action == "read";
    }));
}

} // namespace

class TestToday : public QObject
{
    Q_OBJECT

private slots:
    void sessionsShowWithTheirWordsAndTasksStayApart()
    {
        domain::test::DomainFixture fx;
        Workspace workspace(fx.store(), fx.actor(), false);
        addMeetingToday(fx.store(), fx.actor());
        if (QTest::currentTestFailed())
            return;
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

    void readOffTheUiThreadAndLogged()
    {
        QTemporaryDir dir;
        LockSession lock(dir.filePath("lykta.db").toStdString());
        QVERIFY(lock.create(QStringLiteral("en lång och trygg lösenfras"),
                            QStringLiteral("en lång och trygg lösenfras")));
        const store::Actor actor{sync::newUuidV7(), sync::newUuidV7()};
        fillUnit(*lock.store(), actor);
        if (QTest::currentTestFailed())
            return;
        Workspace workspace(*lock.store(), actor, false);
        ReadWorker reader(lock.storeOptions());
        workspace.setReader(&reader);

        TodayModel today;
        today.setWorkspace(&workspace);
        QVERIFY(today.busy()); // the UI thread did not wait for the agenda
        QCOMPARE(agendaReads(*lock.store(), actor.staffId), std::size_t{0});
        QTRY_VERIFY(!today.busy());
        QCOMPARE(today.rowCount(), 1);
        QCOMPARE(today.data(today.index(0), TodayModel::TitleRole).toString(),
                 QString("Torsdagsgruppen, träff 1"));
        // Shown, and logged once: by the UI thread, when the rows arrived.
        QCOMPARE(agendaReads(*lock.store(), actor.staffId), std::size_t{1});

        // A meeting added elsewhere (a sync) shows after the next read.
        const auto groups = domain::GroupService(*lock.store()).groups(actor.unitId);
        QVERIFY(groups && groups->size() == 1);
        QVERIFY(
            domain::GroupService(*lock.store())
                .addSession(
                    actor,
                    {{}, {}, groups->front().id, 0, QDate::currentDate().addDays(1), "Vänskap"}));
        workspace.notifyChanged();
        QTRY_COMPARE(today.rowCount(), 2);
        QCOMPARE(agendaReads(*lock.store(), actor.staffId), std::size_t{2});
    }
};

QTEST_GUILESS_MAIN(TestToday)
#include "tst_today.moc"
