#include "domaintestutil.h"
#include "familyservice.h"
#include "groupservice.h"

#include <QtTest>

using namespace lykta;
using namespace lykta::domain;

class TestGroupService : public QObject
{
    Q_OBJECT

    static Group group(Group::Mode mode, int capacity = 6)
    {
        Group g;
        g.name = QStringLiteral("Tisdagsgruppen");
        g.programme = QStringLiteral("Egen");
        g.minAge = 7;
        g.maxAge = 12;
        g.capacity = capacity;
        g.mode = mode;
        g.startDate = QDate(2024, 9, 3);
        g.endDate = QDate(2024, 11, 26);
        return g;
    }

    static GroupMember alias(const std::string &groupId, const char *name, int age = 9)
    {
        GroupMember m;
        m.groupId = groupId;
        m.alias = QString::fromUtf8(name);
        m.age = age;
        return m;
    }

private slots:
    void groupValidation()
    {
        test::DomainFixture fx;
        GroupService groups(fx.store());
        Group g = group(Group::Mode::Anonymous);
        g.name.clear();
        QCOMPARE(groups.createGroup(fx.actor(), g).error().field, std::string("name"));
        g = group(Group::Mode::Anonymous, 0);
        QCOMPARE(groups.createGroup(fx.actor(), g).error().code, DomainErrc::OutOfRange);
        g = group(Group::Mode::Anonymous);
        g.maxAge = 45;
        QCOMPARE(groups.createGroup(fx.actor(), g).error().code, DomainErrc::AgeOutOfRange);
        g = group(Group::Mode::Anonymous);
        g.endDate = g.startDate.addDays(-1);
        QCOMPARE(groups.createGroup(fx.actor(), g).error().field, std::string("end_date"));
        auto ok = groups.createGroup(fx.actor(), group(Group::Mode::Anonymous));
        QVERIFY(ok.ok());
        auto read = groups.group(*ok);
        QCOMPARE(read->name, QStringLiteral("Tisdagsgruppen"));
        QCOMPARE(read->mode, Group::Mode::Anonymous);
        QCOMPARE(read->startDate, QDate(2024, 9, 3));
    }

    void sessionBeforeGroupStartIsRefused()
    {
        test::DomainFixture fx;
        GroupService groups(fx.store());
        auto g = groups.createGroup(fx.actor(), group(Group::Mode::Anonymous));
        const auto before = fx.outboxSize();
        auto early = groups.addSession(
            fx.actor(), {{}, {}, *g, 0, QDate(2024, 9, 2), QStringLiteral("Känslor")});
        QVERIFY(!early.ok());
        QCOMPARE(early.error().code, DomainErrc::SessionBeforeGroupStart);
        QCOMPARE(early.error().field, std::string("date"));
        QCOMPARE(fx.outboxSize(), before);
        auto first = groups.addSession(
            fx.actor(), {{}, {}, *g, 0, QDate(2024, 9, 3), QStringLiteral("Känslor")});
        QVERIFY(first.ok());
        auto second = groups.addSession(
            fx.actor(), {{}, {}, *g, 0, QDate(2024, 9, 10), QStringLiteral("Familjen")});
        auto list = groups.sessions(*g);
        QCOMPARE(list->size(), std::size_t{2});
        QCOMPARE(list->at(1).number, 2);
        QCOMPARE(list->at(1).theme, QStringLiteral("Familjen"));
        auto noTheme = groups.addSession(fx.actor(), {{}, {}, *g, 0, QDate(2024, 9, 17), {}});
        QCOMPARE(noTheme.error().field, std::string("theme"));
    }

    void attendanceForNonMemberIsRefusedAndNothingWritten()
    {
        test::DomainFixture fx;
        GroupService groups(fx.store());
        auto a = groups.createGroup(fx.actor(), group(Group::Mode::Anonymous));
        auto b = groups.createGroup(fx.actor(), group(Group::Mode::Anonymous));
        auto inA = groups.addMember(fx.actor(), alias(*a, "Blå"));
        auto inB = groups.addMember(fx.actor(), alias(*b, "Grön"));
        auto session = groups.addSession(
            fx.actor(), {{}, {}, *a, 0, QDate(2024, 9, 3), QStringLiteral("Start")});
        const auto before = fx.outboxSize();
        auto wrong = groups.recordAttendance(fx.actor(), *session, *inB, true);
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.error().code, DomainErrc::NotAMember);
        QCOMPARE(wrong.error().field, std::string("member_id"));
        QCOMPARE(fx.outboxSize(), before);
        QVERIFY(groups.attendance(*session)->empty());

