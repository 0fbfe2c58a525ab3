#include "domaintestutil.h"
#include "groupservice.h"
#include "questionnaireinstrument.h"
#include "questionnaireservice.h"

#include <QtTest>

using namespace lykta;
using namespace lykta::domain;

class TestQuestionnaireService : public QObject
{
    Q_OBJECT

    static std::string member(test::DomainFixture &fx)
    {
        GroupService groups(fx.store());
        Group g;
        g.name = QStringLiteral("G");
        g.minAge = 13;
        g.maxAge = 18;
        g.startDate = QDate(2024, 1, 10);
        auto gid = groups.createGroup(fx.actor(), g);
        return *groups.addMember(fx.actor(), {{}, {}, *gid, {}, QStringLiteral("K7"), 15});
    }

private slots:
    // Sessions every Wednesday from 01-10 to 03-13; the last is cancelled, so "after" is
    // 03-06. A child who joins on 02-01 has "before" at their first session, 02-07; one who
    // joined before the start has it at 01-10; one who joins after 03-06 cannot be scheduled.
    void lateJoinerGetsTheirOwnDates()
    {
        test::DomainFixture fx;
        GroupService groups(fx.store());
        Group g;
        g.name = QStringLiteral("G");
        g.minAge = 7;
        g.maxAge = 12;
        g.startDate = QDate(2024, 1, 10);
        auto gid = groups.createGroup(fx.actor(), g);
        QuestionnaireService q(fx.store());
        GroupMember early{{}, {}, *gid, {}, QStringLiteral("Blå"), 9, QDate(2023, 12, 1)};
        GroupMember late{{}, {}, *gid, {}, QStringLiteral("Grön"), 9, QDate(2024, 2, 1)};
        GroupMember tooLate{{}, {}, *gid, {}, QStringLiteral("Röd"), 9, QDate(2024, 3, 7)};
        const std::string e = *groups.addMember(fx.actor(), early);
        const std::string l = *groups.addMember(fx.actor(), late);
        const std::string t = *groups.addMember(fx.actor(), tooLate);

        const auto before = fx.outboxSize();
        auto none = q.scheduleMember(fx.actor(), e, QStringLiteral("SDQ"));
        QCOMPARE(none.error().code, DomainErrc::Empty);
        QCOMPARE(none.error().field, std::string("sessions"));
        QCOMPARE(fx.outboxSize(), before);

        ProgrammePlan plan{*gid, QDate(2024, 1, 10), Qt::Wednesday, QTime(15, 0), 10, {}};
        for (int i = 0; i < 10; ++i)
            plan.themes << QStringLiteral("T%1").arg(i);
        auto ids = groups.planProgramme(fx.actor(), plan);
        QVERIFY(ids.ok());
        QVERIFY(groups.cancelSession(fx.actor(), ids->back()).ok()); // 03-13

        auto earlyDates = q.memberDates(e);
        QCOMPARE(earlyDates->before, QDate(2024, 1, 10));
        QCOMPARE(earlyDates->after, QDate(2024, 3, 6));
        auto lateIds = q.scheduleMember(fx.actor(), l, QStringLiteral("SDQ"));
        QVERIFY(lateIds.ok());
        auto s = q.schedules("group_member", l);
        QCOMPARE(s->size(), std::size_t{3});
        QCOMPARE(s->at(0).dueDate, QDate(2024, 2, 7));
        QCOMPARE(s->at(1).dueDate, QDate(2024, 3, 6));
        QCOMPARE(s->at(2).dueDate, QDate(2024, 9, 6));

        auto refused = q.scheduleMember(fx.actor(), t, QStringLiteral("SDQ"));
        QCOMPARE(refused.error().code, DomainErrc::WrongState);
        QCOMPARE(refused.error().field, std::string("joined_date"));
        QCOMPARE(q.schedules("group_member", t)->size(), std::size_t{0});
    }

