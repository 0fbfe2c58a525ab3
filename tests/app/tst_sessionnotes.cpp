// Notes on a group session: the leaders' note about the session and a short note per child,
// saved as drafts, signed (then never changed), corrected with amendments, each showing who
// wrote it and when. In an anonymous group a child's note may not identify the child.

#include "attendancemodel.h"
#include "domaintestutil.h"
#include "groupservice.h"
#include "noteservice.h"
#include "sessionnotemodel.h"
#include "unitservice.h"

#include <QTest>

using namespace lykta;
using namespace lykta::app;

class TestSessionNotes : public QObject
{
    Q_OBJECT

    struct Setup
    {
        std::string group, session, blue, green;
    };

    static Setup makeGroup(domain::test::DomainFixture &fx, domain::Group::Mode mode)
    {
        domain::GroupService groups(fx.store());
        domain::Group g;
        g.name = "Tisdagsgruppen";
        g.minAge = 7;
        g.maxAge = 12;
        g.mode = mode;
        g.startDate = QDate::currentDate().addDays(-14);
        Setup s;
        s.group = *groups.createGroup(fx.actor(), g);
        if (mode == domain::Group::Mode::Anonymous) { // identified members need child records
            s.blue = *groups.addMember(fx.actor(), {{}, {}, s.group, {}, "Blå", 8});
            s.green = *groups.addMember(fx.actor(), {{}, {}, s.group, {}, "Grön", 10});
        }
        s.session = *groups.addSession(
            fx.actor(), {{}, {}, s.group, 0, QDate::currentDate().addDays(-7), "Känslor"});
        return s;
    }

    static QVariant at(const SessionNoteModel &m, int row, int role)
    {
        return m.data(m.index(row), role);
    }

private slots:
    void sessionNoteDraftSignAndAmend()
    {
        domain::test::DomainFixture fx;
        QVERIFY(domain::UnitService(fx.store())
                    .correctStaff(fx.actor(), fx.staffId(), "Maja Exempel", "Anhörigkonsulent"));
        Workspace workspace(fx.store(), fx.actor(), false);
        const Setup s = makeGroup(fx, domain::Group::Mode::Anonymous);

        SessionNoteModel notes;
        notes.setWorkspace(&workspace);
        notes.setSessionId(QString::fromStdString(s.session));
        QCOMPARE(notes.rowCount(), 0);
        QVERIFY(!notes.hasDraft());
        QVERIFY(notes.anonymous());

        const QString id = notes.saveDraft({}, "Vi pratade om känslor.");
        QVERIFY2(!id.isEmpty(), qPrintable(notes.errorText()));
        QCOMPARE(notes.rowCount(), 1);
        QVERIFY(notes.hasDraft());
        QCOMPARE(notes.draftId(), id);
        QCOMPARE(notes.draftBody(), QString("Vi pratade om känslor."));
        QCOMPARE(at(notes, 0, SessionNoteModel::BodyRole).toString(),
                 QString("Vi pratade om känslor."));
        QVERIFY(!at(notes, 0, SessionNoteModel::SignedRole).toBool());
        QVERIFY(at(notes, 0, SessionNoteModel::AuthorRole)
                    .toString()
                    .startsWith("Maja Exempel, "
                                "Anhörigkonsulent"));
        QVERIFY(!at(notes, 0, SessionNoteModel::WrittenRole).toString().isEmpty());

        // Saving the same text again writes nothing.
        const auto outbox = fx.outboxSize();
        QCOMPARE(notes.saveDraft(id, "Vi pratade om känslor."), id);
        QCOMPARE(fx.outboxSize(), outbox);

        // Saving again changes the same draft; it is dated the session's day.
        QCOMPARE(notes.saveDraft(id, "Vi pratade om känslor. Alla var med."), id);
        QCOMPARE(notes.rowCount(), 1);
        auto stored = domain::NoteService(fx.store()).note(fx.actor(), id.toStdString());
        QCOMPARE(stored->eventDate, QDate::currentDate().addDays(-7));
        QCOMPARE(stored->kind, QString("session"));

        // Signing an empty text is refused and leaves the draft as it was.
        QVERIFY(!notes.sign(id, "   "));
        QCOMPARE(notes.errorText(), QString("Fältet får inte vara tomt."));
        QVERIFY(notes.hasDraft());

        QVERIFY(notes.sign(id, "Vi pratade om känslor. Alla var med och ritade."));
        QVERIFY(notes.errorText().isEmpty());
        QVERIFY(!notes.hasDraft());
        QVERIFY(notes.draftId().isEmpty());
        QVERIFY(at(notes, 0, SessionNoteModel::SignedRole).toBool());
        QCOMPARE(at(notes, 0, SessionNoteModel::BodyRole).toString(),
                 QString("Vi pratade om känslor. Alla var med och ritade."));
        QVERIFY(at(notes, 0, SessionNoteModel::SignedTextRole).toString().contains("Maja Exempel"));

        // Signed: the text never changes; a correction is an amendment beside it.
        QVERIFY(notes.saveDraft(id, "Ändrat i efterhand").isEmpty());
        QCOMPARE(notes.errorText(),
                 QString("Signerade anteckningar kan inte ändras. Skriv en rättelse i stället."));
        QVERIFY(!notes.amend(id, "", "Utan skäl"));
        QVERIFY(notes.amend(id, "Fel tema", "Temat var familjen, inte känslor."));
        QCOMPARE(at(notes, 0, SessionNoteModel::BodyRole).toString(),
                 QString("Vi pratade om känslor. Alla var med och ritade."));
        const auto amendments = at(notes, 0, SessionNoteModel::AmendmentsRole).toList();
        QCOMPARE(amendments.size(), 1);
        const auto a = amendments.front().toMap();
        QCOMPARE(a.value("reason").toString(), QString("Fel tema"));
        QCOMPARE(a.value("body").toString(), QString("Temat var familjen, inte känslor."));
        QVERIFY(a.value("author").toString().startsWith("Maja Exempel"));

        // A second note may be started once the first is signed.
        QVERIFY(!notes.saveDraft({}, "Tillägg efter träffen.").isEmpty());
        QCOMPARE(notes.rowCount(), 2);
        QVERIFY(notes.hasDraft());
    }

