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

    // A family's and a child's page list the open tasks about them, whoever has them: the
    // concern raised in the child's conversation, a follow-up about the family or the child;
    // not another family's, not a done one. Each is a logged read. Anything but a family or
    // a child lists nothing.
    void aFamilyAndAChildSeeTheirOpenTasks()
    {
        auto w = world();
        const auto series =
            domain::ConversationService(w->fx.store()).series(w->fx.actor(), w->seriesId);
        const std::string childId = series->childId;
        const auto child = domain::FamilyService(w->fx.store()).child(w->fx.actor(), childId);
        const std::string familyId = child->familyId;
        raiseConcern(*w, 1, w->start.addDays(7));
        domain::TaskService service(w->fx.store());
        domain::Task visit;
        visit.assignee = w->managerId; // a colleague's task shows too
        visit.title = QStringLiteral("Hembesök hos familjen");
        visit.dueDate = QDate::currentDate().addDays(3);
        visit.subjectEntity = "family";
        visit.subjectId = familyId;
        QVERIFY(service.create(w->fx.actor(), visit));
        domain::Task school;
        school.assignee = w->fx.staffId();
        school.title = QStringLiteral("Ring skolan om Sara");
        school.dueDate = QDate::currentDate().addDays(1);
        school.subjectEntity = "child";
        school.subjectId = childId;
        const auto schoolId = service.create(w->fx.actor(), school);
        QVERIFY(schoolId);
        domain::FamilyService families(w->fx.store());
        const auto other = families.createFamily(w->fx.actor(), {{}, {}, "Andra", {}, {}, {}});
        domain::Task elsewhere = visit;
        elsewhere.title = QStringLiteral("Annan familj");
        elsewhere.subjectId = *other;
        QVERIFY(service.create(w->fx.actor(), elsewhere));

        Workspace workspace(w->fx.store(), w->fx.actor(), false);
        const auto titles = [](const TaskListModel &m) {
            QStringList out;
            for (int i = 0; i < m.rowCount(); ++i)
                out << m.data(m.index(i), TaskListModel::HeadlineRole).toString();
            return out;
        };
        TaskListModel family;
        family.setWorkspace(&workspace);
        family.setSubjectEntity("family");
        family.setSubjectId(QString::fromStdString(familyId));
        QCOMPARE(family.rowCount(), 3);
        QVERIFY(titles(family).contains("Hembesök hos familjen"));
        QVERIFY(titles(family).contains("Ring skolan om Sara"));
        QVERIFY(!titles(family).contains("Annan familj"));
        QCOMPARE(family.data(family.index(0), TaskListModel::IsConcernRole).toBool(), true);

        TaskListModel ofChild;
        ofChild.setWorkspace(&workspace);
        ofChild.setSubjectEntity("child");
        ofChild.setSubjectId(QString::fromStdString(childId));
        QCOMPARE(ofChild.rowCount(), 2); // the concern and the call to the school
        QVERIFY(!titles(ofChild).contains("Hembesök hos familjen"));

        QVERIFY(service.complete(w->fx.actor(), *schoolId));
        workspace.notifyChanged();
        QCOMPARE(ofChild.rowCount(), 1);
        QCOMPARE(family.rowCount(), 2);

        auto reads = service.openTasksAbout(w->fx.actor(), "group", familyId);
        QCOMPARE(reads.error().code, domain::DomainErrc::NotFound);
        TaskListModel wrong;
        wrong.setWorkspace(&workspace);
        wrong.setSubjectEntity("group");
        wrong.setSubjectId(QString::fromStdString(familyId));
        QCOMPARE(wrong.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestTasks)
#include "tst_tasks.moc"
