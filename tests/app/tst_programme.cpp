// Planning a group's programme in one go from its own theme list, then moving, renaming and
// cancelling one session; every refusal says why in place and writes nothing.

#include "attendancemodel.h"
#include "domaintestutil.h"
#include "groupservice.h"
#include "noteservice.h"
#include "programmeplanner.h"
#include "sessioneditor.h"
#include "sessionlistmodel.h"

#include <QTest>

using namespace lykta;
using namespace lykta::app;

class TestProgramme : public QObject
{
    Q_OBJECT

    // A group starting on Monday 2030-09-02 and ending before Christmas, with one child.
    static std::string makeGroup(domain::test::DomainFixture &fx)
    {
        domain::GroupService groups(fx.store());
        domain::Group g;
        g.name = "Klubb Simon, 7–10 år";
        g.programme = "Egen modell";
        g.minAge = 7;
        g.maxAge = 10;
        g.startDate = QDate(2030, 9, 2);
        g.endDate = QDate(2030, 12, 20);
        auto id = groups.createGroup(fx.actor(), g);
        if (!groups.addMember(fx.actor(), {{}, {}, *id, {}, "Blå", 8, {}}))
            qFatal("the fixture's member was refused");
        return *id;
    }

private slots:
    void planProgrammeFromTheGroupsThemeList()
    {
        domain::test::DomainFixture fx;
        Workspace workspace(fx.store(), fx.actor(), false);
        const QString group = QString::fromStdString(makeGroup(fx));
        ProgrammePlanner planner;
        planner.setWorkspace(&workspace);
        planner.setGroupId(group);
        // Nothing is pre-filled: the list is the group's own, from the person.
        QVERIFY(planner.themes().isEmpty());
        QCOMPARE(planner.property("from").toString(), QString("2030-09-02"));
        QCOMPARE(planner.property("weekday").toInt(), int(Qt::Monday));

        QVERIFY(!planner.addTheme("   "));
        QCOMPARE(planner.fieldErrors().value("themes").toString(), QString("Skriv temat först."));
        QVERIFY(planner.addTheme("Känslor"));
        QVERIFY(planner.errorText().isEmpty());
        QVERIFY(planner.addTheme("Min familj"));
        QVERIFY(planner.addTheme("Avslutning"));
        QVERIFY(planner.addTheme("Hemligheter"));
        planner.moveTheme(3, 1);
        QVERIFY(planner.renameTheme(0, " Vi lär känna varandra "));
        QVERIFY(!planner.renameTheme(1, ""));
        QVERIFY(planner.fieldErrors().contains("themes"));
        planner.removeTheme(2); // "Min familj"
        QCOMPARE(planner.themes(),
                 QStringList({"Vi lär känna varandra", "Hemligheter", "Avslutning"}));

        planner.setProperty("weekday", int(Qt::Tuesday));
        planner.setProperty("count", 4);
        planner.setProperty("time", "16.30");
        QVERIFY(!planner.updatePreview());
        QCOMPARE(planner.fieldErrors().value("time").toString(),
                 QString("Skriv tiden som TT:MM, till exempel 16:30."));
        planner.setProperty("time", "16:30");
        planner.setProperty("from", "2 september");
        QVERIFY(!planner.updatePreview());
        QVERIFY(planner.fieldErrors().contains("from"));
        planner.setProperty("from", "2030-09-02");
        QVERIFY(!planner.updatePreview()); // 3 themes for 4 sessions
        QVERIFY(planner.fieldErrors().value("themes").toString().contains("3 teman"));
        QVERIFY(planner.preview().isEmpty());
        planner.setProperty("count", 53);
        QVERIFY(!planner.confirm());
        QCOMPARE(planner.fieldErrors().value("count").toString(),
                 QString("Värdet ligger utanför det tillåtna intervallet."));
        planner.setProperty("count", 3);
        QCOMPARE(domain::GroupService(fx.store()).sessions(group.toStdString())->size(),
                 std::size_t{0});

        QVERIFY2(planner.updatePreview(), qPrintable(planner.errorText()));
        QCOMPARE(planner.preview().size(), 3);
        QVERIFY(planner.preview().at(0).startsWith("Träff 1 · "));
        QVERIFY(planner.preview().at(0).contains("16:30"));
        QVERIFY(planner.preview().at(2).endsWith("Avslutning"));
        QVERIFY(planner.confirm());
        QVERIFY(planner.errorText().isEmpty());

        SessionListModel sessions;
        sessions.setWorkspace(&workspace);
        sessions.setGroupId(group);
        QCOMPARE(sessions.rowCount(), 3);
        const auto at = [&](int row, int role) {
            return sessions.data(sessions.index(row), role);
        };
        QCOMPARE(at(0, SessionListModel::DateRole).toString(), QString("2030-09-03"));
        QCOMPARE(at(1, SessionListModel::DateRole).toString(), QString("2030-09-10"));
        QCOMPARE(at(1, SessionListModel::TimeRole).toString(), QString("16:30"));
        QCOMPARE(at(1, SessionListModel::ThemeRole).toString(), QString("Hemligheter"));

        // The group page's filter over its notes: a session's theme or the note about it.
        domain::Note note;
        note.subjectEntity = "group_session";
        note.subjectId = at(2, SessionListModel::IdRole).toString().toStdString();
        note.kind = "session";
        note.eventDate = QDate(2030, 9, 17);
        note.body = "Vi ritade regnbågar tillsammans.";
        QVERIFY(domain::NoteService(fx.store()).createDraft(fx.actor(), note));
        sessions.setFilter("regnbåg");
        QCOMPARE(sessions.rowCount(), 1);
        QCOMPARE(at(0, SessionListModel::ThemeRole).toString(), QString("Avslutning"));
        sessions.setFilter("hemlig");
        QCOMPARE(sessions.rowCount(), 1);
        sessions.setFilter("regnbåg hemlig"); // every word, in one session
        QCOMPARE(sessions.rowCount(), 0);
        sessions.setFilter({});
        QCOMPARE(sessions.rowCount(), 3);

        // Planning again starts after the last session; starting earlier is refused.
        QCOMPARE(planner.property("from").toString(), QString("2030-09-18"));
        planner.setProperty("from", "2030-09-10");
        planner.setProperty("count", 1);
        QVERIFY(!planner.updatePreview());
        QVERIFY(planner.fieldErrors().value("from").toString().contains("dubbleras"));
        planner.setProperty("from", "2030-12-16"); // Tuesday 12-17, then past the end
        planner.setProperty("count", 2);
        QVERIFY(!planner.confirm());
        QCOMPARE(planner.fieldErrors().value("date").toString(),
                 QString("Träffen ligger utanför gruppens period."));
        QCOMPARE(sessions.rowCount(), 3);
    }

