#include "conversationservice.h"
#include "conversationtemplateservice.h"
#include "domaintestutil.h"
#include "familyservice.h"
#include "kvacodeservice.h"
#include "taskservice.h"

#include <QtTest>

using namespace lykta;
using namespace lykta::domain;

class TestConversationService : public QObject
{
    Q_OBJECT

    struct World
    {
        test::DomainFixture fx;
        std::string childId;
        std::string braId;
        std::string fbtId;
        QDate start = QDate::currentDate().addDays(-30);
    };

    static std::unique_ptr<World> world(int childAge = 10)
    {
        auto w = std::make_unique<World>();
        FamilyService families(w->fx.store());
        auto fam = families.createFamily(w->fx.actor(), {{}, {}, QStringLiteral("F"), {}, {}, {}});
        Child c;
        c.familyId = *fam;
        c.firstName = QStringLiteral("Vera");
        c.birthDate = QDate::currentDate().addYears(-childAge).addDays(-60);
        w->childId = *families.addChild(w->fx.actor(), c);
        ConversationTemplateService templates(w->fx.store());
        (void)templates.installDefaults(w->fx.actor());
        w->braId = templates.byKind(QStringLiteral("bra"))->id;
        w->fbtId = templates.byKind(QStringLiteral("fbt"))->id;
        return w;
    }

    static Conversation draft(const World &w, const std::string &seriesId, int step)
    {
        Conversation c;
        c.seriesId = seriesId;
        c.step = step;
        c.date = w.start.addDays(step * 14);
        c.durationMin = 45;
        c.place = QStringLiteral("Mottagningen");
        c.participants = Participants::ParentsAndChild;
        c.kind = QStringLiteral("parent_and_child");
        c.sections.childView = QStringLiteral("Jag vill veta om pappa blir frisk.");
        return c;
    }

private slots:
    void concernToReportCreatesExactlyOneTaskInTheSameWrite()
    {
        auto w = world();
        ConversationService conversations(w->fx.store());
        auto series = conversations.startSeries(w->fx.actor(), w->childId, w->braId, w->start);
        QVERIFY(series.ok());
        Conversation c = draft(*w, *series, 0);
        c.concernToReport = true;
        const auto before = w->fx.outboxSize();
        auto id = conversations.recordConversation(w->fx.actor(), c);
        QVERIFY(id.ok());

        TaskService tasks(w->fx.store());
        auto open = tasks.openTasks(w->fx.actor());
        QVERIFY(open.ok());
        QCOMPARE(open->size(), std::size_t{1});
        QCOMPARE(open->front().kind, Task::Kind::ConcernReport);
        QCOMPARE(open->front().subjectId, *id);
        QCOMPARE(open->front().assignee, w->fx.staffId());

        // The task's deltas were queued for sync with the conversation's.
        auto outbox = w->fx.store().outbox();
        bool sawTask = false;
        for (std::size_t i = before; i < outbox->size(); ++i)
            sawTask |= (*outbox)[i].entity == "task";
        QVERIFY(sawTask);

        // Editing the draft again keeps exactly one task.
        Conversation edited = c;
        edited.id = *id;
        edited.sections.advice = QStringLiteral("Prata med skolkuratorn.");
        QVERIFY(conversations.updateConversation(w->fx.actor(), edited).ok());
        QCOMPARE(tasks.openTasks(w->fx.actor())->size(), std::size_t{1});
    }

    void noConcernNoTask()
    {
        auto w = world();
        ConversationService conversations(w->fx.store());
        auto series = conversations.startSeries(w->fx.actor(), w->childId, w->braId, w->start);
        QVERIFY(conversations.recordConversation(w->fx.actor(), draft(*w, *series, 0)).ok());
        QCOMPARE(TaskService(w->fx.store()).openTasks(w->fx.actor())->size(), std::size_t{0});
    }

    void concernFlaggedLaterCreatesTheTaskThen()
    {
        auto w = world();
        ConversationService conversations(w->fx.store());
        auto series = conversations.startSeries(w->fx.actor(), w->childId, w->braId, w->start);
        Conversation c = draft(*w, *series, 0);
        c.id = *conversations.recordConversation(w->fx.actor(), c);
        c.concernToReport = true;
        QVERIFY(conversations.updateConversation(w->fx.actor(), c).ok());
        QCOMPARE(TaskService(w->fx.store()).openTasks(w->fx.actor())->size(), std::size_t{1});
    }

