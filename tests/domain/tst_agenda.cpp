// The Today overview: due conversation steps (overdue included) and planned group sessions
// inside the window, nothing outside it, each kind by date; one audit entry.

#include "agenda.h"
#include "conversationservice.h"
#include "conversationtemplateservice.h"
#include "domaintestutil.h"
#include "familyservice.h"
#include "groupservice.h"

#include <QTest>

using namespace lykta::domain;
using namespace lykta::domain::test;

class TestAgenda : public QObject
{
    Q_OBJECT

private slots:
    void showsWhatIsDueInTheWindowAndNothingElse()
    {
        DomainFixture fx;
        const QDate today = QDate::currentDate();
        QVERIFY(ConversationTemplateService(fx.store()).installDefaults(fx.actor()));
        FamilyService families(fx.store());
        const auto family =
            families.createFamily(fx.actor(), {{}, {}, "Familjen Ek", "addiction", today, {}});
        QVERIFY(family);
        const auto ella = families.addChild(
            fx.actor(), {{}, {}, *family, "Ella", "Ek", today.addYears(-10), "girl", {}, {}, {}});
        const auto noah = families.addChild(
            fx.actor(), {{}, {}, *family, "Noah", "Ek", today.addYears(-8), "boy", {}, {}, {}});
        QVERIFY(ella && noah);

        ConversationService conversations(fx.store());
        const auto bra = ConversationTemplateService(fx.store()).byKind("bra");
        QVERIFY(bra);
        // Ella's series started a month ago: its first step is overdue and must show.
        const auto active =
            conversations.startSeries(fx.actor(), *ella, bra->id, today.addDays(-30));
        // Noah's series was declined: nothing is due.
        const auto declined = conversations.startSeries(fx.actor(), *noah, bra->id, today);
        QVERIFY(active && declined);
        QVERIFY(conversations.closeSeries(
            fx.actor(), *declined, {ConversationSeries::Outcome::Declined, today, 0, {}, {}}));

        GroupService groups(fx.store());
        Group g;
        g.name = "Torsdagsgruppen";
        g.programme = "Egen";
        g.minAge = 7;
        g.maxAge = 12;
        g.startDate = today.addDays(-7);
        const auto group = groups.createGroup(fx.actor(), g);
        QVERIFY(group);
        QVERIFY(groups.addSession(fx.actor(), {{}, {}, *group, 0, today.addDays(-1), "Igår"}));
        QVERIFY(groups.addSession(fx.actor(), {{}, {}, *group, 0, today.addDays(3), "Känslor"}));
        QVERIFY(groups.addSession(fx.actor(), {{}, {}, *group, 0, today.addDays(40), "Sen"}));

        const auto auditBefore = fx.auditCount(fx.staffId(), "read");
        auto agenda = AgendaService(fx.store()).agenda(fx.actor(), today, 14);
        QVERIFY(agenda);
        QCOMPARE(agenda->size(), std::size_t{2});

        const AgendaItem &conversation = (*agenda)[0];
        QCOMPARE(conversation.kind, AgendaItem::Kind::Conversation);
        QCOMPARE(conversation.who, QString("Ella"));
        QCOMPARE(conversation.what, bra->steps.front().name);
        QVERIFY(conversation.context.contains("Familjen Ek"));
        QVERIFY(conversation.due < today); // overdue, still shown
        QCOMPARE(conversation.targetId, *active);

        const AgendaItem &session = (*agenda)[1];
        QCOMPARE(session.kind, AgendaItem::Kind::GroupSession);
        QCOMPARE(session.who, QString("Torsdagsgruppen"));
        QCOMPARE(session.what, QString("Känslor"));
        QCOMPARE(session.due, today.addDays(3));
        QCOMPARE(session.number, 2);

        QCOMPARE(fx.auditCount(fx.staffId(), "read"), auditBefore + 1);

        // The same rows read alone (as the app does on its ReadWorker) write nothing; the
        // entry comes with viewed().
        auto items = AgendaService(fx.store()).items(fx.unitId(), today, 14);
        QVERIFY(items);
        QCOMPARE(items->size(), agenda->size());
        QCOMPARE((*items)[0].targetId, conversation.targetId);
        QCOMPARE((*items)[1].due, session.due);
        QCOMPARE(fx.auditCount(fx.staffId(), "read"), auditBefore + 1);
        QVERIFY(AgendaService(fx.store()).viewed(fx.actor()));
        QCOMPARE(fx.auditCount(fx.staffId(), "read"), auditBefore + 2);
    }
};

QTEST_GUILESS_MAIN(TestAgenda)
#include "tst_agenda.moc"
