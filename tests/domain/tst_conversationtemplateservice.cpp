#include "conversationtemplateservice.h"
#include "domaintestutil.h"

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
};

QTEST_GUILESS_MAIN(TestConversationTemplateService)
#include "tst_conversationtemplateservice.moc"
