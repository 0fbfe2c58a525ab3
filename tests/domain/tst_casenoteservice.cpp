#include "amendmentservice.h"
#include "casenoteservice.h"
#include "domaintestutil.h"
#include "familyservice.h"
#include "noteservice.h"

#include <QtTest>

using namespace lykta;
using namespace lykta::domain;

// Case notes on a family or a child: each rule and each refusal, on a real store.
class TestCaseNoteService : public QObject
{
    Q_OBJECT

    struct Case
    {
        test::DomainFixture fx;
        std::string familyId, childId;
        Case()
        {
            FamilyService families(fx.store());
            familyId = *families.createFamily(
                fx.actor(), {{}, {}, QStringLiteral("Familjen F"), {}, QDate::currentDate(), {}});
            Child c;
            c.familyId = familyId;
            c.firstName = QStringLiteral("Alva");
            c.birthDate = QDate::currentDate().addYears(-9);
            childId = *families.addChild(fx.actor(), c);
        }
    };

    static Note phoneCall(const std::string &entity, const std::string &id, int daysAgo = 1)
    {
        Note n;
        n.subjectEntity = entity;
        n.subjectId = id;
        n.caseKind = QStringLiteral("phone_call");
        n.eventDate = QDate::currentDate().addDays(-daysAgo);
        n.body = QStringLiteral("Pappa ringde om skolstarten.");
        return n;
    }

private slots:
    void draftIsEditedThenSignedAndNeverChanges()
    {
        Case c;
        CaseNoteService notes(c.fx.store());
        auto id = notes.create(c.fx.actor(), phoneCall("family", c.familyId));
        QVERIFY(id.ok());
        Note edit = *notes.note(c.fx.actor(), *id);
        QCOMPARE(edit.kind, QStringLiteral("case"));
        QCOMPARE(edit.caseKind, QStringLiteral("phone_call"));
        QCOMPARE(edit.status, Note::Status::Draft);
        edit.caseKind = QStringLiteral("home_visit");
        edit.eventDate = QDate::currentDate();
        edit.body = QStringLiteral("Hembesök: familjen visade barnens rum.");
        QVERIFY(notes.update(c.fx.actor(), edit).ok());
        QVERIFY(notes.sign(c.fx.actor(), *id).ok());

        const auto before = c.fx.outboxSize();
        edit.body = QStringLiteral("Ändrat efteråt");
        QCOMPARE(notes.update(c.fx.actor(), edit).error().code, DomainErrc::SignedImmutable);
        QCOMPARE(notes.sign(c.fx.actor(), *id).error().code, DomainErrc::SignedImmutable);
        QCOMPARE(c.fx.outboxSize(), before);

        auto read = notes.note(c.fx.actor(), *id);
        QCOMPARE(read->caseKind, QStringLiteral("home_visit"));
        QCOMPARE(read->eventDate, QDate::currentDate());
        QCOMPARE(read->body, QStringLiteral("Hembesök: familjen visade barnens rum."));
        QCOMPARE(read->status, Note::Status::Signed);
        QCOMPARE(read->signedBy, c.fx.staffId());
    }

    void badInputIsRefusedAndNothingWritten()
    {
        Case c;
        CaseNoteService notes(c.fx.store());
        const auto before = c.fx.outboxSize();

        Note empty = phoneCall("child", c.childId);
        empty.body = QStringLiteral(" \n ");
        QCOMPARE(notes.create(c.fx.actor(), empty).error().field, std::string("body"));
        QCOMPARE(notes.create(c.fx.actor(), empty).error().code, DomainErrc::Empty);

        Note future = phoneCall("child", c.childId, -1);
        auto f = notes.create(c.fx.actor(), future);
        QCOMPARE(f.error().code, DomainErrc::InvalidDate);
        QCOMPARE(f.error().field, std::string("event_date"));
        future.eventDate = QDate();
        QCOMPARE(notes.create(c.fx.actor(), future).error().field, std::string("event_date"));

        Note noKind = phoneCall("family", c.familyId);
        noKind.caseKind.clear();
        QCOMPARE(notes.create(c.fx.actor(), noKind).error().code, DomainErrc::Empty);
        noKind.caseKind = QStringLiteral("coffee");
        QCOMPARE(notes.create(c.fx.actor(), noKind).error().code, DomainErrc::OutOfRange);

        QCOMPARE(notes.create(c.fx.actor(), phoneCall("family", "no-such-family")).error().code,
                 DomainErrc::NotFound);
        QCOMPARE(notes.create(c.fx.actor(), phoneCall("group_session", c.familyId)).error().field,
                 std::string("subject_entity"));
        QCOMPARE(c.fx.outboxSize(), before);

        // A draft keeps its text when a change to it is refused.
        auto id = notes.create(c.fx.actor(), phoneCall("child", c.childId));
        Note edit = *notes.note(c.fx.actor(), *id);
        edit.body.clear();
        QCOMPARE(notes.update(c.fx.actor(), edit).error().field, std::string("body"));
        QCOMPARE(notes.note(c.fx.actor(), *id)->body,
                 QStringLiteral("Pappa ringde om skolstarten."));
    }

