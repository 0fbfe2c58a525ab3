// Members of a support group through the screens' models: children of the unit picked by name
// (identified), codes or first names (anonymous, never a personnummer), places shown and
// enforced, and a member who leaves kept with their attendance so far.

#include "attendancemodel.h"
#include "domaintestutil.h"
#include "familyservice.h"
#include "groupmembermodel.h"
#include "membercandidatemodel.h"

#include <QTest>

using namespace lykta;
using namespace lykta::app;

class TestGroupMembers : public QObject
{
    Q_OBJECT

    std::string makeGroup(domain::Group::Mode mode, int capacity)
    {
        domain::Group g;
        g.name = QStringLiteral("Klubb Simon");
        g.minAge = 7;
        g.maxAge = 10;
        g.capacity = capacity;
        g.mode = mode;
        g.startDate = QDate(2026, 9, 7);
        return *m_workspace->groups().createGroup(m_fixture->actor(), g);
    }

    std::string addChild(const std::string &familyId, const char *first, const QDate &birth)
    {
        domain::Child c;
        c.familyId = familyId;
        c.firstName = QString::fromUtf8(first);
        c.lastName = QStringLiteral("Lind");
        c.birthDate = birth;
        return *m_workspace->families().addChild(m_fixture->actor(), c);
    }

    void refused(GroupMemberModel &members, bool ok, const char *field, const QString &words)
    {
        QVERIFY(!ok);
        QCOMPARE(members.errorField(), QString::fromLatin1(field));
        QCOMPARE(members.errorText(), words);
    }

private slots:
    void init()
    {
        m_fixture = std::make_unique<domain::test::DomainFixture>();
        m_workspace = std::make_unique<Workspace>(m_fixture->store(), m_fixture->actor(), false);
    }

    void anonymousMembersAreCodesOrFirstNamesUpToCapacity()
    {
        GroupMemberModel members;
        members.setWorkspace(m_workspace.get());
        members.setGroupId(QString::fromStdString(makeGroup(domain::Group::Mode::Anonymous, 2)));
        QVERIFY(members.anonymous());
        QCOMPARE(members.capacity(), 2);
        QCOMPARE(members.placesTaken(), 0);

        const auto before = m_fixture->outboxSize();
        QVERIFY(GroupMemberModel::looksIdentifying("150101-1234"));
        QVERIFY(!GroupMemberModel::looksIdentifying("Sol 2"));
        refused(members, members.addAlias("150101-1234", "9"), "alias",
                "Det liknar ett personnummer. I en anonym grupp skrivs bara en kod eller ett "
                "förnamn.");
        refused(members, members.addAlias(" ", "9"), "alias", "Skriv en kod eller ett förnamn.");
        refused(members, members.addAlias("Sol", "12"), "age",
                "Gruppen är för barn som är 7–10 år.");
        refused(members, members.addAlias("Sol", "nio"), "age",
                "Gruppen är för barn som är 7–10 år.");
        QCOMPARE(m_fixture->outboxSize(), before);
        QCOMPARE(members.rowCount(), 0);

        QVERIFY(members.addAlias("Sol", "8"));
        QVERIFY(members.errorText().isEmpty());
        QVERIFY(members.errorField().isEmpty());
        QVERIFY(members.addAlias("Måne", "9"));
        QCOMPARE(members.placesTaken(), 2);
        QVERIFY(members.full());
        refused(members, members.addAlias("Stjärna", "10"), "group_id",
                "Gruppen är full: alla 2 platser är tagna. Ändra antalet platser i gruppens "
                "uppgifter, eller låt någon sluta först.");
        QCOMPARE(members.rowCount(), 2);
    }

