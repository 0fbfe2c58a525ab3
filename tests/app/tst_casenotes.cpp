// Case notes as the family and child pages show them: the form writes a draft, signs it and
// corrects it with an amendment; every refusal says why in place and loses nothing; the lists
// hold the family's notes and its children's, newest first; search shows a case note as one.

#include "amendmentservice.h"
#include "casenoteeditor.h"
#include "casenotemodel.h"
#include "casenoteservice.h"
#include "domaintestutil.h"
#include "familyservice.h"
#include "searchmodel.h"
#include "unitservice.h"

#include <QTest>

using namespace lykta;
using namespace lykta::app;

class TestCaseNotes : public QObject
{
    Q_OBJECT

    struct Case
    {
        domain::test::DomainFixture fx;
        Workspace workspace{fx.store(), fx.actor(), false};
        QString familyId, childId;
        Case()
        {
            (void)domain::UnitService(fx.store())
                .correctStaff(fx.actor(), fx.staffId(), "Maja Exempel", "Anhörigkonsulent");
            domain::FamilyService families(fx.store());
            const auto family = *families.createFamily(
                fx.actor(), {{}, {}, "Familjen Exempelsson", {}, QDate::currentDate(), {}});
            domain::Child c;
            c.familyId = family;
            c.firstName = "Alice";
            c.birthDate = QDate::currentDate().addYears(-10);
            childId = QString::fromStdString(*families.addChild(fx.actor(), c));
            familyId = QString::fromStdString(family);
        }
    };

    static QString at(const CaseNoteModel &m, int row, int role)
    {
        return m.data(m.index(row), role).toString();
    }

private slots:
    void writeSaveSignAndAmend()
    {
        Case c;
        CaseNoteEditor editor;
        editor.setWorkspace(&c.workspace);
        editor.setProperty("familyId", c.familyId);
        QVERIFY(editor.canEdit());
        QCOMPARE(editor.kinds().size(), 5);
        editor.setProperty("kind", "home_visit");
        editor.setProperty("date", QDate::currentDate().addDays(-2).toString(Qt::ISODate));
        editor.setProperty("body", "Hembesök. Mamma berättade om behandlingen.");
        QVERIFY2(editor.save(), qPrintable(editor.errorText()));
        QVERIFY(!editor.noteId().isEmpty());
        QCOMPARE(editor.title(), QString("Hembesök · Familjen"));
        QVERIFY(editor.writtenText().contains("Maja Exempel, Anhörigkonsulent"));
        QVERIFY(editor.canEdit());

        // Reopened, the form holds what was saved.
        CaseNoteEditor again;
        again.setWorkspace(&c.workspace);
        again.setNoteId(editor.noteId());
        QCOMPARE(again.property("kind").toString(), QString("home_visit"));
        QCOMPARE(again.property("body").toString(),
                 QString("Hembesök. Mamma berättade om behandlingen."));

        again.setProperty("body", "Hembesök. Mamma berättade om behandlingen och sömnen.");
        QVERIFY2(again.sign(), qPrintable(again.errorText()));
        QVERIFY(again.isSigned());
        QVERIFY(!again.canEdit());
        QVERIFY(again.signedText().contains("Maja Exempel"));

        // Signed: saving again is refused and the text stays.
        again.setProperty("body", "Ändrat efteråt");
        QVERIFY(!again.save());
        QVERIFY(!again.errorText().isEmpty());
        QVERIFY(!again.sign());

        QVERIFY(!again.amend("", "Rättelse utan skäl"));
        QVERIFY(again.fieldErrors().contains("reason"));
        QVERIFY2(again.amend("Fel dag", "Besöket var i måndags."), qPrintable(again.errorText()));
        QCOMPARE(again.amendments().size(), 1);
        QCOMPARE(again.amendments().front().toMap().value("reason").toString(), QString("Fel dag"));
        auto stored =
            domain::CaseNoteService(c.fx.store()).note(c.fx.actor(), editor.noteId().toStdString());
        QCOMPARE(stored->body, QString("Hembesök. Mamma berättade om behandlingen och sömnen."));
    }

    void refusalsAreShownInPlaceAndNothingIsWritten()
    {
        Case c;
        CaseNoteEditor editor;
        editor.setWorkspace(&c.workspace);
        editor.setProperty("childId", c.childId);
        const auto before = c.fx.outboxSize();

        editor.setProperty("body", "   ");
        QVERIFY(!editor.save());
        QVERIFY(editor.fieldErrors().contains("body"));
        QCOMPARE(editor.errorText(), QString("Skriv vad som hände innan du sparar."));

        editor.setProperty("body", "Skolan ringde.");
        editor.setProperty("date", QDate::currentDate().addDays(1).toString(Qt::ISODate));
        QVERIFY(!editor.save());
        QVERIFY(editor.fieldErrors().contains("event_date"));
        editor.setProperty("date", "igår");
        QVERIFY(!editor.save());
        QVERIFY(editor.fieldErrors().contains("event_date"));

        editor.setProperty("date", QDate::currentDate().toString(Qt::ISODate));
        editor.setProperty("kind", "");
        QVERIFY(!editor.sign());
        QVERIFY(editor.fieldErrors().contains("case_kind"));
        QCOMPARE(c.fx.outboxSize(), before);
        QVERIFY(editor.noteId().isEmpty());
        // What was typed is still there to fix.
        QCOMPARE(editor.property("body").toString(), QString("Skolan ringde."));

        editor.setProperty("kind", "school_meeting");
        QVERIFY(editor.save());
        QVERIFY(editor.errorText().isEmpty());
    }

