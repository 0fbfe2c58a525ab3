#include "agenda.h"
#include "conversationservice.h"
#include "conversationtemplateservice.h"
#include "domaintestutil.h"
#include "familyservice.h"
#include "groupservice.h"

#include <QtTest>

using namespace lykta;
using namespace lykta::domain;
using Outcome = ConversationSeries::Outcome;
using Status = ConversationSeries::Status;

// Closing a conversation series with its outcome and reopening it: every transition and
// every refusal, on a real store.
class TestSeriesOutcome : public QObject
{
    Q_OBJECT

    struct World
    {
        test::DomainFixture fx;
        std::string childId;
        std::string braId;
        std::string seriesId;
        QDate today = QDate::currentDate();
        QDate start = QDate::currentDate().addDays(-30);
    };

    static std::unique_ptr<World> world()
    {
        auto w = std::make_unique<World>();
        FamilyService families(w->fx.store());
        auto fam = families.createFamily(w->fx.actor(), {{}, {}, QStringLiteral("F"), {}, {}, {}});
        Child c;
        c.familyId = *fam;
        c.firstName = QStringLiteral("Vera");
        c.birthDate = w->today.addYears(-10).addDays(-60);
        w->childId = *families.addChild(w->fx.actor(), c);
        ConversationTemplateService templates(w->fx.store());
        (void)templates.installDefaults(w->fx.actor());
        w->braId = templates.byKind(QStringLiteral("bra"))->id;
        w->seriesId = *ConversationService(w->fx.store())
                           .startSeries(w->fx.actor(), w->childId, w->braId, w->start);
        return w;
    }

    static std::string group(World &w, Group::Mode mode, int capacity = 8, int minAge = 7)
    {
        Group g;
        g.name =
            mode == Group::Mode::Anonymous ? QStringLiteral("Anonyma") : QStringLiteral("Kända");
        g.programme = QStringLiteral("Egen modell");
        g.minAge = minAge;
        g.maxAge = 12;
        g.capacity = capacity;
        g.mode = mode;
        g.startDate = w.today.addDays(-7);
        return *GroupService(w.fx.store()).createGroup(w.fx.actor(), g);
    }

    static ConversationSeries series(World &w)
    {
        return *ConversationService(w.fx.store()).series(w.fx.actor(), w.seriesId);
    }

    static SeriesClosing closing(const World &w, Outcome o, int step = -1, std::string groupId = {},
                                 QString text = {})
    {
        return {o, w.today, step, std::move(groupId), std::move(text)};
    }

    static void verifyRefused(World &w, const SeriesClosing &c, DomainErrc code, const char *field)
    {
        const auto before = w.fx.outboxSize();
        auto r = ConversationService(w.fx.store()).closeSeries(w.fx.actor(), w.seriesId, c);
        QVERIFY(!r);
        QCOMPARE(r.error().code, code);
        QCOMPARE(r.error().field, std::string(field));
        QCOMPARE(w.fx.outboxSize(), before);
        QCOMPARE(series(w).status, Status::Active);
    }

private slots:
    void eachOutcomeGivesItsStatus_data()
    {
        QTest::addColumn<int>("outcome");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("text");
        QTest::newRow("completed") << int(Outcome::None) << int(Status::Completed) << "";
        QTest::newRow("other support")
            << int(Outcome::OtherSupport) << int(Status::Completed) << "BUP";
        QTest::newRow("moved") << int(Outcome::Moved) << int(Status::Ended) << "";
        QTest::newRow("other reason")
            << int(Outcome::Other) << int(Status::Ended) << "Pappan avled";
    }
    void eachOutcomeGivesItsStatus()
    {
        QFETCH(int, outcome);
        QFETCH(int, status);
        QFETCH(QString, text);
        auto w = world();
        ConversationService conversations(w->fx.store());
        QVERIFY(conversations.closeSeries(
            w->fx.actor(), w->seriesId,
            {static_cast<Outcome>(outcome), w->today.addDays(-1), -1, {}, text}));
        const auto s = series(*w);
        QCOMPARE(int(s.status), status);
        QCOMPARE(int(s.outcome), outcome);
        QCOMPARE(s.closed, w->today.addDays(-1));
        QCOMPARE(s.outcomeText, text);
        QCOMPARE(s.declinedStep, -1);
        QVERIFY(s.referralGroupId.empty());
    }

    void declinedRecordsTheStep()
    {
        auto w = world();
        QVERIFY(ConversationService(w->fx.store())
                    .closeSeries(w->fx.actor(), w->seriesId, closing(*w, Outcome::Declined, 2)));
        const auto s = series(*w);
        QCOMPARE(s.status, Status::Declined);
        QCOMPARE(s.declinedStep, 2);
    }