    void identifiedMembersArePickedByNameAndNotOfferedTwice()
    {
        const auto family = m_workspace->families().createFamily(
            m_fixture->actor(), {{}, {}, QStringLiteral("Familjen Lind"), {}, {}, {}});
        const auto simon = addChild(*family, "Simon", QDate(2018, 1, 10)); // 8 at the start
        addChild(*family, "Sara", QDate(2012, 3, 1));                      // 14: too old
        const QString groupId =
            QString::fromStdString(makeGroup(domain::Group::Mode::Identified, 6));

        MemberCandidateModel candidates;
        candidates.setWorkspace(m_workspace.get());
        candidates.setGroupId(groupId);
        QCOMPARE(candidates.rowCount(), 2);
        candidates.setFilter("sim");
        QCOMPARE(candidates.rowCount(), 1);
        const QModelIndex first = candidates.index(0);
        QCOMPARE(candidates.data(first, MemberCandidateModel::NameRole).toString(),
                 QString("Simon Lind"));
        QCOMPARE(candidates.data(first, MemberCandidateModel::FamilyRole).toString(),
                 QString("Familjen Lind"));
        QCOMPARE(candidates.data(first, MemberCandidateModel::AgeRole).toInt(), 8);

        GroupMemberModel members;
        members.setWorkspace(m_workspace.get());
        members.setGroupId(groupId);
        QVERIFY(!members.anonymous());
        refused(members, members.addChild(""), "child_id", "Välj ett barn.");
        candidates.setFilter("Sara");
        const QString sara =
            candidates.data(candidates.index(0), MemberCandidateModel::ChildIdRole).toString();
        refused(members, members.addChild(sara), "age", "Gruppen är för barn som är 7–10 år.");

        QVERIFY(members.addChild(QString::fromStdString(simon)));
        QCOMPARE(members.rowCount(), 1);
        QCOMPARE(members.data(members.index(0), GroupMemberModel::AliasRole).toString(),
                 QString("Simon"));
        QVERIFY(members.data(members.index(0), GroupMemberModel::IdentifiedRole).toBool());
        // In the group now: no longer offered, and refused if picked anyway.
        candidates.setFilter("");
        QCOMPARE(candidates.rowCount(), 1);
        refused(members, members.addChild(QString::fromStdString(simon)), "child_id",
                "Barnet är redan med i gruppen.");
        // An anonymous alias has no place in an identified group.
        refused(members, members.addAlias("", "8"), "child_id", "Välj ett barn.");
    }

    void aMemberWhoLeavesIsKeptAndLeavesLaterAttendance()
    {
        const QString groupId =
            QString::fromStdString(makeGroup(domain::Group::Mode::Anonymous, 2));
        GroupMemberModel members;
        members.setWorkspace(m_workspace.get());
        members.setGroupId(groupId);
        QVERIFY(members.addAlias("Sol", "8"));
        QVERIFY(members.addAlias("Måne", "9"));
        auto &groups = m_workspace->groups();
        const auto first = *groups.addSession(
            m_fixture->actor(), {{}, {}, groupId.toStdString(), 0, QDate(2026, 9, 7), "Start"});
        const auto second = *groups.addSession(
            m_fixture->actor(), {{}, {}, groupId.toStdString(), 0, QDate(2026, 9, 14), "Oro"});
        QString sol;
        for (int i = 0; i < members.rowCount(); ++i) {
            if (members.data(members.index(i), GroupMemberModel::AliasRole) == "Sol")
                sol = members.data(members.index(i), GroupMemberModel::IdRole).toString();
        }
        QVERIFY(groups.recordAttendance(m_fixture->actor(), first, sol.toStdString(), true).ok());

        const auto before = m_fixture->outboxSize();
        refused(members, members.leave(sol, "i går"), "left_date",
                "Skriv dagen barnet slutade som ÅÅÅÅ-MM-DD, tidigast gruppens startdag.");
        refused(members, members.leave(sol, "2026-09-01"), "left_date",
                "Skriv dagen barnet slutade som ÅÅÅÅ-MM-DD, tidigast gruppens startdag.");
        QCOMPARE(m_fixture->outboxSize(), before);
        QVERIFY(members.leave(sol, "2026-09-10"));
        refused(members, members.leave(sol, "2026-09-11"), "left_date",
                "Barnet har redan slutat i gruppen.");

        // Kept, after those still in the group, with the day they left; the place is free.
        QCOMPARE(members.rowCount(), 2);
        QCOMPARE(members.placesTaken(), 1);
        QVERIFY(!members.full());
        const QModelIndex last = members.index(1);
        QCOMPARE(members.data(last, GroupMemberModel::AliasRole).toString(), QString("Sol"));
        QVERIFY(members.data(last, GroupMemberModel::LeftRole).toBool());
        QVERIFY(!members.data(last, GroupMemberModel::LeftDateRole).toString().isEmpty());
        QVERIFY(!members.data(members.index(0), GroupMemberModel::LeftRole).toBool());

        // The session Sol came to still counts them; the next one does not list them.
        AttendanceModel earlier;
        earlier.setWorkspace(m_workspace.get());
        earlier.setGroupId(groupId);
        earlier.setSessionId(QString::fromStdString(first));
        QCOMPARE(earlier.rowCount(), 2);
        QCOMPARE(earlier.presentCount(), 1);
        AttendanceModel later;
        later.setWorkspace(m_workspace.get());
        later.setGroupId(groupId);
        later.setSessionId(QString::fromStdString(second));
        QCOMPARE(later.rowCount(), 1);
        QCOMPARE(later.data(later.index(0), AttendanceModel::AliasRole).toString(),
                 QString("Måne"));
        QVERIFY(!later.setPresent(sol, true));
    }

private:
    std::unique_ptr<domain::test::DomainFixture> m_fixture;
    std::unique_ptr<Workspace> m_workspace;
};

QTEST_GUILESS_MAIN(TestGroupMembers)
#include "tst_groupmembers.moc"