    void childNotesBelongToTheirSessionAndDoNotIdentify()
    {
        domain::test::DomainFixture fx;
        Workspace workspace(fx.store(), fx.actor(), false);
        const Setup s = makeGroup(fx, domain::Group::Mode::Anonymous);
        const auto later =
            domain::GroupService(fx.store())
                .addSession(fx.actor(),
                            {{}, {}, s.group, 0, QDate::currentDate(), "Skuld och skam"});

        SessionNoteModel blue;
        blue.setWorkspace(&workspace);
        blue.setSessionId(QString::fromStdString(s.session));
        blue.setMemberId(QString::fromStdString(s.blue));
        const auto before = fx.outboxSize();
        QVERIFY(blue.saveDraft({}, "Blå (150101-1234) var ledsen.").isEmpty());
        QCOMPARE(blue.errorText(),
                 QString("Gruppen är anonym: inga personuppgifter får registreras."));
        QCOMPARE(blue.rowCount(), 0);
        QCOMPARE(fx.outboxSize(), before);
        const QString id = blue.saveDraft({}, "Blå var ledsen i början, gladare mot slutet.");
        QVERIFY2(!id.isEmpty(), qPrintable(blue.errorText()));
        QCOMPARE(blue.rowCount(), 1);
        QCOMPARE(domain::NoteService(fx.store()).note(fx.actor(), id.toStdString())->kind,
                 QString("member"));

        // Another child at the same session, and the same child at the next session, start
        // empty; the session's own note is not a child's note.
        SessionNoteModel green;
        green.setWorkspace(&workspace);
        green.setSessionId(QString::fromStdString(s.session));
        green.setMemberId(QString::fromStdString(s.green));
        QCOMPARE(green.rowCount(), 0);
        SessionNoteModel blueLater;
        blueLater.setWorkspace(&workspace);
        blueLater.setSessionId(QString::fromStdString(*later));
        blueLater.setMemberId(QString::fromStdString(s.blue));
        QCOMPARE(blueLater.rowCount(), 0);
        SessionNoteModel session;
        session.setWorkspace(&workspace);
        session.setSessionId(QString::fromStdString(s.session));
        QCOMPARE(session.rowCount(), 0);

        // The attendance list says whose notes are written and whether they are signed.
        AttendanceModel attendance;
        attendance.setWorkspace(&workspace);
        attendance.setGroupId(QString::fromStdString(s.group));
        attendance.setSessionId(QString::fromStdString(s.session));
        const auto noteState = [&](const std::string &member) {
            for (int row = 0; row < attendance.rowCount(); ++row) {
                const auto i = attendance.index(row);
                if (attendance.data(i, AttendanceModel::MemberIdRole).toString().toStdString() ==
                    member)
                    return attendance.data(i, AttendanceModel::NoteStateRole).toInt();
            }
            return -1;
        };
        QCOMPARE(noteState(s.blue), 1);
        QCOMPARE(noteState(s.green), 0);

        // Signing through one model shows in every model of the same child and session.
        SessionNoteModel blueAgain;
        blueAgain.setWorkspace(&workspace);
        blueAgain.setSessionId(QString::fromStdString(s.session));
        blueAgain.setMemberId(QString::fromStdString(s.blue));
        QVERIFY(blue.sign(id, "Blå var ledsen i början, gladare mot slutet."));
        QVERIFY(at(blueAgain, 0, SessionNoteModel::SignedRole).toBool());
        QCOMPARE(noteState(s.blue), 2);
    }

    void identifiedGroupIsNotAnonymous()
    {
        domain::test::DomainFixture fx;
        Workspace workspace(fx.store(), fx.actor(), false);
        const Setup s = makeGroup(fx, domain::Group::Mode::Identified);
        SessionNoteModel notes;
        notes.setWorkspace(&workspace);
        notes.setSessionId(QString::fromStdString(s.session));
        QVERIFY(!notes.anonymous());
    }
};

QTEST_GUILESS_MAIN(TestSessionNotes)
#include "tst_sessionnotes.moc"