    void braSeriesRefusesAChildOutsideSevenToEighteen()
    {
        auto w = world(5);
        ConversationService conversations(w->fx.store());
        const auto before = w->fx.outboxSize();
        auto series = conversations.startSeries(w->fx.actor(), w->childId, w->braId, w->start);
        QVERIFY(!series.ok());
        QCOMPARE(series.error().code, DomainErrc::AgeOutOfRange);
        QCOMPARE(w->fx.outboxSize(), before);
        // Föra barnen på tal has no lower age limit.
        QVERIFY(conversations.startSeries(w->fx.actor(), w->childId, w->fbtId, w->start).ok());
    }

    void progressFollowsTheTemplate()
    {
        auto w = world();
        ConversationService conversations(w->fx.store());
        auto series = conversations.startSeries(w->fx.actor(), w->childId, w->braId, w->start);
        auto p0 = conversations.progress(*series);
        QVERIFY(p0.ok());
        QCOMPARE(p0->next, std::optional<int>(0));
        QVERIFY(p0->done.empty());

        QVERIFY(conversations.recordConversation(w->fx.actor(), draft(*w, *series, 0)).ok());
        auto p1 = conversations.progress(*series);
        QCOMPARE(p1->done, std::vector<int>{0});
        QCOMPARE(p1->next, std::optional<int>(1));
        // BRA step 2 is due 14 days after the last conversation.
        QCOMPARE(p1->nextDue, w->start.addDays(14));
        QVERIFY(!p1->allRequiredDone);

        QVERIFY(conversations.recordConversation(w->fx.actor(), draft(*w, *series, 1)).ok());
        QVERIFY(conversations.recordConversation(w->fx.actor(), draft(*w, *series, 2)).ok());
        auto p3 = conversations.progress(*series);
        QVERIFY(p3->allRequiredDone);
        QVERIFY(!p3->next.has_value());

        QVERIFY(conversations.closeSeries(
            w->fx.actor(), *series,
            {ConversationSeries::Outcome::None, QDate::currentDate(), -1, {}, {}}));
        auto s = conversations.series(w->fx.actor(), *series);
        QCOMPARE(s->status, ConversationSeries::Status::Completed);
        QCOMPARE(s->outcome, ConversationSeries::Outcome::None);
        QCOMPARE(s->closed, QDate::currentDate());
        // A closed series takes no more conversations.
        auto late = conversations.recordConversation(w->fx.actor(), draft(*w, *series, 2));
        QCOMPARE(late.error().code, DomainErrc::WrongState);
    }

    void declinedSeriesRecordsTheOutcome()
    {
        auto w = world();
        ConversationService conversations(w->fx.store());
        auto series = conversations.startSeries(w->fx.actor(), w->childId, w->braId, w->start);
        const SeriesClosing declined{
            ConversationSeries::Outcome::Declined, QDate::currentDate(), 1, {}, {}};
        QVERIFY(conversations.closeSeries(w->fx.actor(), *series, declined));
        auto s = conversations.series(w->fx.actor(), *series);
        QCOMPARE(s->status, ConversationSeries::Status::Declined);
        QCOMPARE(s->outcome, ConversationSeries::Outcome::Declined);
        QCOMPARE(s->declinedStep, 1);
        // Closing twice is refused and changes nothing.
        const auto before = w->fx.outboxSize();
        QCOMPARE(conversations.closeSeries(w->fx.actor(), *series, declined).error().code,
                 DomainErrc::WrongState);
        QCOMPARE(w->fx.outboxSize(), before);
    }