    void aColleaguesDraftIsReadOnly()
    {
        Case c;
        domain::Note n;
        n.subjectEntity = "family";
        n.subjectId = c.familyId.toStdString();
        n.caseKind = "phone_call";
        n.eventDate = QDate::currentDate();
        n.body = "Omars telefonsamtal.";
        const store::Actor omar{c.fx.addStaff("Omar Exempel"), c.fx.unitId()};
        auto id = domain::CaseNoteService(c.fx.store()).create(omar, n);

        CaseNoteEditor editor;
        editor.setWorkspace(&c.workspace);
        editor.setNoteId(QString::fromStdString(*id));
        QVERIFY(!editor.canEdit());
        QVERIFY(!editor.isSigned());
        QVERIFY(editor.writtenText().contains("Omar Exempel"));
        editor.setProperty("body", "Majas ändring");
        QVERIFY(!editor.save());
        QVERIFY(editor.fieldErrors().contains("author"));
        QVERIFY(editor.errorText().contains("kollega"));
        QVERIFY(!editor.sign());
        QCOMPARE(domain::CaseNoteService(c.fx.store()).note(omar, *id)->body,
                 QString("Omars telefonsamtal."));
    }

    void familyAndChildListsNewestFirst()
    {
        Case c;
        domain::CaseNoteService service(c.fx.store());
        auto note = [&](const char *entity, const QString &id, const char *kind, int daysAgo) {
            domain::Note n;
            n.subjectEntity = entity;
            n.subjectId = id.toStdString();
            n.caseKind = kind;
            n.eventDate = QDate::currentDate().addDays(-daysAgo);
            n.body = "Text";
            return *service.create(c.fx.actor(), n);
        };
        const auto call = note("family", c.familyId, "phone_call", 20);
        const auto school = note("child", c.childId, "school_meeting", 3);
        QVERIFY(service.sign(c.fx.actor(), school).ok());

        CaseNoteModel family;
        family.setWorkspace(&c.workspace);
        family.setFamilyId(c.familyId);
        QCOMPARE(family.rowCount(), 2);
        QCOMPARE(at(family, 0, CaseNoteModel::NoteIdRole), QString::fromStdString(school));
        QCOMPARE(at(family, 0, CaseNoteModel::KindRole), QString("Möte med skolan"));
        QCOMPARE(at(family, 0, CaseNoteModel::AboutRole), QString("Alice"));
        QVERIFY(family.data(family.index(0), CaseNoteModel::SignedRole).toBool());
        QCOMPARE(at(family, 1, CaseNoteModel::NoteIdRole), QString::fromStdString(call));
        QCOMPARE(at(family, 1, CaseNoteModel::AboutRole), QString("Familjen"));
        QVERIFY(!family.data(family.index(1), CaseNoteModel::SignedRole).toBool());
        QVERIFY(at(family, 1, CaseNoteModel::AuthorRole).startsWith("Maja Exempel"));
        QVERIFY(!at(family, 1, CaseNoteModel::DateRole).isEmpty());

        CaseNoteModel child;
        child.setWorkspace(&c.workspace);
        child.setChildId(c.childId);
        QCOMPARE(child.rowCount(), 1);

        // A note written in the form shows in both lists at once.
        CaseNoteEditor editor;
        editor.setWorkspace(&c.workspace);
        editor.setProperty("childId", c.childId);
        editor.setProperty("body", "Samtal med kuratorn.");
        QVERIFY(editor.save());
        QCOMPARE(child.rowCount(), 2);
        QCOMPARE(family.rowCount(), 3);
        QCOMPARE(at(family, 0, CaseNoteModel::NoteIdRole), editor.noteId());

        // The page's own filter: every word starts a word of the text, the kind, whom it is
        // about or who wrote it.
        family.setFilter("kurator");
        QCOMPARE(family.rowCount(), 1);
        QCOMPARE(at(family, 0, CaseNoteModel::NoteIdRole), editor.noteId());
        family.setFilter("MÖTE skol");
        QCOMPARE(family.rowCount(), 1);
        QCOMPARE(at(family, 0, CaseNoteModel::NoteIdRole), QString::fromStdString(school));
        family.setFilter("alice");
        QCOMPARE(family.rowCount(), 2);
        family.setFilter("urator"); // not the start of a word
        QCOMPARE(family.rowCount(), 0);
        QVERIFY(family.errorText().isEmpty());
        child.setFilter("kurator");
        QCOMPARE(child.rowCount(), 1);
        family.setFilter("");
        QCOMPARE(family.rowCount(), 3);

        family.setFamilyId("no-such-family");
        QCOMPARE(family.rowCount(), 0);
        QVERIFY(!family.errorText().isEmpty());
    }

    void searchShowsASignedCaseNoteAsOne()
    {
        Case c;
        CaseNoteEditor editor;
        editor.setWorkspace(&c.workspace);
        editor.setProperty("familyId", c.familyId);
        editor.setProperty("kind", "health_care_meeting");
        editor.setProperty("body", "Nätverksmöte på vårdcentralen om pappans rehabilitering.");
        QVERIFY(editor.sign());

        SearchModel search;
        search.setWorkspace(&c.workspace);
        search.setQuery("rehabilit");
        QCOMPARE(search.rowCount(), 1);
        QCOMPARE(search.data(search.index(0), SearchModel::IdRole).toString(), editor.noteId());
        QCOMPARE(search.data(search.index(0), SearchModel::KindRole).toString(),
                 QString("Anteckning i ärendet: Möte med hälso- och sjukvården"));
    }
};

QTEST_GUILESS_MAIN(TestCaseNotes)
#include "tst_casenotes.moc"
