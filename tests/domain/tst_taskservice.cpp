// Tasks: follow-ups ticked off; concern tasks raised by a conversation with a title saying
// about whom, closed only with a record of what was done (every rule and refusal), read with
// an audit entry per task; the unit's open concerns for managers only, oldest first.

#include "conversationservice.h"
#include "conversationtemplateservice.h"
#include "domaintestutil.h"
#include "familyservice.h"
#include "taskservice.h"
#include "unitservice.h"

#include <QtTest>

using namespace lykta;
using namespace lykta::domain;

class TestTaskService : public QObject
{
    Q_OBJECT

    struct World
    {
        test::DomainFixture fx;
        std::string seriesId;
        QDate start = QDate::currentDate().addDays(-20);
    };

    static std::unique_ptr<World> world()
    {
        auto w = std::make_unique<World>();
        FamilyService families(w->fx.store());
        auto fam = families.createFamily(w->fx.actor(), {{}, {}, QStringLiteral("F"), {}, {}, {}});
        Child c;
        c.familyId = *fam;
        c.firstName = QStringLiteral("Sara");
        c.birthDate = QDate::currentDate().addYears(-10);
        const auto childId = *families.addChild(w->fx.actor(), c);
        ConversationTemplateService templates(w->fx.store());
        (void)templates.installDefaults(w->fx.actor());
        w->seriesId = *ConversationService(w->fx.store())
                           .startSeries(w->fx.actor(), childId,
                                        templates.byKind(QStringLiteral("bra"))->id, w->start);
        return w;
    }

    // A conversation flagged "concern to report" on `date`; returns its task's id.
    static std::string raiseConcern(World &w, int step, const QDate &date,
                                    const std::string &staffId = {})
    {
        Conversation c;
        c.seriesId = w.seriesId;
        c.step = step;
        c.date = date;
        c.durationMin = 45;
        c.staffId = staffId;
        c.concernToReport = true;
        const auto id = ConversationService(w.fx.store()).recordConversation(w.fx.actor(), c);
        if (!id)
            return {};
        auto tasks = TaskService(w.fx.store()).tasksAbout("conversation", *id);
        return tasks && tasks->size() == 1 ? tasks->front().id : std::string{};
    }

    static std::string addManager(test::DomainFixture &fx)
    {
        return *UnitService(fx.store())
                    .createStaff(fx.actor(), {{},
                                              fx.unitId(),
                                              QStringLiteral("Chef"),
                                              QStringLiteral("Enhetschef"),
                                              Staff::Role::Manager});
    }

