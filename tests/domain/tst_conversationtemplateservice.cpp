#include "conversationservice.h"
#include "conversationtemplateservice.h"
#include "domaintestutil.h"
#include "familyservice.h"

#include <QtTest>

using namespace lykta;
using namespace lykta::domain;

class TestConversationTemplateService : public QObject
{
    Q_OBJECT

private slots:
    void defaultsAreTheThreeModels()
    {
        test::DomainFixture fx;
        ConversationTemplateService templates(fx.store());
        auto n = templates.installDefaults(fx.actor());
        QVERIFY(n.ok());
        QCOMPARE(*n, std::size_t{3});

        auto bra = templates.byKind(QStringLiteral("bra"));
        QVERIFY(bra.ok());
        QCOMPARE(bra->name, QStringLiteral("BRA-samtal"));
        QCOMPARE(bra->minAge, 7);
        QCOMPARE(bra->maxAge, 18);
        QCOMPARE(bra->steps.size(), std::size_t{3});
        QCOMPARE(bra->steps[0].participants, Participants::ParentsAndChild);
        QCOMPARE(bra->steps[1].participants, Participants::Child);

        auto fbt = templates.byKind(QStringLiteral("fbt"));
        QCOMPARE(fbt->steps.size(), std::size_t{3});
        QCOMPARE(fbt->steps[0].participants, Participants::Parents);
        QCOMPARE(fbt->steps[1].participants, Participants::Parents);
        QCOMPARE(fbt->steps[2].participants, Participants::Network);
        QVERIFY(fbt->steps[2].optional);

        auto beardslee = templates.byKind(QStringLiteral("beardslee"));
        QCOMPARE(beardslee->minAge, 8);
        QCOMPARE(beardslee->maxAge, 15);
        QCOMPARE(beardslee->steps[2].participants, Participants::Child);
        QCOMPARE(beardslee->steps[4].participants, Participants::Family);
    }

    void defaultsCarryNamesOnlyNoGuideTexts()
    {
        // Step names are short labels; anything that reads like a guide's question is out.
        for (const auto &t : ConversationTemplateService::defaults()) {
            for (const auto &s : t.steps) {
                QVERIFY2(s.name.size() <= 60, qPrintable(s.name));
                QVERIFY2(!s.name.contains(QLatin1Char('?')), qPrintable(s.name));
            }
        }
    }

    void installingTwiceAddsNothing()
    {
        test::DomainFixture fx;
        ConversationTemplateService templates(fx.store());
        QVERIFY(templates.installDefaults(fx.actor()).ok());
        const auto before = fx.outboxSize();
        QCOMPARE(*templates.installDefaults(fx.actor()), std::size_t{0});
        QCOMPARE(fx.outboxSize(), before);
        QCOMPARE(templates.all().size(), std::size_t{3});
    }

    // A unit that removed one of Lykta's models does not get it back with the next sync.
    void aRemovedModelIsNotInstalledAgain()
    {
        test::DomainFixture fx;
        ConversationTemplateService templates(fx.store());
        QVERIFY(templates.installDefaults(fx.actor()).ok());
        auto fbt = templates.byKind(QStringLiteral("fbt"));
        QVERIFY(fbt.ok());
        QVERIFY(fx.store().write(
            fx.actor(), {store::ChangeKind::Delete, "conversation_template", fbt->id, {}}));
        QCOMPARE(*templates.installDefaults(fx.actor()), std::size_t{0});
        QCOMPARE(templates.all().size(), std::size_t{2});
    }

    void organisationsCanEditTemplates()
    {
        test::DomainFixture fx;
        ConversationTemplateService templates(fx.store());
        (void)templates.installDefaults(fx.actor());
        auto bra = *templates.byKind(QStringLiteral("bra"));
        bra.steps[2].followUpDays = 60;
        QVERIFY(templates.update(fx.actor(), bra).ok());
        QCOMPARE(templates.get(bra.id)->steps[2].followUpDays, 60);

        ConversationTemplate own{{},
                                 QStringLiteral("Vårt samtal"),
                                 QStringLiteral("own"),
                                 3,
                                 45,
                                 {{QStringLiteral("Samtal"), Participants::Child, 0, false}}};
        QCOMPARE(templates.create(fx.actor(), own).error().code, DomainErrc::AgeOutOfRange);
        own.maxAge = 12;
        own.steps.clear();
        QCOMPARE(templates.create(fx.actor(), own).error().field, std::string("steps"));
        own.steps.push_back({QStringLiteral("Samtal"), Participants::Child, -1, false});
        QCOMPARE(templates.create(fx.actor(), own).error().code, DomainErrc::OutOfRange);
        own.steps.back().followUpDays = 7;
        QVERIFY(templates.create(fx.actor(), own).ok());
    }

