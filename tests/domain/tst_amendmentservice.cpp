#include "amendmentservice.h"
#include "domaintestutil.h"
#include "familyservice.h"
#include "noteservice.h"

#include <QtTest>

using namespace lykta;
using namespace lykta::domain;

class TestAmendmentService : public QObject
{
    Q_OBJECT

    static std::string note(test::DomainFixture &fx, bool sign)
    {
        auto fam = FamilyService(fx.store())
                       .createFamily(fx.actor(), {{}, {}, QStringLiteral("F"), {}, {}, {}});
        Note n;
        n.subjectEntity = "family";
        n.subjectId = *fam;
        n.eventDate = QDate::currentDate();
        n.body = QStringLiteral("Mötet hölls i hemmet.");
        NoteService notes(fx.store());
        auto id = notes.createDraft(fx.actor(), n);
        if (sign)
            (void)notes.sign(fx.actor(), *id);
        return *id;
    }

private slots:
    void amendmentLeavesTheOriginalReadable()
    {
        test::DomainFixture fx;
        const std::string id = note(fx, true);
        AmendmentService amendments(fx.store());
        const std::string corrector = fx.addStaff("Rättare");
        auto a = amendments.amend({corrector, fx.unitId()}, "note", id, QStringLiteral("Fel plats"),
                                  QStringLiteral("Mötet hölls på mottagningen."));
        QVERIFY(a.ok());

        auto original = NoteService(fx.store()).note(fx.actor(), id);
        QCOMPARE(original->body, QStringLiteral("Mötet hölls i hemmet."));
        QCOMPARE(original->status, Note::Status::Signed);

        auto list = amendments.amendments(fx.actor(), "note", id);
        QCOMPARE(list->size(), std::size_t{1});
        QCOMPARE(list->front().body, QStringLiteral("Mötet hölls på mottagningen."));
        QCOMPARE(list->front().reason, QStringLiteral("Fel plats"));
        QCOMPARE(list->front().author, corrector);
        QVERIFY(!list->front().writtenAt.isEmpty());
    }

    void draftIsEditedNotAmended()
    {
        test::DomainFixture fx;
        const std::string id = note(fx, false);
        const auto before = fx.outboxSize();
        auto a = AmendmentService(fx.store())
                     .amend(fx.actor(), "note", id, QStringLiteral("r"), QStringLiteral("b"));
        QCOMPARE(a.error().code, DomainErrc::NotSigned);
        QCOMPARE(fx.outboxSize(), before);
    }

    void reasonAndBodyAreRequired()
    {
        test::DomainFixture fx;
        const std::string id = note(fx, true);
        AmendmentService amendments(fx.store());
        QCOMPARE(amendments.amend(fx.actor(), "note", id, {}, QStringLiteral("b")).error().field,
                 std::string("reason"));
        QCOMPARE(amendments.amend(fx.actor(), "note", id, QStringLiteral("r"), {}).error().field,
                 std::string("body"));
        QCOMPARE(
            amendments.amend(fx.actor(), "family", id, QStringLiteral("r"), QStringLiteral("b"))
                .error()
                .field,
            std::string("target_entity"));
    }
};

QTEST_GUILESS_MAIN(TestAmendmentService)
#include "tst_amendmentservice.moc"
