// Planning a group session and taking attendance with one tap per child, with mood at the
// start and end; wrong values give a message and change nothing.

#include "attendancemodel.h"
#include "domaintestutil.h"
#include "groupservice.h"
#include "sessionlistmodel.h"

#include <QSignalSpy>
#include <QTest>

using namespace lykta;
using namespace lykta::app;

class TestGroupSession : public QObject
{
    Q_OBJECT

private slots:
    void planSessionTakeAttendanceAndMood()
    {
        domain::test::DomainFixture fx;
        Workspace workspace(fx.store(), fx.actor(), false);
        domain::GroupService groups(fx.store());
        domain::Group g;
        g.name = "Tisdagsgruppen";
        g.programme = "Egen";
        g.minAge = 7;
        g.maxAge = 12;
        g.startDate = QDate::currentDate().addDays(-7);
        const auto group = groups.createGroup(fx.actor(), g);
        QVERIFY(group);
        QVERIFY(groups.addMember(fx.actor(), {{}, {}, *group, {}, "Blå", 8}));
        QVERIFY(groups.addMember(fx.actor(), {{}, {}, *group, {}, "Grön", 10}));

        SessionListModel sessions;
        sessions.setWorkspace(&workspace);
        sessions.setGroupId(QString::fromStdString(*group));
        QVERIFY(sessions.plan("inte ett datum", "Känslor").isEmpty());
        QCOMPARE(sessions.errorText(), QString("Datumet är inte giltigt."));
        QCOMPARE(sessions.rowCount(), 0);
        const QString sessionId =
            sessions.plan(QDate::currentDate().toString(Qt::ISODate), "Känslor");
        QVERIFY2(!sessionId.isEmpty(), qPrintable(sessions.errorText()));
        QVERIFY(sessions.errorText().isEmpty());
        QCOMPARE(sessions.rowCount(), 1);

        AttendanceModel attendance;
        attendance.setWorkspace(&workspace);
        attendance.setGroupId(QString::fromStdString(*group));
        attendance.setSessionId(sessionId);
        QCOMPARE(attendance.rowCount(), 2);
        QCOMPARE(attendance.presentCount(), 0);
        const auto at = [&](int row, int role) {
            return attendance.data(attendance.index(row), role);
        };
        const QString blue = at(0, AttendanceModel::MemberIdRole).toString();
        QCOMPARE(at(0, AttendanceModel::AliasRole).toString(), QString("Blå"));

        // The screen's "1 av 2 närvarande" follows the tap.
        QSignalSpy presentCount(&attendance, &AttendanceModel::presentCountChanged);
        QVERIFY(attendance.setPresent(blue, true));
        QCOMPARE(attendance.presentCount(), 1);
        QCOMPARE(presentCount.count(), 1);
        QVERIFY(at(0, AttendanceModel::PresentRole).toBool());
        QCOMPARE(sessions.data(sessions.index(0), SessionListModel::PresentRole).toInt(), 1);

        QVERIFY(!attendance.setMood(blue, 6, 0));
        QVERIFY(!attendance.errorText().isEmpty());
        QCOMPARE(at(0, AttendanceModel::StartMoodRole).toInt(), 0);
        QVERIFY(attendance.setMood(blue, 2, 0));
        QVERIFY(attendance.errorText().isEmpty());
        QVERIFY(attendance.setMood(blue, 2, 4));
        QCOMPARE(at(0, AttendanceModel::StartMoodRole).toInt(), 2);
        QCOMPARE(at(0, AttendanceModel::EndMoodRole).toInt(), 4);

        // One tap back: absent again, one attendance row, not two.
        QVERIFY(attendance.setPresent(blue, false));
        QCOMPARE(attendance.presentCount(), 0);
        QCOMPARE(groups.attendance(sessionId.toStdString())->size(), std::size_t{1});
    }
};

QTEST_GUILESS_MAIN(TestGroupSession)
#include "tst_groupsession.moc"