    void aSeriesKeepsTheVersionItStartedFrom()
    {
        test::DomainFixture fx;
        ConversationTemplateService templates(fx.store());
        (void)templates.installDefaults(fx.actor());
        FamilyService families(fx.store());
        auto fam = families.createFamily(fx.actor(), {{}, {}, QStringLiteral("F"), {}, {}, {}});
        Child c;
        c.familyId = *fam;
        c.firstName = QStringLiteral("Vera");
        c.birthDate = QDate::currentDate().addYears(-10);
        const auto vera = *families.addChild(fx.actor(), c);
        c.firstName = QStringLiteral("Ivar");
        const auto ivar = *families.addChild(fx.actor(), c);

        auto bra = *templates.byKind(QStringLiteral("bra"));
        QCOMPARE(bra.version, 1);
        ConversationService conversations(fx.store());
        const QDate start = QDate::currentDate().addDays(-10);
        auto before = conversations.startSeries(fx.actor(), vera, bra.id, start);
        QVERIFY(before.ok());

        // The manager renames a step, drops one and moves the child's conversation first.
        bra.steps[0].name = QStringLiteral("Första mötet");
        bra.steps.erase(bra.steps.begin() + 2);
        std::swap(bra.steps[0], bra.steps[1]);
        QVERIFY(templates.update(fx.actor(), bra).ok());
        const auto edited = *templates.get(bra.id);
        QCOMPARE(edited.version, 2);
        QCOMPARE(edited.steps.size(), std::size_t{2});
        QCOMPARE(edited.steps[0].name, QStringLiteral("Samtal med barnet"));

        // The running series still has the three steps it started with, in their order.
        auto kept = templates.forSeries(*before);
        QVERIFY(kept.ok());
        QCOMPARE(kept->version, 1);
        QCOMPARE(kept->steps.size(), std::size_t{3});
        QCOMPARE(kept->steps[0].name, QStringLiteral("Inledande samtal med förälder och barn"));
        QCOMPARE(kept->steps[2].name, QStringLiteral("Uppföljning med barn och förälder"));
        auto progress = conversations.progress(*before);
        QVERIFY(progress.ok());
        QCOMPARE(*progress->next, 0);
        // A conversation at the old third step is still a step of this series.
        Conversation third;
        third.seriesId = *before;
        third.step = 2;
        third.date = start;
        third.durationMin = 30;
        QVERIFY(conversations.recordConversation(fx.actor(), third).ok());

        // A series started after the edit follows version 2.
        auto after = conversations.startSeries(fx.actor(), ivar, bra.id, start);
        QVERIFY(after.ok());
        auto now = templates.forSeries(*after);
        QCOMPARE(now->version, 2);
        QCOMPARE(now->steps.size(), std::size_t{2});
        third.seriesId = *after;
        QCOMPARE(conversations.recordConversation(fx.actor(), third).error().field,
                 std::string("step"));
    }

    void aStepNeedsANameAndDueDaysFromZero()
    {
        test::DomainFixture fx;
        ConversationTemplateService templates(fx.store());
        (void)templates.installDefaults(fx.actor());
        auto bra = *templates.byKind(QStringLiteral("bra"));
        const auto before = fx.outboxSize();
        auto edit = bra;
        edit.steps[1].name = QStringLiteral("  ");
        QCOMPARE(templates.update(fx.actor(), edit).error().field, std::string("steps.1.name"));
        edit = bra;
        edit.steps[1].followUpDays = -3;
        QCOMPARE(templates.update(fx.actor(), edit).error().field,
                 std::string("steps.1.followUpDays"));
        QCOMPARE(fx.outboxSize(), before);
        QCOMPARE(templates.get(bra.id)->version, 1);
    }
};

QTEST_GUILESS_MAIN(TestConversationTemplateService)
#include "tst_conversationtemplateservice.moc"