    void validationNamesTheField_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("field");
        QTest::newRow("step past the template") << 0 << int(DomainErrc::OutOfRange) << "step";
        QTest::newRow("zero minutes") << 1 << int(DomainErrc::OutOfRange) << "duration_min";
        QTest::newRow("before the series") << 2 << int(DomainErrc::InvalidDate) << "date";
        QTest::newRow("made-up KVÅ code") << 3 << int(DomainErrc::UnknownKvaCode) << "kva_code";
    }
    void validationNamesTheField()
    {
        QFETCH(int, which);
        QFETCH(int, code);
        QFETCH(QString, field);
        auto w = world();
        ConversationService conversations(w->fx.store());
        auto series = conversations.startSeries(w->fx.actor(), w->childId, w->braId, w->start);
        Conversation c = draft(*w, *series, 0);
        switch (which) {
        case 0:
            c.step = 3;
            break;
        case 1:
            c.durationMin = 0;
            break;
        case 2:
            c.date = w->start.addDays(-1);
            break;
        case 3:
            c.kvaCode = QStringLiteral("DU055");
            break; // no code list imported yet
        }
        const auto before = w->fx.outboxSize();
        auto id = conversations.recordConversation(w->fx.actor(), c);
        QVERIFY(!id.ok());
        QCOMPARE(int(id.error().code), code);
        QCOMPARE(QString::fromStdString(id.error().field), field);
        QCOMPARE(w->fx.outboxSize(), before);
    }

    void importedKvaCodeIsAccepted()
    {
        auto w = world();
        QVERIFY(KvaCodeService(w->fx.store())
                    .importCsv(w->fx.actor(),
                               QStringLiteral("DU056;Samtal med förälder och barn;"
                                              "parent_and_child"),
                               QStringLiteral("2024")));
        ConversationService conversations(w->fx.store());
        auto series = conversations.startSeries(w->fx.actor(), w->childId, w->braId, w->start);
        Conversation c = draft(*w, *series, 0);
        c.kvaCode = QStringLiteral("du056");
        auto id = conversations.recordConversation(w->fx.actor(), c);
        QVERIFY(id.ok());
        QCOMPARE(conversations.conversation(w->fx.actor(), *id)->kvaCode, QStringLiteral("DU056"));
    }

    void signedConversationNeverChanges()
    {
        auto w = world();
        ConversationService conversations(w->fx.store());
        auto series = conversations.startSeries(w->fx.actor(), w->childId, w->braId, w->start);
        Conversation c = draft(*w, *series, 0);
        c.id = *conversations.recordConversation(w->fx.actor(), c);
        QVERIFY(conversations.signConversation(w->fx.actor(), c.id).ok());
        const auto before = w->fx.outboxSize();
        c.sections.childView = QStringLiteral("Ändrad text");
        auto edit = conversations.updateConversation(w->fx.actor(), c);
        QCOMPARE(edit.error().code, DomainErrc::SignedImmutable);
        QCOMPARE(w->fx.outboxSize(), before);
        auto read = conversations.conversation(w->fx.actor(), c.id);
        QCOMPARE(read->sections.childView, QStringLiteral("Jag vill veta om pappa blir frisk."));
        QCOMPARE(read->status, Conversation::Status::Signed);
        QCOMPARE(read->signedBy, w->fx.staffId());
    }

    void childsOwnWordsAreHiddenFromGuardians()
    {
        auto w = world();
        ConversationService conversations(w->fx.store());
        auto series = conversations.startSeries(w->fx.actor(), w->childId, w->braId, w->start);
        Conversation c = draft(*w, *series, 0);
        c.childWordsPrivate = true;
        c.sections.advice = QStringLiteral("Råd");
        auto id = conversations.recordConversation(w->fx.actor(), c);
        auto read = conversations.conversation(w->fx.actor(), *id);
        QVERIFY(read->childWordsPrivate);
        QCOMPARE(read->sections.childView, c.sections.childView); // staff see it
        const Conversation shared = ConversationService::forGuardians(*read);
        QVERIFY(shared.sections.childView.isEmpty());
        QCOMPARE(shared.sections.advice, QStringLiteral("Råd"));
        c.childWordsPrivate = false;
        QCOMPARE(ConversationService::forGuardians(c).sections.childView, c.sections.childView);
    }

    void openingAConversationIsAudited()
    {
        auto w = world();
        ConversationService conversations(w->fx.store());
        auto series = conversations.startSeries(w->fx.actor(), w->childId, w->braId, w->start);
        auto id = conversations.recordConversation(w->fx.actor(), draft(*w, *series, 0));
        QCOMPARE(w->fx.auditCount(*id, "read"), std::size_t{0});
        QVERIFY(conversations.conversation(w->fx.actor(), *id).ok());
        QCOMPARE(w->fx.auditCount(*id, "read"), std::size_t{1});
    }
};

QTEST_GUILESS_MAIN(TestConversationService)
#include "tst_conversationservice.moc"
