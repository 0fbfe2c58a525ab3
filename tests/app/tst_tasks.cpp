// The task screens: the staff member's open tasks (concern first, its title in words), the
// page that closes a concern only with its record (every refusal in place, nothing lost), and
// the managers' list of the unit's open concerns, oldest first with their age; a non-manager
// gets no unit list.

#include "conversationservice.h"
#include "conversationtemplateservice.h"
#include "domaintestutil.h"
#include "familyservice.h"
#include "taskeditor.h"
#include "tasklistmodel.h"
#include "taskservice.h"
#include "unitconcernmodel.h"
#include "unitservice.h"

#include <QTest>

using namespace lykta;
using namespace lykta::app;

class TestTasks : public QObject
{
    Q_OBJECT

    struct World
    {
        domain::test::DomainFixture fx;
        std::string seriesId;
        QDate start = QDate::currentDate().addDays(-10);
        std::string managerId;
    };

    static std::unique_ptr<World> world()
    {
        auto w = std::make_unique<World>();
        domain::FamilyService families(w->fx.store());
        auto fam = families.createFamily(w->fx.actor(), {{}, {}, QStringLiteral("F"), {}, {}, {}});
        domain::Child c;
        c.familyId = *fam;
        c.firstName = QStringLiteral("Sara");
        c.birthDate = QDate::currentDate().addYears(-10);
        const auto childId = *families.addChild(w->fx.actor(), c);
        domain::ConversationTemplateService templates(w->fx.store());
        (void)templates.installDefaults(w->fx.actor());
        w->seriesId = *domain::ConversationService(w->fx.store())
                           .startSeries(w->fx.actor(), childId,
                                        templates.byKind(QStringLiteral("bra"))->id, w->start);
        w->managerId = *domain::UnitService(w->fx.store())
                            .createStaff(w->fx.actor(), {{},
                                                         w->fx.unitId(),
                                                         QStringLiteral("Lena Chef"),
                                                         QStringLiteral("Enhetschef"),
                                                         domain::Staff::Role::Manager});
        return w;
    }

    static void raiseConcern(World &w, int step, const QDate &date)
    {
        domain::Conversation c;
        c.seriesId = w.seriesId;
        c.step = step;
        c.date = date;
        c.durationMin = 45;
        c.concernToReport = true;
        QVERIFY(domain::ConversationService(w.fx.store()).recordConversation(w.fx.actor(), c));
    }

private slots:
    void theListShowsConcernsFirstInWords()
    {
        auto w = world();
        domain::Task call;
        call.assignee = w->fx.staffId();
        call.title = QStringLiteral("Ring skolan");
        call.dueDate = QDate::currentDate().addDays(-30);
        QVERIFY(domain::TaskService(w->fx.store()).create(w->fx.actor(), call));
        raiseConcern(*w, 1, w->start.addDays(7));
        Workspace workspace(w->fx.store(), w->fx.actor(), false);
        TaskListModel tasks;
        tasks.setWorkspace(&workspace);
        QCOMPARE(tasks.rowCount(), 2);
        const auto at = [&](int row, int role) {
            return tasks.data(tasks.index(row), role);
        };
        QCOMPARE(at(0, TaskListModel::HeadlineRole).toString(),
                 QString("Orosanmälan: Sara (BRA-samtal 2)"));
        QVERIFY(at(0, TaskListModel::IsConcernRole).toBool());
        QVERIFY(at(0, TaskListModel::UrgentRole).toBool());
        QCOMPARE(at(0, TaskListModel::BadgeRole).toString(), QString("Öppen i 3 dagar"));
        QCOMPARE(at(1, TaskListModel::HeadlineRole).toString(), QString("Ring skolan"));
        QVERIFY(!at(1, TaskListModel::IsConcernRole).toBool());
        QVERIFY(!tasks.isManager());
    }

