#include "domaintestutil.h"
#include "familyservice.h"
#include "groupservice.h"
#include "unitservice.h"

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

    void groupKeepsPlaceStatusAndLeaders()
    {
        test::DomainFixture fx;
        GroupService groups(fx.store());
        const QString me = QString::fromStdString(fx.staffId());
        const QString ola = QString::fromStdString(fx.addStaff("Ola Prov"));
        Group g = group(Group::Mode::Anonymous);
        g.programme = QStringLiteral("Klubb Simon-liknande");
        g.place = QStringLiteral(" Fritidsgården ");
        g.status = Group::Status::Planned;
        g.leaders = {me, ola, me};
        auto id = groups.createGroup(fx.actor(), g);
        QVERIFY(id.ok());
        auto read = groups.group(*id);
        QCOMPARE(read->place, QStringLiteral("Fritidsgården"));
        QCOMPARE(read->programme, QStringLiteral("Klubb Simon-liknande"));
        QCOMPARE(read->status, Group::Status::Planned);
        QCOMPARE(read->leaders, QStringList({me, ola}));
        QCOMPARE((*fx.store().get("support_group", *id))->text("status"), std::string("planned"));

        Group changed = *read;
        changed.status = Group::Status::Running;
        changed.place = QStringLiteral("Skolan");
        changed.leaders = {ola};
        QVERIFY(groups.updateGroup(fx.actor(), changed).ok());
        read = groups.group(*id);
        QCOMPARE(read->status, Group::Status::Running);
        QCOMPARE(read->place, QStringLiteral("Skolan"));
        QCOMPARE(read->leaders, QStringList({ola}));
    }

    void statusKeysAreTheThreeStates()
    {
        QCOMPARE(GroupService::statusFromKey(QStringLiteral("planned")), Group::Status::Planned);
        QCOMPARE(GroupService::statusFromKey(QStringLiteral("running")), Group::Status::Running);
        QCOMPARE(GroupService::statusFromKey(QStringLiteral("finished")), Group::Status::Finished);
        QVERIFY(!GroupService::statusFromKey(QStringLiteral("cancelled")));
        QVERIFY(!GroupService::statusFromKey(QString()));
        Group g = group(Group::Mode::Anonymous);
        g.status = static_cast<Group::Status>(7);
        QCOMPARE(GroupService::validateGroup(g).error().field, std::string("status"));
    }

    void leadersMustBeStaffOfTheUnit()
    {
        test::DomainFixture fx;
        UnitService units(fx.store());
        auto other = units.createUnit(store::Actor{fx.staffId(), {}},
                                      {{}, QStringLiteral("Grannenheten"), {}, false});
        QVERIFY(other.ok());
        auto stranger = units.createStaff(
            store::Actor{fx.staffId(), *other},
            {{}, *other, QStringLiteral("Annan Person"), QStringLiteral("Kurator"), {}});
        QVERIFY(stranger.ok());
        GroupService groups(fx.store());
        const auto before = fx.outboxSize();
        Group g = group(Group::Mode::Anonymous);
        g.leaders = {QString::fromStdString(*stranger)};
        auto refused = groups.createGroup(fx.actor(), g);
        QCOMPARE(refused.error().code, DomainErrc::NotFound);
        QCOMPARE(refused.error().field, std::string("leaders"));
        g.leaders = {QStringLiteral("no-such-staff")};
        QCOMPARE(groups.createGroup(fx.actor(), g).error().field, std::string("leaders"));
        QCOMPARE(fx.outboxSize(), before);

        g.leaders = {QString::fromStdString(fx.staffId())};
        auto id = groups.createGroup(fx.actor(), g);
        QVERIFY(id.ok());
        Group changed = *groups.group(*id);
        changed.leaders << QString::fromStdString(*stranger);
        QCOMPARE(groups.updateGroup(fx.actor(), changed).error().field, std::string("leaders"));
    }

    void ageBandCapacityAndDatesAreChecked()
    {
        Group g = group(Group::Mode::Anonymous);
        g.minAge = 13;
        g.maxAge = 12;
        QCOMPARE(GroupService::validateGroup(g).error().code, DomainErrc::AgeOutOfRange);
        QCOMPARE(GroupService::validateGroup(g).error().field, std::string("max_age"));
        g = group(Group::Mode::Anonymous);
        g.minAge = -1;
        QCOMPARE(GroupService::validateGroup(g).error().field, std::string("min_age"));
        g = group(Group::Mode::Anonymous, GroupService::kMaxCapacity + 1);
        QCOMPARE(GroupService::validateGroup(g).error().field, std::string("capacity"));
        g = group(Group::Mode::Anonymous, GroupService::kMaxCapacity);
        QVERIFY(GroupService::validateGroup(g).ok());
        g.startDate = QDate();
        QCOMPARE(GroupService::validateGroup(g).error().code, DomainErrc::InvalidDate);
        QCOMPARE(GroupService::validateGroup(g).error().field, std::string("start_date"));
    }

    void modeIsFixedOnceTheGroupHasMembers()
    {
        test::DomainFixture fx;
        GroupService groups(fx.store());
        auto id = groups.createGroup(fx.actor(), group(Group::Mode::Anonymous));
        Group g = *groups.group(*id);
        g.mode = Group::Mode::Identified;
        QVERIFY(groups.updateGroup(fx.actor(), g).ok()); // no members yet: still free
        g.mode = Group::Mode::Anonymous;
        QVERIFY(groups.updateGroup(fx.actor(), g).ok());
        auto member = groups.addMember(fx.actor(), alias(*id, "Blå"));
        QVERIFY(groups.removeMember(fx.actor(), *member, QDate(2024, 9, 10)).ok());
        const auto before = fx.outboxSize();
        g.mode = Group::Mode::Identified;
        auto refused = groups.updateGroup(fx.actor(), g); // a member who left still counts
        QCOMPARE(refused.error().code, DomainErrc::WrongState);
        QCOMPARE(refused.error().field, std::string("mode"));
        QCOMPARE(fx.outboxSize(), before);
        QCOMPARE(groups.group(*id)->mode, Group::Mode::Anonymous);
    }

    void capacityCannotDropBelowTheMembers()
    {
        test::DomainFixture fx;
        GroupService groups(fx.store());
        auto id = groups.createGroup(fx.actor(), group(Group::Mode::Anonymous, 3));
        QVERIFY(groups.addMember(fx.actor(), alias(*id, "A")).ok());
        auto b = groups.addMember(fx.actor(), alias(*id, "B"));
        Group g = *groups.group(*id);
        g.capacity = 1;
        auto refused = groups.updateGroup(fx.actor(), g);
        QCOMPARE(refused.error().code, DomainErrc::CapacityExceeded);
        QCOMPARE(refused.error().field, std::string("capacity"));
        // One leaves: their place is free, so one place is enough.
        QVERIFY(groups.removeMember(fx.actor(), *b, QDate(2024, 9, 10)).ok());
        QVERIFY(groups.updateGroup(fx.actor(), g).ok());
        QCOMPARE(*groups.placesTaken(*id), 1);
    }

    void aMemberWhoLeavesIsKeptWithAttendanceSoFar()
    {
        test::DomainFixture fx;
        GroupService groups(fx.store());
        auto id = groups.createGroup(fx.actor(), group(Group::Mode::Anonymous, 2));
        auto blue = groups.addMember(fx.actor(), alias(*id, "Blå"));
        auto green = groups.addMember(fx.actor(), alias(*id, "Grön"));
        auto first = groups.addSession(
            fx.actor(), {{}, {}, *id, 0, QDate(2024, 9, 3), QStringLiteral("Start")});
        auto second = groups.addSession(
            fx.actor(), {{}, {}, *id, 0, QDate(2024, 9, 10), QStringLiteral("Känslor")});
        QVERIFY(groups.recordAttendance(fx.actor(), *first, *blue, true).ok());
        QVERIFY(groups.recordAttendance(fx.actor(), *first, *green, true).ok());
        QCOMPARE(groups.addMember(fx.actor(), alias(*id, "Gul")).error().code,
                 DomainErrc::CapacityExceeded);

        const auto before = fx.outboxSize();
        QCOMPARE(groups.removeMember(fx.actor(), *blue, QDate()).error().field,
                 std::string("left_date"));
        QCOMPARE(groups.removeMember(fx.actor(), *blue, QDate(2024, 9, 2)).error().code,
                 DomainErrc::InvalidDate); // before the group started
        QCOMPARE(groups.removeMember(fx.actor(), "no-such-member", QDate(2024, 9, 5)).error().code,
                 DomainErrc::NotFound);
        QCOMPARE(fx.outboxSize(), before);
        QVERIFY(groups.removeMember(fx.actor(), *blue, QDate(2024, 9, 5)).ok());
        QCOMPARE(groups.removeMember(fx.actor(), *blue, QDate(2024, 9, 6)).error().code,
                 DomainErrc::WrongState);

        auto members = groups.members(fx.actor(), *id);
        QCOMPARE(members->size(), std::size_t{2}); // kept in the group's history
        QCOMPARE(members->front().alias, QStringLiteral("Blå"));
        QCOMPARE(members->front().leftDate, QDate(2024, 9, 5));
        QVERIFY(members->front().hasLeft());
        QVERIFY(!(*fx.store().get("group_member", *blue))->deleted());
        QCOMPARE(groups.attendance(*first)->size(), std::size_t{2}); // attendance so far stays
        // Not on later sessions.
        QCOMPARE(groups.recordAttendance(fx.actor(), *second, *blue, true).error().code,
                 DomainErrc::NotAMember);
        QVERIFY(groups.recordAttendance(fx.actor(), *second, *green, true).ok());
        // The place is free again.
        QCOMPARE(*groups.placesTaken(*id), 1);
        QVERIFY(groups.addMember(fx.actor(), alias(*id, "Gul")).ok());
    }

    void aChildWhoLeftMayComeBack()
    {
        test::DomainFixture fx;
        FamilyService families(fx.store());
        auto fam = families.createFamily(fx.actor(), {{}, {}, QStringLiteral("F"), {}, {}, {}});
        Child c;
        c.familyId = *fam;
        c.firstName = QStringLiteral("Mira");
        c.birthDate = QDate(2015, 10, 1);
        auto child = families.addChild(fx.actor(), c);
        GroupService groups(fx.store());
        auto g = groups.createGroup(fx.actor(), group(Group::Mode::Identified));
        GroupMember m;
        m.groupId = *g;
        m.childId = *child;
        QCOMPARE(groups.memberCandidates(*g, QStringLiteral("mir"))->size(), std::size_t{1});
        QVERIFY(groups.memberCandidates(*g, QStringLiteral("Leo"))->empty());
        auto first = groups.addMember(fx.actor(), m);
        // In the group: not offered again, and refused if added anyway.
        QVERIFY(groups.memberCandidates(*g, {})->empty());
        QCOMPARE(groups.addMember(fx.actor(), m).error().code, DomainErrc::AlreadyMember);
        QVERIFY(groups.removeMember(fx.actor(), *first, QDate(2024, 9, 20)).ok());
        QCOMPARE(groups.memberCandidates(*g, {})->size(), std::size_t{1});
        QVERIFY(groups.addMember(fx.actor(), m).ok());
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

    static ProgrammePlan plan(const std::string &groupId, int count)
    {
        ProgrammePlan p;
        p.groupId = groupId;
        p.from = QDate(2024, 9, 1); // a Sunday: the first Tuesday is 09-03
        p.weekday = Qt::Tuesday;
        p.time = QTime(16, 30);
        p.count = count;
        for (int i = 1; i <= count; ++i)
            p.themes << QStringLiteral("Tema %1").arg(i);
        return p;
    }

    void programmeIsPlannedWeeklyInOneWrite()
    {
        test::DomainFixture fx;
        GroupService groups(fx.store());
        auto g = groups.createGroup(fx.actor(), group(Group::Mode::Anonymous));
        const auto before = fx.outboxSize();
        auto preview = groups.previewProgramme(plan(*g, 8));
        QVERIFY(preview.ok());
        QCOMPARE(fx.outboxSize(), before); // a preview writes nothing
        QCOMPARE(preview->size(), std::size_t{8});
        QCOMPARE(preview->front().date, QDate(2024, 9, 3));
        QCOMPARE(preview->back().date, QDate(2024, 10, 22));
        QCOMPARE(preview->back().theme, QStringLiteral("Tema 8"));
        auto ids = groups.planProgramme(fx.actor(), plan(*g, 8));
        QVERIFY(ids.ok());
        QCOMPARE(ids->size(), std::size_t{8});
        auto list = groups.sessions(*g);
        QCOMPARE(list->size(), std::size_t{8});
        QCOMPARE(list->at(2).number, 3);
        QCOMPARE(list->at(2).date, QDate(2024, 9, 17));
        QCOMPARE(list->at(2).time, QTime(16, 30));
        QCOMPARE(list->at(2).theme, QStringLiteral("Tema 3"));
        QVERIFY(!list->at(2).cancelled);
    }

    void programmeRefusals_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("weekday");
        QTest::addColumn<bool>("time");
        QTest::addColumn<int>("themes");
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("code");
        const int range = int(DomainErrc::OutOfRange);
        QTest::newRow("no sessions") << 0 << 2 << true << 0 << "count" << range;
        QTest::newRow("53 sessions") << 53 << 2 << true << 53 << "count" << range;
        QTest::newRow("weekday 0") << 4 << 0 << true << 4 << "weekday" << range;
        QTest::newRow("weekday 8") << 4 << 8 << true << 4 << "weekday" << range;
        QTest::newRow("no time") << 4 << 2 << false << 4 << "time" << int(DomainErrc::InvalidDate);
        QTest::newRow("too few themes") << 4 << 2 << true << 3 << "themes" << range;
        QTest::newRow("past the group's end") // the 14th Tuesday is 12-03, after 11-26
            << 14 << 2 << true << 14 << "date" << int(DomainErrc::SessionBeforeGroupStart);
    }
    void programmeRefusals()
    {
        QFETCH(int, count);
        QFETCH(int, weekday);
        QFETCH(bool, time);
        QFETCH(int, themes);
        QFETCH(QString, field);
        QFETCH(int, code);
        test::DomainFixture fx;
        GroupService groups(fx.store());
        auto g = groups.createGroup(fx.actor(), group(Group::Mode::Anonymous));
        ProgrammePlan p = plan(*g, count);
        p.weekday = weekday;
        if (!time)
            p.time = QTime();
        while (p.themes.size() > themes)
            p.themes.removeLast();
        const auto before = fx.outboxSize();
        auto r = groups.planProgramme(fx.actor(), p);
        QVERIFY(!r.ok());
        QCOMPARE(QString::fromStdString(r.error().field), field);
        QCOMPARE(int(r.error().code), code);
        QCOMPARE(fx.outboxSize(), before);
        QCOMPARE(groups.sessions(*g)->size(), std::size_t{0});
    }

    void programmeNeverDuplicatesSessions()
    {
        test::DomainFixture fx;
        GroupService groups(fx.store());
        auto g = groups.createGroup(fx.actor(), group(Group::Mode::Anonymous));
        QVERIFY(groups.planProgramme(fx.actor(), plan(*g, 4)).ok()); // 09-03 .. 09-24
        auto again = groups.planProgramme(fx.actor(), plan(*g, 4));
        QCOMPARE(again.error().code, DomainErrc::ProgrammeOverlap);
        QCOMPARE(again.error().field, std::string("from"));
        ProgrammePlan more = plan(*g, 2);
        more.from = QDate(2024, 9, 25);
        more.themes = QStringList{QStringLiteral("  Avslutning "), QStringLiteral("")};
        auto empty = groups.planProgramme(fx.actor(), more);
        QCOMPARE(empty.error().code, DomainErrc::Empty);
        QCOMPARE(empty.error().field, std::string("themes"));
        more.themes[1] = QStringLiteral("Fika");
        QVERIFY(groups.planProgramme(fx.actor(), more).ok());
        auto list = groups.sessions(*g);
        QCOMPARE(list->size(), std::size_t{6});
        QCOMPARE(list->at(4).number, 5); // numbering continues after the last session
        QCOMPARE(list->at(4).date, QDate(2024, 10, 1));
        QCOMPARE(list->at(4).theme, QStringLiteral("Avslutning"));
    }

    void sessionIsMovedRenamedAndCancelled()
    {
        test::DomainFixture fx;
        GroupService groups(fx.store());
        auto g = groups.createGroup(fx.actor(), group(Group::Mode::Anonymous));
        auto ids = groups.planProgramme(fx.actor(), plan(*g, 3)); // 09-03, 09-10, 09-17
        const std::string second = ids->at(1);
        const auto before = fx.outboxSize();

        // Onto the first session's day and time, outside the period, an invalid date.
        auto clash = groups.moveSession(fx.actor(), second, QDate(2024, 9, 3), QTime(16, 30));
        QCOMPARE(clash.error().code, DomainErrc::SessionClash);
        QCOMPARE(clash.error().field, std::string("date"));
        auto outside = groups.moveSession(fx.actor(), second, QDate(2024, 12, 3), QTime(16, 30));
        QCOMPARE(outside.error().code, DomainErrc::SessionBeforeGroupStart);
        QCOMPARE(groups.moveSession(fx.actor(), second, QDate(), QTime(16, 30)).error().code,
                 DomainErrc::InvalidDate);
        QCOMPARE(groups.renameSession(fx.actor(), second, QStringLiteral("  ")).error().field,
                 std::string("theme"));
        QCOMPARE(groups.cancelSession(fx.actor(), "no-such-session").error().code,
                 DomainErrc::NotFound);
        QCOMPARE(fx.outboxSize(), before);

        // Same day as the first session, later that day, is fine.
        QVERIFY(groups.moveSession(fx.actor(), second, QDate(2024, 9, 3), QTime(18, 0)).ok());
        QVERIFY(groups.renameSession(fx.actor(), second, QStringLiteral(" Rädsla ")).ok());
        auto moved = groups.session(second);
        QCOMPARE(moved->date, QDate(2024, 9, 3));
        QCOMPARE(moved->time, QTime(18, 0));
        QCOMPARE(moved->theme, QStringLiteral("Rädsla"));

        auto member = groups.addMember(fx.actor(), alias(*g, "Blå"));
        QVERIFY(groups.recordAttendance(fx.actor(), second, *member, true).ok());
        QVERIFY(groups.cancelSession(fx.actor(), second).ok());
        auto cancelled = groups.session(second);
        QVERIFY(cancelled->cancelled);
        QCOMPARE(groups.sessions(*g)->size(), std::size_t{3}); // still listed

        // A cancelled session takes no attendance, mood or change; its slot is free again.
        const auto afterCancel = fx.outboxSize();
        QCOMPARE(groups.recordAttendance(fx.actor(), second, *member, false).error().code,
                 DomainErrc::SessionCancelled);
        QCOMPARE(groups.recordMood(fx.actor(), {{}, second, *member, 3, {}}).error().code,
                 DomainErrc::SessionCancelled);
        QCOMPARE(
            groups.moveSession(fx.actor(), second, QDate(2024, 9, 24), QTime(16, 30)).error().code,
            DomainErrc::SessionCancelled);
        QCOMPARE(groups.renameSession(fx.actor(), second, QStringLiteral("Ny")).error().code,
                 DomainErrc::SessionCancelled);
        QCOMPARE(groups.cancelSession(fx.actor(), second).error().code,
                 DomainErrc::SessionCancelled);
        QCOMPARE(fx.outboxSize(), afterCancel);
        QVERIFY(groups.moveSession(fx.actor(), ids->at(2), QDate(2024, 9, 3), QTime(18, 0)).ok());
    }

    void memberRemembersTheDayTheyJoined()
    {
        test::DomainFixture fx;
        GroupService groups(fx.store());
        auto g = groups.createGroup(fx.actor(), group(Group::Mode::Anonymous));
        GroupMember late = alias(*g, "Grön");
        late.joined = QDate(2024, 10, 1);
        QVERIFY(groups.addMember(fx.actor(), late).ok());
        QVERIFY(groups.addMember(fx.actor(), alias(*g, "Röd")).ok());
        auto members = groups.members(fx.actor(), *g); // by alias: Grön, Röd
        QCOMPARE(members->size(), std::size_t{2});
        QCOMPARE(members->at(0).joined, QDate(2024, 10, 1));
        QCOMPARE(members->at(1).joined, QDate::currentDate());
    }
};

QTEST_GUILESS_MAIN(TestGroupService)
#include "tst_groupservice.moc"