    void someoneElsesDraftIsTheirs()
    {
        Case c;
        CaseNoteService notes(c.fx.store());
        auto id = notes.create(c.fx.actor(), phoneCall("family", c.familyId));
        const store::Actor colleague{c.fx.addStaff("Omar Exempel"), c.fx.unitId()};
        Note edit = *notes.note(colleague, *id);
        edit.body = QStringLiteral("Kollegans ändring");
        auto r = notes.update(colleague, edit);
        QCOMPARE(r.error().code, DomainErrc::NotPermitted);
        QCOMPARE(r.error().field, std::string("author"));
        QCOMPARE(notes.sign(colleague, *id).error().code, DomainErrc::NotPermitted);
        auto read = notes.note(c.fx.actor(), *id);
        QCOMPARE(read->body, QStringLiteral("Pappa ringde om skolstarten."));
        QCOMPARE(read->status, Note::Status::Draft);
    }

    void signedCaseNoteIsCorrectedWithAnAmendment()
    {
        Case c;
        CaseNoteService notes(c.fx.store());
        AmendmentService amendments(c.fx.store());
        auto id = notes.create(c.fx.actor(), phoneCall("child", c.childId));
        QCOMPARE(amendments
                     .amend(c.fx.actor(), "note", *id, QStringLiteral("Fel dag"),
                            QStringLiteral("Samtalet var i måndags."))
                     .error()
                     .code,
                 DomainErrc::NotSigned);
        QVERIFY(notes.sign(c.fx.actor(), *id).ok());
        auto a = amendments.amend(c.fx.actor(), "note", *id, QStringLiteral("Fel dag"),
                                  QStringLiteral("Samtalet var i måndags."));
        QVERIFY(a.ok());
        auto list = amendments.amendments(c.fx.actor(), "note", *id);
        QCOMPARE(list->size(), std::size_t{1});
        QCOMPARE(list->front().reason, QStringLiteral("Fel dag"));
        QCOMPARE(notes.note(c.fx.actor(), *id)->body,
                 QStringLiteral("Pappa ringde om skolstarten."));
    }

    void childsOwnWordsAreLeftOutForGuardians()
    {
        Case c;
        CaseNoteService notes(c.fx.store());
        Note n = phoneCall("child", c.childId);
        n.caseKind = QStringLiteral("school_meeting");
        n.body = QStringLiteral("Alva: \"Jag vill inte att mamma vet att jag är rädd.\"");
        n.childWordsPrivate = true;
        auto id = notes.create(c.fx.actor(), n);
        auto read = notes.note(c.fx.actor(), *id);
        QVERIFY(read->childWordsPrivate);
        QCOMPARE(read->body, n.body); // staff read it
        const Note shared = CaseNoteService::forGuardians(*read);
        QVERIFY(shared.body.isEmpty());
        QCOMPARE(shared.caseKind, n.caseKind);
        QCOMPARE(shared.eventDate, n.eventDate);

        Note open = *read;
        open.childWordsPrivate = false;
        QVERIFY(notes.update(c.fx.actor(), open).ok());
        QCOMPARE(CaseNoteService::forGuardians(*notes.note(c.fx.actor(), *id)).body, n.body);
    }

    void familyListsItsOwnAndItsChildrensNewestFirstAndReadsAreLogged()
    {
        Case c;
        CaseNoteService notes(c.fx.store());
        auto old = notes.create(c.fx.actor(), phoneCall("family", c.familyId, 30));
        auto recent = notes.create(c.fx.actor(), phoneCall("child", c.childId, 2));
        auto middle = notes.create(c.fx.actor(), phoneCall("family", c.familyId, 10));
        // A group or session note is not a case note.
        Note other = phoneCall("child", c.childId);
        other.kind = QStringLiteral("member");
        QVERIFY(NoteService(c.fx.store()).createDraft(c.fx.actor(), other).ok());

        auto family = notes.ofFamily(c.fx.actor(), c.familyId);
        QVERIFY(family.ok());
        QCOMPARE(family->size(), std::size_t{3});
        QCOMPARE((*family)[0].id, *recent);
        QCOMPARE((*family)[1].id, *middle);
        QCOMPARE((*family)[2].id, *old);

        auto child = notes.ofChild(c.fx.actor(), c.childId);
        QCOMPARE(child->size(), std::size_t{1});
        QCOMPARE(child->front().id, *recent);
        QCOMPARE(c.fx.auditCount(*recent, "read"), std::size_t{2});
        QVERIFY(notes.note(c.fx.actor(), *recent).ok());
        QCOMPARE(c.fx.auditCount(*recent, "read"), std::size_t{3});

        QCOMPARE(notes.ofFamily(c.fx.actor(), "no-such").error().code, DomainErrc::NotFound);
    }

    void signedCaseNoteIsFoundByAWordOfItsBody()
    {
        Case c;
        CaseNoteService notes(c.fx.store());
        Note n = phoneCall("child", c.childId);
        n.caseKind = QStringLiteral("health_care_meeting");
        n.body = QStringLiteral("Möte på barnmottagningen om sömnsvårigheter.");
        auto id = notes.create(c.fx.actor(), n);
        QVERIFY(notes.sign(c.fx.actor(), *id).ok());
        auto hits = c.fx.store().search("sömnsvår");
        QVERIFY(hits.ok());
        QCOMPARE(hits->size(), std::size_t{1});
        QCOMPARE(hits->front().entity, std::string("note"));
        QCOMPARE(hits->front().entityId, *id);
    }
};

QTEST_GUILESS_MAIN(TestCaseNoteService)
#include "tst_casenoteservice.moc"