    void aConcernClosesOnlyWithItsRecord()
    {
        auto w = world();
        raiseConcern(*w, 0, w->start);
        Workspace workspace(w->fx.store(), w->fx.actor(), false);
        TaskListModel tasks;
        tasks.setWorkspace(&workspace);
        const QString id = tasks.data(tasks.index(0), TaskListModel::IdRole).toString();

        TaskEditor editor;
        editor.setWorkspace(&workspace);
        editor.setTaskId(id);
        QVERIFY(editor.isConcern());
        QVERIFY(!editor.done());
        QCOMPARE(editor.headline(), QString("Orosanmälan: Sara (BRA-samtal 1)"));
        QVERIFY(!editor.conversationId().isEmpty()); // the page opens it
        QCOMPARE(QString::fromStdString(w->seriesId), editor.seriesId());
        QCOMPARE(editor.stepName(), QString("Inledande samtal med förälder och barn"));
        QCOMPARE(editor.staffChoices().size(), 2);
        QCOMPARE(editor.property("filedBy").toString(), QString::fromStdString(w->fx.staffId()));

        // Ticking it off is refused, with words saying what is needed.
        QVERIFY(!editor.markDone());
        QVERIFY(editor.errorText().contains("registrera vad som gjordes"));

        // Filed without saying to whom: the field says so, nothing is written or lost.
        const auto before = w->fx.outboxSize();
        editor.setProperty("reference", QStringLiteral("Dnr 7"));
        QVERIFY(!editor.closeConcern());
        QVERIFY(editor.fieldErrors().contains("recipient"));
        QCOMPARE(editor.property("reference").toString(), QString("Dnr 7"));
        QCOMPARE(w->fx.outboxSize(), before);

        // A date before the conversation, and one in the future.
        editor.setProperty("recipient", QStringLiteral("Socialtjänsten Exempelkommunen"));
        editor.setProperty("date", w->start.addDays(-1).toString(Qt::ISODate));
        QVERIFY(!editor.closeConcern());
        QVERIFY(editor.fieldErrors().value("date").toString().contains("före samtalet"));
        editor.setProperty("date", QDate::currentDate().addDays(1).toString(Qt::ISODate));
        QVERIFY(!editor.closeConcern());
        QVERIFY(editor.fieldErrors().contains("date"));

        // Not filed needs a reason.
        editor.setProperty("filed", false);
        editor.setProperty("date", QDate::currentDate().toString(Qt::ISODate));
        QVERIFY(!editor.closeConcern());
        QVERIFY(editor.fieldErrors().value("reason").toString().contains("varför"));
        QCOMPARE(w->fx.outboxSize(), before);

        editor.setProperty("filed", true);
        QVERIFY(editor.closeConcern());
        QVERIFY(editor.done());
        QVERIFY(editor.recordText().contains("Socialtjänsten Exempelkommunen"));
        QVERIFY(editor.recordText().contains("Dnr 7"));
        QCOMPARE(tasks.rowCount(), 0); // the list followed
    }

    void aFollowUpIsMarkedDone()
    {
        auto w = world();
        domain::Task call;
        call.assignee = w->fx.staffId();
        call.title = QStringLiteral("Ring skolan");
        const auto id = domain::TaskService(w->fx.store()).create(w->fx.actor(), call);
        Workspace workspace(w->fx.store(), w->fx.actor(), false);
        TaskEditor editor;
        editor.setWorkspace(&workspace);
        editor.setTaskId(QString::fromStdString(*id));
        QVERIFY(!editor.isConcern());
        QVERIFY(editor.markDone());
        QVERIFY(editor.done());
        QVERIFY(!editor.markDone());
        QCOMPARE(editor.errorText(), QString("Uppgiften är redan stängd."));
    }

    void aColleagueCannotCloseSomeoneElsesConcern()
    {
        auto w = world();
        raiseConcern(*w, 0, w->start);
        const auto id = domain::TaskService(w->fx.store()).openTasks(w->fx.actor())->front().id;
        const std::string colleague = w->fx.addStaff("Kollega");
        Workspace workspace(w->fx.store(), {colleague, w->fx.unitId()}, false);
        TaskEditor editor;
        editor.setWorkspace(&workspace);
        editor.setTaskId(QString::fromStdString(id));
        editor.setProperty("recipient", QStringLiteral("Socialtjänsten"));
        QVERIFY(!editor.closeConcern());
        QVERIFY(editor.errorText().contains("chef"));
        QVERIFY(!editor.done());
    }

    void managersSeeTheUnitsConcernsOldestFirst()
    {
        auto w = world();
        raiseConcern(*w, 1, w->start.addDays(7));
        raiseConcern(*w, 0, w->start);
        Workspace workspace(w->fx.store(), {w->managerId, w->fx.unitId()}, false);
        UnitConcernModel unit;
        unit.setWorkspace(&workspace);
        QVERIFY(unit.permitted());
        QCOMPARE(unit.rowCount(), 2);
        const auto at = [&](int row, int role) {
            return unit.data(unit.index(row), role);
        };
        QCOMPARE(at(0, UnitConcernModel::HeadlineRole).toString(),
                 QString("Orosanmälan: Sara (BRA-samtal 1)"));
        QCOMPARE(at(0, UnitConcernModel::AgeDaysRole).toInt(), 10);
        QCOMPARE(at(0, UnitConcernModel::AgeRole).toString(), QString("Öppen i 10 dagar"));
        QCOMPARE(at(1, UnitConcernModel::AgeDaysRole).toInt(), 3);
        QVERIFY(at(0, UnitConcernModel::DetailRole).toString().startsWith("Testa Person"));

        TaskListModel own;
        own.setWorkspace(&workspace);
        QVERIFY(own.isManager());
        QCOMPARE(own.rowCount(), 0); // the manager's own list holds only her tasks
    }

    void aNonManagerGetsNoUnitList()
    {
        auto w = world();
        raiseConcern(*w, 0, w->start);
        Workspace workspace(w->fx.store(), w->fx.actor(), false);
        UnitConcernModel unit;
        unit.setWorkspace(&workspace);
        QVERIFY(!unit.permitted());
        QCOMPARE(unit.rowCount(), 0);
        QVERIFY(unit.errorText().contains("chefer"));
    }
};

QTEST_GUILESS_MAIN(TestTasks)
#include "tst_tasks.moc"