        QVERIFY(groups.recordAttendance(fx.actor(), *session, *inA, true).ok());
        QVERIFY(groups.recordAttendance(fx.actor(), *session, *inA, false).ok());
        auto rows = groups.attendance(*session);
        QCOMPARE(rows->size(), std::size_t{1}); // corrected, not duplicated
        QCOMPARE(rows->front().present, false);
    }

    void capacityIsEnforced()
    {
        test::DomainFixture fx;
        GroupService groups(fx.store());
        auto g = groups.createGroup(fx.actor(), group(Group::Mode::Anonymous, 2));
        QVERIFY(groups.addMember(fx.actor(), alias(*g, "A")).ok());
        QVERIFY(groups.addMember(fx.actor(), alias(*g, "B")).ok());
        const auto before = fx.outboxSize();
        auto third = groups.addMember(fx.actor(), alias(*g, "C"));
        QCOMPARE(third.error().code, DomainErrc::CapacityExceeded);
        QCOMPARE(fx.outboxSize(), before);
        QCOMPARE(groups.members(fx.actor(), *g)->size(), std::size_t{2});
    }

    void anonymousGroupHoldsNoIdentity()
    {
        test::DomainFixture fx;
        FamilyService families(fx.store());
        auto fam = families.createFamily(fx.actor(), {{}, {}, QStringLiteral("F"), {}, {}, {}});
        Child c;
        c.familyId = *fam;
        c.firstName = QStringLiteral("Leo");
        c.birthDate = QDate(2015, 1, 1);
        auto child = families.addChild(fx.actor(), c);
        GroupService groups(fx.store());
        auto g = groups.createGroup(fx.actor(), group(Group::Mode::Anonymous));
        GroupMember linked = alias(*g, "Leo");
        linked.childId = *child;
        QCOMPARE(groups.addMember(fx.actor(), linked).error().code, DomainErrc::AnonymousGroup);
        auto pnr = groups.addMember(fx.actor(), alias(*g, "150101-1234"));
        QCOMPARE(pnr.error().code, DomainErrc::AnonymousGroup);
        QCOMPARE(pnr.error().field, std::string("alias"));
        QCOMPARE(groups.addMember(fx.actor(), alias(*g, "")).error().code, DomainErrc::Empty);
        QCOMPARE(groups.addMember(fx.actor(), alias(*g, "Leo", 14)).error().code,
                 DomainErrc::AgeOutOfRange);
        auto ok = groups.addMember(fx.actor(), alias(*g, "Leo"));
        QVERIFY(ok.ok());
        QVERIFY((*fx.store().get("group_member", *ok))->isNull("child_id"));
    }

    void identifiedGroupLinksChildrenOnce()
    {
        test::DomainFixture fx;
        FamilyService families(fx.store());
        auto fam = families.createFamily(fx.actor(), {{}, {}, QStringLiteral("F"), {}, {}, {}});
        Child c;
        c.familyId = *fam;
        c.firstName = QStringLiteral("Mira");
        c.birthDate = QDate(2015, 10, 1); // 8 on the group's start day
        auto child = families.addChild(fx.actor(), c);
        GroupService groups(fx.store());
        auto g = groups.createGroup(fx.actor(), group(Group::Mode::Identified));
        GroupMember m;
        m.groupId = *g;
        QCOMPARE(groups.addMember(fx.actor(), m).error().field, std::string("child_id"));
        m.childId = *child;
        auto id = groups.addMember(fx.actor(), m);
        QVERIFY(id.ok());
        auto members = groups.members(fx.actor(), *g);
        QCOMPARE(members->front().alias, QStringLiteral("Mira"));
        QCOMPARE(members->front().age, 8);
        QCOMPARE(groups.addMember(fx.actor(), m).error().code, DomainErrc::AlreadyMember);
    }

    void moodMustBeOneToFive()
    {
        test::DomainFixture fx;
        GroupService groups(fx.store());
        auto g = groups.createGroup(fx.actor(), group(Group::Mode::Anonymous));
        auto member = groups.addMember(fx.actor(), alias(*g, "Blå"));
        auto session = groups.addSession(
            fx.actor(), {{}, {}, *g, 0, QDate(2024, 9, 3), QStringLiteral("Start")});
        const auto before = fx.outboxSize();
        auto low = groups.recordMood(fx.actor(), {{}, *session, *member, 0, {}});
        QCOMPARE(low.error().code, DomainErrc::OutOfRange);
        QCOMPARE(low.error().field, std::string("start_mood"));
        auto high = groups.recordMood(fx.actor(), {{}, *session, *member, 3, 6});
        QCOMPARE(high.error().field, std::string("end_mood"));
        QCOMPARE(fx.outboxSize(), before);
        QVERIFY(groups.recordMood(fx.actor(), {{}, *session, *member, 1, 5}).ok());
        auto moods = groups.moods(*session);
        QCOMPARE(moods->size(), std::size_t{1});
        QCOMPARE(moods->front().startMood, 1);
        QCOMPARE(moods->front().endMood, std::optional<int>(5));
    }
};

QTEST_GUILESS_MAIN(TestGroupService)
#include "tst_groupservice.moc"