    static ConcernRecord filed(const std::string &by, const QDate &date)
    {
        ConcernRecord r;
        r.outcome = ConcernRecord::Outcome::Filed;
        r.date = date;
        r.recipient = QStringLiteral("Socialtjänsten i Exempelkommunen");
        r.filedBy = by;
        r.reference = QStringLiteral("Dnr 2026-123");
        return r;
    }

private slots:
    void followUpsAreTickedOff()
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
        QCOMPARE(tasks.openTasks(fx.actor())->size(), std::size_t{1});
        QVERIFY(tasks.complete(fx.actor(), *a).ok());
        QCOMPARE(tasks.openTasks(fx.actor())->size(), std::size_t{0});
        QCOMPARE(tasks.openTasks({other, fx.unitId()})->size(), std::size_t{1});
        QCOMPARE(tasks.complete(fx.actor(), *a).error().code, DomainErrc::WrongState);
        QCOMPARE(tasks.complete(fx.actor(), "no-such-task").error().code, DomainErrc::NotFound);
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
        // A concern task comes only from its conversation.
        t.title = QStringLiteral("Orosanmälan");
        t.kind = Task::Kind::ConcernReport;
        const auto before = fx.outboxSize();
        QCOMPARE(tasks.create(fx.actor(), t).error().field, std::string("kind"));
        QCOMPARE(fx.outboxSize(), before);
    }

    void aConcernTaskSaysAboutWhomAndLinksItsConversation()
    {
        auto w = world();
        const auto id = raiseConcern(*w, 1, w->start.addDays(14));
        QVERIFY(!id.empty());
        auto task = TaskService(w->fx.store()).task(w->fx.actor(), id);
        QVERIFY(task.ok());
        QCOMPARE(task->kind, Task::Kind::ConcernReport);
        QCOMPARE(task->title, QStringLiteral("Sara (BRA-samtal 2)"));
        QCOMPARE(task->subjectEntity, std::string("conversation"));
        QCOMPARE(task->dueDate, w->start.addDays(14));
        QVERIFY(!task->concern);
    }

    void readingTasksIsLoggedPerTask()
    {
        auto w = world();
        const auto id = raiseConcern(*w, 0, w->start);
        TaskService tasks(w->fx.store());
        Task call;
        call.assignee = w->fx.staffId();
        call.title = "Ring skolan";
        const auto other = tasks.create(w->fx.actor(), call);
        QVERIFY(other);
        const auto before = w->fx.auditCount(id, "read");
        const auto otherBefore = w->fx.auditCount(*other, "read");
        QCOMPARE(tasks.openTasks(w->fx.actor())->size(), std::size_t{2});
        QCOMPARE(w->fx.auditCount(id, "read"), before + 1);
        QCOMPARE(w->fx.auditCount(*other, "read"), otherBefore + 1);
        QVERIFY(tasks.task(w->fx.actor(), id).ok());
        QCOMPARE(w->fx.auditCount(id, "read"), before + 2);
        QCOMPARE(w->fx.auditCount(*other, "read"), otherBefore + 1);
    }

    void aConcernCannotBeTickedOff()
    {
        auto w = world();
        const auto id = raiseConcern(*w, 0, w->start);
        TaskService tasks(w->fx.store());
        const auto before = w->fx.outboxSize();
        auto r = tasks.complete(w->fx.actor(), id);
        QCOMPARE(r.error().code, DomainErrc::WrongState);
        QCOMPARE(r.error().field, std::string("kind"));
        QCOMPARE(w->fx.outboxSize(), before);
        QCOMPARE(tasks.openTasks(w->fx.actor())->size(), std::size_t{1});
    }

    void aFiledReportClosesTheTaskWithItsRecord()
    {
        auto w = world();
        const auto id = raiseConcern(*w, 0, w->start);
        TaskService tasks(w->fx.store());
        const auto before = w->fx.outboxSize();
        QVERIFY(tasks.completeConcern(w->fx.actor(), id, filed(w->fx.staffId(), w->start)).ok());
        QVERIFY(w->fx.outboxSize() > before); // it syncs
        QCOMPARE(tasks.openTasks(w->fx.actor())->size(), std::size_t{0});
        auto task = tasks.task(w->fx.actor(), id);
        QVERIFY(task->done);
        QVERIFY(task->concern);
        QCOMPARE(task->concern->outcome, ConcernRecord::Outcome::Filed);
        QCOMPARE(task->concern->date, w->start);
        QCOMPARE(task->concern->recipient, QStringLiteral("Socialtjänsten i Exempelkommunen"));
        QCOMPARE(task->concern->filedBy, w->fx.staffId());
        QCOMPARE(task->concern->reference, QStringLiteral("Dnr 2026-123"));
        QCOMPARE(task->concern->closedBy, w->fx.staffId());
        QVERIFY(!task->concern->closedAt.isEmpty());
        // Closed once: a second record is refused.
        auto again = tasks.completeConcern(w->fx.actor(), id, filed(w->fx.staffId(), w->start));
        QCOMPARE(again.error().code, DomainErrc::WrongState);
        QCOMPARE(again.error().field, std::string("done"));
    }

    void notFilingNeedsAReason()
    {
        auto w = world();
        const auto id = raiseConcern(*w, 0, w->start);
        TaskService tasks(w->fx.store());
        ConcernRecord r;
        r.outcome = ConcernRecord::Outcome::NotFiled;
        r.date = QDate::currentDate();
        r.recipient = QStringLiteral("ignored");
        r.reason = QStringLiteral("   ");
        auto refused = tasks.completeConcern(w->fx.actor(), id, r);
        QCOMPARE(refused.error().code, DomainErrc::Empty);
        QCOMPARE(refused.error().field, std::string("reason"));
        r.reason = QStringLiteral("Socialtjänsten känner redan till situationen.");
        QVERIFY(tasks.completeConcern(w->fx.actor(), id, r).ok());
        auto task = tasks.task(w->fx.actor(), id);
        QCOMPARE(task->concern->outcome, ConcernRecord::Outcome::NotFiled);
        QCOMPARE(task->concern->reason, r.reason);
        QVERIFY(task->concern->recipient.isEmpty()); // only what belongs to the outcome
    }

    void anIncompleteRecordIsRefusedAndNothingIsWritten_data()
    {
        QTest::addColumn<int>("what");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("field");
        QTest::newRow("no date") << 0 << int(DomainErrc::InvalidDate) << "date";
        QTest::newRow("in the future") << 1 << int(DomainErrc::InvalidDate) << "date";
        QTest::newRow("before the conversation") << 2 << int(DomainErrc::OutOfRange) << "date";
        QTest::newRow("no recipient") << 3 << int(DomainErrc::Empty) << "recipient";
        QTest::newRow("no filer") << 4 << int(DomainErrc::Empty) << "filed_by";
        QTest::newRow("filer not staff") << 5 << int(DomainErrc::NotFound) << "filed_by";
    }

    void anIncompleteRecordIsRefusedAndNothingIsWritten()
    {
        QFETCH(int, what);
        QFETCH(int, code);
        QFETCH(QString, field);
        auto w = world();
        const QDate held = w->start.addDays(2);
        const auto id = raiseConcern(*w, 0, held);
        ConcernRecord r = filed(w->fx.staffId(), held);
        switch (what) {
        case 0:
            r.date = {};
            break;
        case 1:
            r.date = QDate::currentDate().addDays(1);
            break;
        case 2:
            r.date = held.addDays(-1);
            break;
        case 3:
            r.recipient = QStringLiteral(" ");
            break;
        case 4:
            r.filedBy.clear();
            break;
        case 5:
            r.filedBy = "nobody";
            break;
        }
        TaskService tasks(w->fx.store());
        const auto before = w->fx.outboxSize();
        auto refused = tasks.completeConcern(w->fx.actor(), id, r);
        QVERIFY(!refused.ok());
        QCOMPARE(int(refused.error().code), code);
        QCOMPARE(QString::fromStdString(refused.error().field), field);
        QCOMPARE(w->fx.outboxSize(), before);
        QCOMPARE(tasks.openTasks(w->fx.actor())->size(), std::size_t{1});
    }

    void aFollowUpIsNotClosedAsAConcern()
    {
        test::DomainFixture fx;
        TaskService tasks(fx.store());
        Task t;
        t.assignee = fx.staffId();
        t.title = QStringLiteral("Ring skolan");
        const auto id = tasks.create(fx.actor(), t);
        auto r = tasks.completeConcern(fx.actor(), *id, filed(fx.staffId(), QDate::currentDate()));
        QCOMPARE(r.error().code, DomainErrc::WrongState);
        QCOMPARE(r.error().field, std::string("kind"));
    }

    void onlyTheAssigneeOrAManagerClosesAConcern()
    {
        auto w = world();
        const std::string colleague = w->fx.addStaff("Kollega");
        const std::string manager = addManager(w->fx);
        const auto first = raiseConcern(*w, 0, w->start);
        const auto second = raiseConcern(*w, 1, w->start.addDays(14));
        TaskService tasks(w->fx.store());
        auto refused =
            tasks.completeConcern({colleague, w->fx.unitId()}, first, filed(colleague, w->start));
        QCOMPARE(refused.error().code, DomainErrc::NotPermitted);
        QVERIFY(tasks.completeConcern({manager, w->fx.unitId()}, first, filed(colleague, w->start))
                    .ok());
        QVERIFY(tasks
                    .completeConcern(w->fx.actor(), second,
                                     filed(w->fx.staffId(), w->start.addDays(14)))
                    .ok());
    }

    void managersSeeTheUnitsOpenConcernsOldestFirst()
    {
        auto w = world();
        const std::string colleague = w->fx.addStaff("Kollega");
        const std::string manager = addManager(w->fx);
        const auto newer = raiseConcern(*w, 1, w->start.addDays(14), colleague);
        const auto older = raiseConcern(*w, 0, w->start);
        const auto closed = raiseConcern(*w, 2, w->start.addDays(16));
        TaskService tasks(w->fx.store());
        QVERIFY(tasks
                    .completeConcern(w->fx.actor(), closed,
                                     filed(w->fx.staffId(), w->start.addDays(16)))
                    .ok());
        Task followUp;
        followUp.assignee = w->fx.staffId();
        followUp.title = QStringLiteral("Ring skolan");
        followUp.dueDate = w->start.addDays(-5);
        QVERIFY(tasks.create(w->fx.actor(), followUp).ok());

        QVERIFY(tasks.isManager(manager));
        auto open = tasks.openConcernsOfUnit({manager, w->fx.unitId()});
        QVERIFY(open.ok());
        QCOMPARE(open->size(), std::size_t{2});
        QCOMPARE((*open)[0].id, older);
        QCOMPARE((*open)[1].id, newer);
        QCOMPARE((*open)[1].assignee, colleague);
    }

    void othersDoNotGetTheUnitsList()
    {
        auto w = world();
        const auto id = raiseConcern(*w, 0, w->start);
        TaskService tasks(w->fx.store());
        QVERIFY(!tasks.isManager(w->fx.staffId()));
        const auto reads = w->fx.auditCount(id, "read");
        auto refused = tasks.openConcernsOfUnit(w->fx.actor());
        QCOMPARE(refused.error().code, DomainErrc::NotPermitted);
        QCOMPARE(refused.error().field, std::string("role"));
        QCOMPARE(w->fx.auditCount(id, "read"), reads); // nothing was read
    }
};

QTEST_GUILESS_MAIN(TestTaskService)
#include "tst_taskservice.moc"