    void beforeAfterAndSixMonths()
    {
        test::DomainFixture fx;
        const std::string m = member(fx);
        QuestionnaireService q(fx.store());
        auto ids = q.scheduleStandard(fx.actor(), "group_member", m, QStringLiteral("KASAM"),
                                      QDate(2024, 1, 10), QDate(2024, 3, 31));
        QVERIFY(ids.ok());
        QCOMPARE(ids->size(), std::size_t{3});
        auto s = q.schedules("group_member", m);
        QCOMPARE(s->size(), std::size_t{3});
        QCOMPARE(s->at(0).timepoint, QuestionnaireSchedule::Timepoint::Before);
        QCOMPARE(s->at(1).timepoint, QuestionnaireSchedule::Timepoint::After);
        QCOMPARE(s->at(2).timepoint, QuestionnaireSchedule::Timepoint::FollowUp6Months);
        QCOMPARE(s->at(2).dueDate, QDate(2024, 9, 30)); // Qt's calendar: 31 March + 6 months

        QVERIFY(q.recordScore(fx.actor(), ids->at(0), 52.5, QDate(2024, 1, 10)).ok());
        auto scores = q.scores(ids->at(0));
        QCOMPARE(scores->size(), std::size_t{1});
        QCOMPARE(scores->front().score, 52.5);
    }

    void invalidInputIsRefused()
    {
        test::DomainFixture fx;
        const std::string m = member(fx);
        QuestionnaireService q(fx.store());
        const auto before = fx.outboxSize();
        QCOMPARE(q.scheduleStandard(fx.actor(), "group_member", m, {}, QDate(2024, 1, 1),
                                    QDate(2024, 2, 1))
                     .error()
                     .field,
                 std::string("instrument"));
        QCOMPARE(q.scheduleStandard(fx.actor(), "group_member", m, QStringLiteral("SDQ"),
                                    QDate(2024, 2, 1), QDate(2024, 1, 1))
                     .error()
                     .field,
                 std::string("after"));
        QCOMPARE(fx.outboxSize(), before);
        auto ids = q.scheduleStandard(fx.actor(), "group_member", m, QStringLiteral("SDQ"),
                                      QDate(2024, 1, 1), QDate(2024, 2, 1));
        QCOMPARE(
            q.recordScore(fx.actor(), ids->at(0), std::nan(""), QDate(2024, 1, 1)).error().code,
            DomainErrc::OutOfRange);
        QCOMPARE(
            q.recordScore(fx.actor(), ids->at(0), 3, QDate::currentDate().addDays(2)).error().code,
            DomainErrc::InvalidDate);
    }

    void scoreMustLieInTheInstrumentsRange()
    {
        test::DomainFixture fx;
        const std::string m = member(fx);
        QuestionnaireService q(fx.store());
        const QDate day(2024, 1, 10);
        auto sdq = q.scheduleStandard(fx.actor(), "group_member", m, QStringLiteral("sdq"), day,
                                      day.addMonths(3));
        auto ladder = q.scheduleStandard(fx.actor(), "group_member", m,
                                         QStringLiteral("Livsstegen"), day, day.addMonths(3));
        auto own = q.scheduleStandard(fx.actor(), "group_member", m,
                                      QStringLiteral("Enhetens egen enkät"), day, day.addMonths(3));
        const auto before = fx.outboxSize();
        auto tooHigh = q.recordScore(fx.actor(), sdq->at(0), 41, day);
        QCOMPARE(tooHigh.error().code, DomainErrc::OutOfRange);
        QCOMPARE(tooHigh.error().field, std::string("score"));
        QCOMPARE(q.recordScore(fx.actor(), sdq->at(0), -1, day).error().code,
                 DomainErrc::OutOfRange);
        QCOMPARE(q.recordScore(fx.actor(), ladder->at(0), 10.5, day).error().code,
                 DomainErrc::OutOfRange);
        QCOMPARE(fx.outboxSize(), before);
        QVERIFY(q.scores(sdq->at(0))->empty());

        QVERIFY(q.recordScore(fx.actor(), sdq->at(0), 40, day).ok());
        QVERIFY(q.recordScore(fx.actor(), ladder->at(0), 0, day).ok());
        QVERIFY(q.recordScore(fx.actor(), own->at(0), 250, day).ok()); // no known range
        QCOMPARE(scoreRange(QStringLiteral(" KASAM-13 "))->max, 91.0);
        QVERIFY(!scoreRange(QStringLiteral("Enhetens egen enkät")));
    }
};

QTEST_GUILESS_MAIN(TestQuestionnaireService)
#include "tst_questionnaireservice.moc"