    void suggestionsAreAnEditableStartingList()
    {
        domain::test::DomainFixture fx;
        Workspace workspace(fx.store(), fx.actor(), false);
        ProgrammePlanner planner;
        planner.setWorkspace(&workspace);
        planner.setGroupId(QString::fromStdString(makeGroup(fx)));
        planner.addSuggestions();
        QCOMPARE(planner.themes().size(), 8);
        planner.removeTheme(0);
        QCOMPARE(planner.themes().size(), 7);
        QCOMPARE(fx.outboxSize(), fx.outboxSize()); // nothing about themes is stored
        QCOMPARE(domain::GroupService(fx.store()).sessions(planner.groupId().toStdString())->size(),
                 std::size_t{0});
    }

    void moveRenameAndCancelOneSession()
    {
        domain::test::DomainFixture fx;
        Workspace workspace(fx.store(), fx.actor(), false);
        const std::string group = makeGroup(fx);
        domain::GroupService groups(fx.store());
        domain::ProgrammePlan plan{group,      QDate(2030, 9, 2),
                                   Qt::Monday, QTime(15, 0),
                                   3,          {"Känslor", "Familjen", "Avslutning"}};
        auto ids = groups.planProgramme(fx.actor(), plan); // 09-02, 09-09, 09-16
        QVERIFY(ids);
        SessionEditor editor;
        editor.setWorkspace(&workspace);
        editor.setSessionId(QString::fromStdString(ids->at(1)));
        QCOMPARE(editor.title(), QString("Träff 2: Familjen"));
        QCOMPARE(editor.property("time").toString(), QString("15:00"));
        const auto outbox = fx.outboxSize();

        editor.setProperty("date", "2030-09-02"); // onto session 1
        QVERIFY(!editor.move());
        QCOMPARE(editor.fieldErrors().value("date").toString(),
                 QString("Gruppen har redan en träff samma dag och tid."));
        editor.setProperty("date", "9/10");
        QVERIFY(!editor.move());
        QVERIFY(editor.fieldErrors().contains("date"));
        editor.setProperty("date", "2030-09-11");
        editor.setProperty("time", "kväll");
        QVERIFY(!editor.move());
        QVERIFY(editor.fieldErrors().contains("time"));
        editor.setProperty("date", "2031-01-08");
        editor.setProperty("time", "15:00");
        QVERIFY(!editor.move());
        QVERIFY(editor.fieldErrors().contains("date"));
        editor.setProperty("theme", "  ");
        QVERIFY(!editor.rename());
        QVERIFY(editor.fieldErrors().contains("theme"));
        QCOMPARE(fx.outboxSize(), outbox);

        editor.setProperty("date", "2030-09-11");
        editor.setProperty("time", "17:15");
        QVERIFY2(editor.move(), qPrintable(editor.errorText()));
        editor.setProperty("theme", "Min familj");
        QVERIFY(editor.rename());
        QCOMPARE(editor.title(), QString("Träff 2: Min familj"));
        QVERIFY(editor.when().contains("17:15"));
        auto moved = groups.session(ids->at(1));
        QCOMPARE(moved->date, QDate(2030, 9, 11));
        QCOMPARE(moved->time, QTime(17, 15));

        // Cancelled: still listed, marked, and it takes no attendance.
        QVERIFY(editor.cancel());
        QVERIFY(editor.cancelled());
        QCOMPARE(editor.title(), QString("Träff 2: Min familj (inställd)"));
        QVERIFY(!editor.cancel());
        QCOMPARE(editor.errorText(),
                 QString("Träffen är inställd: den tar ingen närvaro och ändras inte."));
        SessionListModel sessions;
        sessions.setWorkspace(&workspace);
        sessions.setGroupId(QString::fromStdString(group));
        QCOMPARE(sessions.rowCount(), 3);
        QVERIFY(sessions.data(sessions.index(1), SessionListModel::CancelledRole).toBool());
        QVERIFY(!sessions.data(sessions.index(0), SessionListModel::CancelledRole).toBool());

        AttendanceModel attendance;
        attendance.setWorkspace(&workspace);
        attendance.setGroupId(QString::fromStdString(group));
        attendance.setSessionId(QString::fromStdString(ids->at(1)));
        const QString blue =
            attendance.data(attendance.index(0), AttendanceModel::MemberIdRole).toString();
        QVERIFY(!attendance.setPresent(blue, true));
        QCOMPARE(attendance.errorText(),
                 QString("Träffen är inställd: den tar ingen närvaro och ändras inte."));
        QCOMPARE(attendance.presentCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestProgramme)
#include "tst_programme.moc"
