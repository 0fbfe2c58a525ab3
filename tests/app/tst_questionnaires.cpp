// Follow-up questionnaires for a group's children: scheduling before / after / +6 months for
// every child at once, what is due, entering a score with its message in place (the
// instrument's range, a decimal comma), and the change since "before".

#include "domaintestutil.h"
#include "groupservice.h"
#include "questionnairemodel.h"
#include "questionnaireservice.h"

#include <QLocale>
#include <QTest>

using namespace lykta;
using namespace lykta::app;

class TestQuestionnaires : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::Swedish, QLocale::Sweden)); }

    void scheduleEnterScoresAndSeeTheChange()
    {
        domain::test::DomainFixture fx;
        Workspace workspace(fx.store(), fx.actor(), false);
        domain::GroupService groups(fx.store());
        domain::Group g;
        g.name = "Tisdagsgruppen";
        g.minAge = 7;
        g.maxAge = 12;
        g.startDate = QDate::currentDate().addDays(-60);
        const auto group = groups.createGroup(fx.actor(), g);
        QVERIFY(groups.addMember(fx.actor(), {{}, {}, *group, {}, "Blå", 8}));
        QVERIFY(groups.addMember(fx.actor(), {{}, {}, *group, {}, "Grön", 10}));

        QuestionnaireModel model;
        model.setWorkspace(&workspace);
        model.setGroupId(QString::fromStdString(*group));
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.knownInstruments().contains("Livsstegen"));

        const QString before = QDate::currentDate().addDays(-60).toString(Qt::ISODate);
        const QString after = QDate::currentDate().addDays(10).toString(Qt::ISODate);
        QVERIFY(!model.scheduleGroup("Livsstegen", after, before)); // after before before
        QCOMPARE(model.errorText(), QString("Datumet är inte giltigt."));
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.scheduleGroup("  ", before, after));
        QCOMPARE(model.errorText(), QString("Fältet får inte vara tomt."));

        QVERIFY2(model.scheduleGroup("Livsstegen", before, after), qPrintable(model.errorText()));
        QCOMPARE(model.rowCount(), 6); // two children, three times each
        // Scheduling again adds nothing for children who have the instrument already.
        QVERIFY(model.scheduleGroup("livsstegen", before, after));
        QCOMPARE(model.rowCount(), 6);

        const auto at = [&](int row, int role) {
            return model.data(model.index(row), role);
        };
        QCOMPARE(at(0, QuestionnaireModel::AliasRole).toString(), QString("Blå"));
        QCOMPARE(at(0, QuestionnaireModel::TimepointTextRole).toString(), QString("Före"));
        QCOMPARE(at(1, QuestionnaireModel::TimepointTextRole).toString(), QString("Efter"));
        QCOMPARE(at(2, QuestionnaireModel::TimepointTextRole).toString(),
                 QString("Uppföljning efter 6 månader"));
        QCOMPARE(at(0, QuestionnaireModel::StatusRole).toString(), QString("due"));
        QCOMPARE(at(1, QuestionnaireModel::StatusRole).toString(), QString("upcoming"));
        QCOMPARE(at(0, QuestionnaireModel::RangeRole).toString(), QString("0–10"));
        QCOMPARE(model.dueCount(), 2); // each child's "before"

        const QString blueBefore = at(0, QuestionnaireModel::ScheduleIdRole).toString();
        const QString blueAfter = at(1, QuestionnaireModel::ScheduleIdRole).toString();
        const auto outbox = fx.outboxSize();
        QVERIFY(!model.recordScore(blueBefore, "11"));
        QCOMPARE(at(0, QuestionnaireModel::ErrorRole).toString(),
                 QString("Poängen för Livsstegen ska vara mellan 0 och 10."));
        QVERIFY(!model.recordScore(blueBefore, "fyra"));
        QCOMPARE(at(0, QuestionnaireModel::ErrorRole).toString(),
                 QString("Poängen ska vara ett tal."));
        QVERIFY(!model.recordScore(blueBefore, ""));
        QCOMPARE(at(0, QuestionnaireModel::ErrorRole).toString(), QString("Skriv poängen."));
        QVERIFY(!model.recordScore(blueBefore, "4",
                                   QDate::currentDate().addDays(3).toString(Qt::ISODate)));
        QCOMPARE(at(0, QuestionnaireModel::ErrorRole).toString(),
                 QString("Datumet är inte giltigt."));
        QCOMPARE(fx.outboxSize(), outbox);
        QVERIFY(at(1, QuestionnaireModel::ErrorRole).toString().isEmpty()); // only that row

        QVERIFY(model.recordScore(blueBefore, "4,5"));
        QVERIFY(at(0, QuestionnaireModel::ErrorRole).toString().isEmpty());
        QCOMPARE(at(0, QuestionnaireModel::StatusRole).toString(), QString("done"));
        QCOMPARE(at(0, QuestionnaireModel::ScoreTextRole).toString(), QString("4,5"));
        QCOMPARE(model.dueCount(), 1);
        QVERIFY(model.recordScore(blueAfter, "7"));
        QCOMPARE(at(1, QuestionnaireModel::ScoreTextRole).toString(), QString("7"));
        QCOMPARE(at(1, QuestionnaireModel::ChangeTextRole).toString(),
                 QString("+2,5 jämfört med före"));
        QVERIFY(at(0, QuestionnaireModel::ChangeTextRole).toString().isEmpty());
        const auto scores =
            domain::QuestionnaireService(fx.store()).scores(blueAfter.toStdString());
        QCOMPARE(scores->size(), std::size_t{1});
        QCOMPARE(scores->front().score, 7.0);
    }

    // Each child's own dates: before at their first session after joining, after at the
    // group's last; a late joiner's "before" is later; one who joins after the last session
    // is refused and can be scheduled on typed dates; a date can be moved per child, with
    // every bad date refused on that child's row.
    void eachMemberHasTheirOwnDates()
    {
        domain::test::DomainFixture fx;
        Workspace workspace(fx.store(), fx.actor(), false);
        domain::GroupService groups(fx.store());
        domain::Group g;
        g.name = "Onsdagsgruppen";
        g.minAge = 7;
        g.maxAge = 12;
        g.startDate = QDate(2024, 1, 10);
        const auto group = groups.createGroup(fx.actor(), g);
        QVERIFY(groups.addMember(fx.actor(), {{}, {}, *group, {}, "Blå", 8, QDate(2024, 1, 1)}));
        QVERIFY(groups.addMember(fx.actor(), {{}, {}, *group, {}, "Grön", 9, QDate(2024, 2, 1)}));

        QuestionnaireModel model;
        model.setWorkspace(&workspace);
        model.setGroupId(QString::fromStdString(*group));
        const auto outbox = fx.outboxSize();
        QVERIFY(!model.scheduleGroup("SDQ", "", ""));
        QCOMPARE(model.errorText(),
                 QString("Gruppen har inga träffar än. Planera träffarna först, eller skriv "
                         "datumen."));
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(fx.outboxSize(), outbox);

        domain::ProgrammePlan plan{*group, QDate(2024, 1, 10), Qt::Wednesday, QTime(15, 0), 9, {}};
        for (int i = 0; i < 9; ++i)
            plan.themes << QStringLiteral("Tema %1").arg(i + 1);
        QVERIFY(groups.planProgramme(fx.actor(), plan)); // 01-10 … 03-06
        QVERIFY(groups.addMember(fx.actor(), {{}, {}, *group, {}, "Röd", 9, QDate(2024, 3, 7)}));

        QVERIFY(!model.scheduleGroup("SDQ", "", ""));
        QCOMPARE(model.errorText(),
                 QString("Barnet kom med efter gruppens sista träff. Skriv datumen för "
                         "skattningen."));
        QCOMPARE(model.rowCount(), 6); // Blå and Grön are scheduled, Röd is not

        const auto rowOf = [&](const QString &alias, const QString &timepoint) {
            for (int i = 0; i < model.rowCount(); ++i) {
                const auto at = model.index(i);
                if (at.data(QuestionnaireModel::AliasRole).toString() == alias &&
                    at.data(QuestionnaireModel::TimepointTextRole).toString() == timepoint)
                    return i;
            }
            return -1;
        };
        const auto due = [&](const QString &alias, const QString &timepoint) {
            return model.data(model.index(rowOf(alias, timepoint)), QuestionnaireModel::DueDateRole)
                .toString();
        };
        const QString followUp = "Uppföljning efter 6 månader";
        QCOMPARE(due("Blå", "Före"), QString("2024-01-10"));
        QCOMPARE(due("Grön", "Före"), QString("2024-02-07")); // the late joiner's own
        QCOMPARE(due("Blå", "Efter"), QString("2024-03-06"));
        QCOMPARE(due("Grön", "Efter"), QString("2024-03-06"));
        QCOMPARE(due("Grön", followUp), QString("2024-09-06"));

        // The child who came after the last session gets typed dates; the others keep theirs.
        QVERIFY2(model.scheduleGroup("SDQ", "2024-03-13", "2024-04-24"),
                 qPrintable(model.errorText()));
        QCOMPARE(model.rowCount(), 9);
        QCOMPARE(due("Röd", "Före"), QString("2024-03-13"));
        QCOMPARE(due("Röd", followUp), QString("2024-10-24"));
        QCOMPARE(due("Blå", "Före"), QString("2024-01-10"));

        const auto idOf = [&](const QString &alias, const QString &timepoint) {
            return model
                .data(model.index(rowOf(alias, timepoint)), QuestionnaireModel::ScheduleIdRole)
                .toString();
        };
        const auto errorOf = [&](const QString &alias, const QString &timepoint) {
            return model.data(model.index(rowOf(alias, timepoint)), QuestionnaireModel::ErrorRole)
                .toString();
        };
        const QString order = "Skriv ett datum (ÅÅÅÅ-MM-DD) så att före ligger före efter och "
                              "efter före uppföljningen.";
        const auto unchanged = fx.outboxSize();
        QVERIFY(!model.moveDue(idOf("Grön", "Före"), "2024-03-20")); // after "after"
        QCOMPARE(errorOf("Grön", "Före"), order);
        QVERIFY(!model.moveDue(idOf("Grön", "Efter"), "2024-09-07")); // after the follow-up
        QCOMPARE(errorOf("Grön", "Efter"), order);
        QVERIFY(!model.moveDue(idOf("Grön", "Före"), "7 februari"));
        QCOMPARE(errorOf("Grön", "Före"), order);
        QVERIFY(!model.moveDue(idOf("Grön", "Före"), ""));
        QCOMPARE(fx.outboxSize(), unchanged);
        QCOMPARE(due("Grön", "Före"), QString("2024-02-07"));
        QVERIFY(errorOf("Blå", "Före").isEmpty()); // only the row that was refused

        QVERIFY2(model.moveDue(idOf("Grön", "Före"), "2024-02-14"),
                 qPrintable(errorOf("Grön", "Före")));
        QVERIFY(errorOf("Grön", "Före").isEmpty());
        QCOMPARE(due("Grön", "Före"), QString("2024-02-14"));
        QCOMPARE(due("Blå", "Före"), QString("2024-01-10"));

        // A taken questionnaire keeps the date it was due.
        QVERIFY(model.recordScore(idOf("Grön", "Före"), "12", "2024-02-14"));
        QVERIFY(!model.moveDue(idOf("Grön", "Före"), "2024-02-21"));
        QCOMPARE(errorOf("Grön", "Före"),
                 QString("Skattningen är redan tagen, så datumet ändras inte."));
        QCOMPARE(due("Grön", "Före"), QString("2024-02-14"));
    }
};

QTEST_GUILESS_MAIN(TestQuestionnaires)
#include "tst_questionnaires.moc"
