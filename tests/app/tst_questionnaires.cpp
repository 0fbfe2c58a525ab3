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
};

QTEST_GUILESS_MAIN(TestQuestionnaires)
#include "tst_questionnaires.moc"