    void refusals_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("field");
        QTest::newRow("declined at a step past the model")
            << 0 << int(DomainErrc::OutOfRange) << "declined_step";
        QTest::newRow("declined without a step")
            << 1 << int(DomainErrc::OutOfRange) << "declined_step";
        QTest::newRow("other support without saying which")
            << 2 << int(DomainErrc::Empty) << "outcome_text";
        QTest::newRow("another reason, blank") << 3 << int(DomainErrc::Empty) << "outcome_text";
        QTest::newRow("closed tomorrow") << 4 << int(DomainErrc::InvalidDate) << "closed";
        QTest::newRow("closed before it started") << 5 << int(DomainErrc::InvalidDate) << "closed";
        QTest::newRow("no date") << 6 << int(DomainErrc::InvalidDate) << "closed";
        QTest::newRow("referral without a group")
            << 7 << int(DomainErrc::Empty) << "referral_group_id";
        QTest::newRow("referral to a group that does not exist")
            << 8 << int(DomainErrc::NotFound) << "referral_group_id";
    }
    void refusals()
    {
        QFETCH(int, which);
        QFETCH(int, code);
        QFETCH(QString, field);
        auto w = world();
        SeriesClosing c = closing(*w, Outcome::None);
        switch (which) {
        case 0:
            c = closing(*w, Outcome::Declined, 3); // BRA has steps 0-2
            break;
        case 1:
            c = closing(*w, Outcome::Declined, -1);
            break;
        case 2:
            c = closing(*w, Outcome::OtherSupport, -1, {}, QStringLiteral("   "));
            break;
        case 3:
            c = closing(*w, Outcome::Other);
            break;
        case 4:
            c.date = w->today.addDays(1);
            break;
        case 5:
            c.date = w->start.addDays(-1);
            break;
        case 6:
            c.date = QDate();
            break;
        case 7:
            c = closing(*w, Outcome::SupportGroup);
            break;
        case 8:
            c = closing(*w, Outcome::SupportGroup, -1, "0190a1b2-0000-7000-8000-000000000000");
            break;
        }
        verifyRefused(*w, c, static_cast<DomainErrc>(code), qPrintable(field));
    }

    void closingTwiceIsRefused()
    {
        auto w = world();
        ConversationService conversations(w->fx.store());
        QVERIFY(conversations.closeSeries(w->fx.actor(), w->seriesId, closing(*w, Outcome::None)));
        const auto before = w->fx.outboxSize();
        auto again =
            conversations.closeSeries(w->fx.actor(), w->seriesId, closing(*w, Outcome::Moved));
        QCOMPARE(again.error().code, DomainErrc::WrongState);
        QCOMPARE(w->fx.outboxSize(), before);
        QCOMPARE(series(*w).outcome, Outcome::None);
    }

    void referralMakesTheChildAMember()
    {
        auto w = world();
        const std::string g = group(*w, Group::Mode::Identified);
        QVERIFY(ConversationService(w->fx.store())
                    .closeSeries(w->fx.actor(), w->seriesId,
                                 closing(*w, Outcome::SupportGroup, -1, g)));
        const auto s = series(*w);
        QCOMPARE(s.status, Status::Completed);
        QCOMPARE(s.outcome, Outcome::SupportGroup);
        QCOMPARE(s.referralGroupId, g);
        auto members = GroupService(w->fx.store()).members(w->fx.actor(), g);
        QCOMPARE(members->size(), std::size_t{1});
        QCOMPARE(members->front().childId, w->childId);
        QCOMPARE(members->front().alias, QStringLiteral("Vera"));
    }

    void referralToAnAnonymousGroupGivesTheFirstNameOnly()
    {
        auto w = world();
        const std::string g = group(*w, Group::Mode::Anonymous);
        QVERIFY(ConversationService(w->fx.store())
                    .closeSeries(w->fx.actor(), w->seriesId,
                                 closing(*w, Outcome::SupportGroup, -1, g)));
        auto members = GroupService(w->fx.store()).members(w->fx.actor(), g);
        QCOMPARE(members->size(), std::size_t{1});
        QVERIFY(members->front().childId.empty());
        QCOMPARE(members->front().alias, QStringLiteral("Vera"));
        QCOMPARE(members->front().age, 10);
    }

    void referralToAFullGroupIsRefusedWholly()
    {
        auto w = world();
        const std::string g = group(*w, Group::Mode::Anonymous, 1);
        QVERIFY(GroupService(w->fx.store())
                    .addMember(w->fx.actor(), {{}, {}, g, {}, QStringLiteral("Blå"), 9}));
        verifyRefused(*w, closing(*w, Outcome::SupportGroup, -1, g), DomainErrc::CapacityExceeded,
                      "referral_group_id");
        QCOMPARE(GroupService(w->fx.store()).members(w->fx.actor(), g)->size(), std::size_t{1});
    }

    void referralOutsideTheGroupsAgesIsRefused()
    {
        auto w = world();
        const std::string g = group(*w, Group::Mode::Identified, 8, 11); // Vera is 10
        verifyRefused(*w, closing(*w, Outcome::SupportGroup, -1, g), DomainErrc::AgeOutOfRange,
                      "referral_group_id");
    }

    void referralOfAChildAlreadyInTheGroupKeepsOneMembership()
    {
        auto w = world();
        const std::string g = group(*w, Group::Mode::Identified);
        GroupService groups(w->fx.store());
        QVERIFY(groups.addMember(w->fx.actor(), {{}, {}, g, w->childId, {}, 0}));
        QVERIFY(ConversationService(w->fx.store())
                    .closeSeries(w->fx.actor(), w->seriesId,
                                 closing(*w, Outcome::SupportGroup, -1, g)));
        QCOMPARE(series(*w).referralGroupId, g);
        QCOMPARE(groups.members(w->fx.actor(), g)->size(), std::size_t{1});
    }

    void reopenNeedsAReasonAndAClosedSeries()
    {
        auto w = world();
        ConversationService conversations(w->fx.store());
        auto active = conversations.reopenSeries(w->fx.actor(), w->seriesId, QStringLiteral("x"));
        QCOMPARE(active.error().code, DomainErrc::WrongState);
        QVERIFY(conversations.closeSeries(w->fx.actor(), w->seriesId,
                                          closing(*w, Outcome::Declined, 0)));
        const auto before = w->fx.outboxSize();
        auto blank = conversations.reopenSeries(w->fx.actor(), w->seriesId, QStringLiteral("  "));
        QCOMPARE(blank.error().code, DomainErrc::Empty);
        QCOMPARE(blank.error().field, std::string("reopen_reason"));
        QCOMPARE(w->fx.outboxSize(), before);
        QCOMPARE(series(*w).status, Status::Declined);
    }

    void reopenGoesBackToActiveWithTheReasonAndOnToday()
    {
        auto w = world();
        ConversationService conversations(w->fx.store());
        QVERIFY(conversations.closeSeries(w->fx.actor(), w->seriesId,
                                          closing(*w, Outcome::Declined, 0)));
        auto agenda = AgendaService(w->fx.store()).agenda(w->fx.actor(), w->today);
        QVERIFY(std::none_of(agenda->begin(), agenda->end(),
                             [&](const AgendaItem &i) { return i.targetId == w->seriesId; }));
        const auto changesBefore = w->fx.auditCount(w->seriesId, "change");

        QVERIFY(conversations.reopenSeries(w->fx.actor(), w->seriesId,
                                           QStringLiteral(" Familjen vill ändå fortsätta ")));
        const auto s = series(*w);
        QCOMPARE(s.status, Status::Active);
        QCOMPARE(s.outcome, Outcome::None);
        QVERIFY(!s.closed.isValid());
        QCOMPARE(s.declinedStep, -1);
        QCOMPARE(s.reopenReason, QStringLiteral("Familjen vill ändå fortsätta"));
        QCOMPARE(s.reopenedBy, w->fx.staffId());
        QCOMPARE(s.reopened, w->today);
        // Audited: the write's change entry says who reopened it and when.
        QCOMPARE(w->fx.auditCount(w->seriesId, "change"), changesBefore + 1);
        agenda = AgendaService(w->fx.store()).agenda(w->fx.actor(), w->today);
        QVERIFY(std::any_of(agenda->begin(), agenda->end(),
                            [&](const AgendaItem &i) { return i.targetId == w->seriesId; }));
        // It can be closed again.
        QVERIFY(conversations.closeSeries(w->fx.actor(), w->seriesId, closing(*w, Outcome::None)));
    }

    void reopenIsRefusedWhileAnotherSeriesOfTheModelRuns()
    {
        auto w = world();
        ConversationService conversations(w->fx.store());
        QVERIFY(conversations.closeSeries(w->fx.actor(), w->seriesId, closing(*w, Outcome::None)));
        QVERIFY(conversations.startSeries(w->fx.actor(), w->childId, w->braId, w->today));
        auto r = conversations.reopenSeries(w->fx.actor(), w->seriesId, QStringLiteral("Fel"));
        QCOMPARE(r.error().code, DomainErrc::WrongState);
        QCOMPARE(r.error().field, std::string("template_id"));
        QCOMPARE(series(*w).status, Status::Completed);
    }
};

QTEST_GUILESS_MAIN(TestSeriesOutcome)
#include "tst_seriesoutcome.moc"
