#include "amendmentservice.h"
#include "domaintestutil.h"
#include "familyservice.h"
#include "groupservice.h"
#include "noteservice.h"

#include <QtTest>

using namespace lykta;
using namespace lykta::domain;

class TestNoteService : public QObject
{
    Q_OBJECT

    static Note draftAbout(const std::string &familyId)
    {
        Note n;
        n.subjectEntity = "family";
        n.subjectId = familyId;
        n.kind = QStringLiteral("case");
        n.eventDate = QDate::currentDate();
        n.body = QStringLiteral("Samtal med mamma om barnens frågor.");
        return n;
    }

private slots:
    void signingThenEditingIsRefusedAndTextUnchanged()
    {
        test::DomainFixture fx;
        auto fam = FamilyService(fx.store())
                       .createFamily(fx.actor(), {{}, {}, QStringLiteral("F"), {}, {}, {}});
        NoteService notes(fx.store());
        auto id = notes.createDraft(fx.actor(), draftAbout(*fam));
        QVERIFY(id.ok());
        QVERIFY(notes.updateDraft(fx.actor(), *id, QStringLiteral("Rättad utkasttext.")).ok());
        QVERIFY(notes.sign(fx.actor(), *id).ok());

        const auto before = fx.outboxSize();
        auto edit = notes.updateDraft(fx.actor(), *id, QStringLiteral("Ändrat i efterhand"));
        QVERIFY(!edit.ok());
        QCOMPARE(edit.error().code, DomainErrc::SignedImmutable);
        QCOMPARE(notes.sign(fx.actor(), *id).error().code, DomainErrc::SignedImmutable);
        QCOMPARE(fx.outboxSize(), before);

        auto read = notes.note(fx.actor(), *id);
        QCOMPARE(read->body, QStringLiteral("Rättad utkasttext."));
        QCOMPARE(read->status, Note::Status::Signed);
        QCOMPARE(read->signedBy, fx.staffId());
        QCOMPARE(read->author, fx.staffId());
        QVERIFY(!read->signedAt.isEmpty());
        QVERIFY(!read->writtenAt.isEmpty());
    }

    void emptyNoteCannotBeSigned()
    {
        test::DomainFixture fx;
        auto fam = FamilyService(fx.store())
                       .createFamily(fx.actor(), {{}, {}, QStringLiteral("F"), {}, {}, {}});
        NoteService notes(fx.store());
        Note n = draftAbout(*fam);
        n.body = QStringLiteral("  ");
        auto id = notes.createDraft(fx.actor(), n);
        QVERIFY(id.ok());
        QCOMPARE(notes.sign(fx.actor(), *id).error().field, std::string("body"));
        QCOMPARE(notes.note(fx.actor(), *id)->status, Note::Status::Draft);
    }

    void noteNeedsAnExistingSubject()
    {
        test::DomainFixture fx;
        NoteService notes(fx.store());
        auto missing = notes.createDraft(fx.actor(), draftAbout("no-such-family"));
        QCOMPARE(missing.error().code, DomainErrc::NotFound);
        Note odd = draftAbout("x");
        odd.subjectEntity = "audit_log";
        QCOMPARE(notes.createDraft(fx.actor(), odd).error().field, std::string("subject_entity"));
    }

    void anonymousGroupNotesHoldNoPersonalNumber()
    {
        test::DomainFixture fx;
        GroupService groups(fx.store());
        const auto makeGroup = [&](Group::Mode mode) {
            Group g;
            g.name = QStringLiteral("G");
            g.minAge = 7;
            g.maxAge = 12;
            g.mode = mode;
            g.startDate = QDate::currentDate().addDays(-7);
            return *groups.createGroup(fx.actor(), g);
        };
        const std::string anonymous = makeGroup(Group::Mode::Anonymous);
        const std::string member =
            *groups.addMember(fx.actor(), {{}, {}, anonymous, {}, QStringLiteral("Blå"), 9});
        NoteService notes(fx.store());
        Note n;
        n.subjectEntity = "group_member";
        n.subjectId = member;
        n.kind = QStringLiteral("member");
        n.eventDate = QDate::currentDate();
        n.body = QStringLiteral("Blå, 150101-1234, var ledsen.");
        const auto before = fx.outboxSize();
        auto refused = notes.createDraft(fx.actor(), n);
        QCOMPARE(refused.error().code, DomainErrc::AnonymousGroup);
        QCOMPARE(refused.error().field, std::string("body"));
        QCOMPARE(fx.outboxSize(), before);

        n.body = QStringLiteral("Blå var ledsen i början men skrattade mot slutet.");
        auto id = notes.createDraft(fx.actor(), n);
        QVERIFY(id.ok());
        QCOMPARE(
            notes.updateDraft(fx.actor(), *id, QStringLiteral("Blå 20150101 1234")).error().code,
            DomainErrc::AnonymousGroup);
        QCOMPARE(notes.note(fx.actor(), *id)->body, n.body);
        QVERIFY(notes.sign(fx.actor(), *id).ok());
        AmendmentService amendments(fx.store());
        QCOMPARE(amendments
                     .amend(fx.actor(), "note", *id, QStringLiteral("Fel barn"),
                            QStringLiteral("Gäller 150101-1234"))
                     .error()
                     .code,
                 DomainErrc::AnonymousGroup);
        QVERIFY(amendments
                    .amend(fx.actor(), "note", *id, QStringLiteral("Förtydligande"),
                           QStringLiteral("Blå skrattade redan i mitten."))
                    .ok());

        // An identified group's notes are case notes: a personal number is allowed there.
        const std::string identifiedGroup = makeGroup(Group::Mode::Identified);
        auto sessionId = groups.addSession(
            fx.actor(), {{}, {}, identifiedGroup, 0, QDate::currentDate(), QStringLiteral("T")});
        Note s;
        s.subjectEntity = "group_session";
        s.subjectId = *sessionId;
        s.kind = QStringLiteral("session");
        s.eventDate = QDate::currentDate();
        s.body = QStringLiteral("Remiss gäller 150101-1234.");
        QVERIFY(notes.createDraft(fx.actor(), s).ok());
    }

    void readingNotesIsAudited()
    {
        test::DomainFixture fx;
        auto fam = FamilyService(fx.store())
                       .createFamily(fx.actor(), {{}, {}, QStringLiteral("F"), {}, {}, {}});
        NoteService notes(fx.store());
        auto id = notes.createDraft(fx.actor(), draftAbout(*fam));
        QCOMPARE(fx.auditCount(*id, "read"), std::size_t{0});
        QVERIFY(notes.note(fx.actor(), *id).ok());
        QVERIFY(notes.notesAbout(fx.actor(), "family", *fam)->size() == 1);
        QCOMPARE(fx.auditCount(*id, "read"), std::size_t{2});
    }
};

QTEST_GUILESS_MAIN(TestNoteService)
#include "tst_noteservice.moc"
