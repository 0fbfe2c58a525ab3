#include "groupservice.h"

#include "detail.h"
#include "sync/core/uuid.h"

#include <QRegularExpression>

namespace lykta::domain {

using namespace detail;

namespace {

QString modeText(Group::Mode m)
{
    return m == Group::Mode::Identified ? QStringLiteral("identified")
                                        : QStringLiteral("anonymous");
}

Group toGroup(const store::Record &r)
{
    Group g;
    g.id = r.id;
    g.unitId = r.text("unit_id");
    g.name = qtext(r, "name");
    g.programme = qtext(r, "programme");
    g.minAge = int32(r, "min_age");
    g.maxAge = int32(r, "max_age");
    g.capacity = int32(r, "capacity");
    g.mode = qtext(r, "mode") == QLatin1String("identified") ? Group::Mode::Identified
                                                             : Group::Mode::Anonymous;
    const QString leaders = qtext(r, "leaders");
    g.leaders = leaders.isEmpty() ? QStringList() : leaders.split(QLatin1Char('\n'));
    g.startDate = qdate(r, "start_date");
    g.endDate = qdate(r, "end_date");
    return g;
}

GroupMember toMember(const store::Record &r)
{
    return GroupMember{r.id,
                       r.text("unit_id"),
                       r.text("group_id"),
                       r.text("child_id"),
                       qtext(r, "alias"),
                       int32(r, "age")};
}

GroupSession toSession(const store::Record &r)
{
    return GroupSession{r.id,
                        r.text("unit_id"),
                        r.text("group_id"),
                        int32(r, "number"),
                        qdate(r, "date"),
                        qtext(r, "theme")};
}

std::vector<store::FieldValue> groupFields(const Group &g)
{
    return {{"name", text(g.name.trimmed())},
            {"programme", text(g.programme.trimmed())},
            {"min_age", integer(g.minAge)},
            {"max_age", integer(g.maxAge)},
            {"capacity", integer(g.capacity)},
            {"mode", text(modeText(g.mode))},
            {"leaders", text(g.leaders.isEmpty() ? QString() : g.leaders.join(QLatin1Char('\n')))},
            {"start_date", date(g.startDate)},
            {"end_date", date(g.endDate)}};
}

DomainResult<bool> checkMood(int mood, const char *field)
{
    if (mood < MoodCheck::kMin || mood > MoodCheck::kMax)
        return domainError(DomainErrc::OutOfRange, field);
    return true;
}

} // namespace

bool GroupService::looksIdentifying(const QString &text)
{
    static const QRegularExpression digits(QStringLiteral("\\d{6,}"));
    QString compact = text;
    compact.remove(QRegularExpression(QStringLiteral("[\\s+-]")));
    return digits.match(compact).hasMatch();
}

DomainResult<bool> GroupService::validateGroup(const Group &g)
{
    if (g.name.trimmed().isEmpty())
        return domainError(DomainErrc::Empty, "name");
    if (g.minAge < 0 || g.maxAge > 18 || g.minAge > g.maxAge)
        return domainError(DomainErrc::AgeOutOfRange, "min_age");
    if (g.capacity < 1 || g.capacity > kMaxCapacity)
        return domainError(DomainErrc::OutOfRange, "capacity");
    if (!g.startDate.isValid())
        return domainError(DomainErrc::InvalidDate, "start_date");
    if (g.endDate.isValid() && g.endDate < g.startDate)
        return domainError(DomainErrc::InvalidDate, "end_date");
    return true;
}

DomainResult<std::string> GroupService::createGroup(const store::Actor &actor, const Group &group)
{
    if (auto v = validateGroup(group); !v)
        return v.error();
    store::Change c{store::ChangeKind::Create, "support_group", sync::newUuidV7(),
                    groupFields(group)};
    auto w = write(m_store, actor, std::span(&c, 1));
    if (!w)
        return w.error();
    return w->front();
}

DomainResult<bool> GroupService::updateGroup(const store::Actor &actor, const Group &group)
{
    if (auto v = validateGroup(group); !v)
        return v.error();
    auto current = getLive(m_store, "support_group", group.id, "group_id");
    if (!current)
        return current.error();
    auto memberRows = listLive(m_store, "group_member", {{"group_id", group.id}});
    if (!memberRows)
        return memberRows.error();
    if (static_cast<int>(memberRows->size()) > group.capacity)
        return domainError(DomainErrc::CapacityExceeded, "capacity");
    if (group.mode == Group::Mode::Anonymous) {
        for (const auto &m : *memberRows) {
            if (!m.isNull("child_id"))
                return domainError(DomainErrc::AnonymousGroup, "mode");
        }
    }
    store::Change c{store::ChangeKind::Update, "support_group", group.id, groupFields(group)};
    auto w = write(m_store, actor, std::span(&c, 1));
    if (!w)
        return w.error();
    return true;
}

DomainResult<Group> GroupService::group(const std::string &id) const
{
    auto r = getLive(m_store, "support_group", id, "group_id");
    if (!r)
        return r.error();
    return toGroup(*r);
}

DomainResult<std::vector<Group>> GroupService::groups(const std::string &unitId) const
{
    auto rows = listLive(m_store, "support_group", {{"unit_id", unitId}}, "start_date");
    if (!rows)
        return rows.error();
    std::vector<Group> out;
    for (const auto &r : *rows)
        out.push_back(toGroup(r));
    return out;
}

DomainResult<std::string> GroupService::addMember(const store::Actor &actor,
                                                  const GroupMember &member,
                                                  std::span<const store::Change> alongside)
{
    auto g = group(member.groupId);
    if (!g)
        return g.error();
    QString alias = member.alias.trimmed();
    int age = member.age;
    if (g->mode == Group::Mode::Anonymous) {
        if (!member.childId.empty())
            return domainError(DomainErrc::AnonymousGroup, "child_id");
        if (alias.isEmpty())
            return domainError(DomainErrc::Empty, "alias");
        if (looksIdentifying(alias))
            return domainError(DomainErrc::AnonymousGroup, "alias");
    } else {
        if (member.childId.empty())
            return domainError(DomainErrc::Empty, "child_id");
        auto child = getLive(m_store, "child", member.childId, "child_id");
        if (!child)
            return child.error();
        if (alias.isEmpty())
            alias = qtext(*child, "first_name");
        const QDate birth = qdate(*child, "birth_date");
        if (birth.isValid())
            age = ageOn(birth, g->startDate);
        auto existing = listLive(m_store, "group_member",
                                 {{"group_id", member.groupId}, {"child_id", member.childId}});
        if (!existing)
            return existing.error();
        if (!existing->empty())
            return domainError(DomainErrc::AlreadyMember, "child_id");
    }
    if (age < g->minAge || age > g->maxAge)
        return domainError(DomainErrc::AgeOutOfRange, "age");

    auto memberRows = listLive(m_store, "group_member", {{"group_id", member.groupId}});
    if (!memberRows)
        return memberRows.error();
    if (static_cast<int>(memberRows->size()) >= g->capacity)
        return domainError(DomainErrc::CapacityExceeded, "group_id");

    store::Change c{store::ChangeKind::Create,
                    "group_member",
                    sync::newUuidV7(),
                    {{"unit_id", g->unitId},
                     {"group_id", member.groupId},
                     {"child_id", text(member.childId)},
                     {"alias", text(alias)},
                     {"age", integer(age)}}};
    std::vector<store::Change> changes{std::move(c)};
    changes.insert(changes.end(), alongside.begin(), alongside.end());
    auto w = write(m_store, actor, changes);
    if (!w)
        return w.error();
    return w->front();
}

DomainResult<std::vector<GroupMember>> GroupService::members(const store::Actor &actor,
                                                             const std::string &groupId)
{
    auto g = group(groupId);
    if (!g)
        return g.error();
    auto rows = listLive(m_store, "group_member", {{"group_id", groupId}}, "alias");
    if (!rows)
        return rows.error();
    // Identified members are case data: reading the list is logged.
    if (g->mode == Group::Mode::Identified) {
        if (auto a = auditRead(m_store, actor, "support_group", groupId); !a)
            return a.error();
    }
    std::vector<GroupMember> out;
    for (const auto &r : *rows)
        out.push_back(toMember(r));
    return out;
}

DomainResult<std::string> GroupService::addSession(const store::Actor &actor,
                                                   const GroupSession &session)
{
    auto g = group(session.groupId);
    if (!g)
        return g.error();
    if (!session.date.isValid())
        return domainError(DomainErrc::InvalidDate, "date");
    if (session.date < g->startDate || (g->endDate.isValid() && session.date > g->endDate))
        return domainError(DomainErrc::SessionBeforeGroupStart, "date");
    if (session.theme.trimmed().isEmpty())
        return domainError(DomainErrc::Empty, "theme");
    auto existing = listLive(m_store, "group_session", {{"group_id", session.groupId}});
    if (!existing)
        return existing.error();
    int number = session.number;
    if (number == 0)
        number = static_cast<int>(existing->size()) + 1;
    if (number < 0)
        return domainError(DomainErrc::OutOfRange, "number");
    store::Change c{store::ChangeKind::Create,
                    "group_session",
                    sync::newUuidV7(),
                    {{"unit_id", g->unitId},
                     {"group_id", session.groupId},
                     {"number", integer(number)},
                     {"date", date(session.date)},
                     {"theme", text(session.theme.trimmed())}}};
    auto w = write(m_store, actor, std::span(&c, 1));
    if (!w)
        return w.error();
    return w->front();
}

DomainResult<std::vector<GroupSession>> GroupService::sessions(const std::string &groupId) const
{
    auto rows = listLive(m_store, "group_session", {{"group_id", groupId}}, "date");
    if (!rows)
        return rows.error();
    std::vector<GroupSession> out;
    for (const auto &r : *rows)
        out.push_back(toSession(r));
    return out;
}

DomainResult<GroupSession> GroupService::session(const std::string &id) const
{
    auto r = getLive(m_store, "group_session", id, "session_id");
    if (!r)
        return r.error();
    return toSession(*r);
}

DomainResult<store::Record> GroupService::memberOfSession(const std::string &sessionId,
                                                          const std::string &memberId) const
{
    auto session = getLive(m_store, "group_session", sessionId, "session_id");
    if (!session)
        return session.error();
    auto member = getLive(m_store, "group_member", memberId, "member_id");
    if (!member) {
        if (member.error().code == DomainErrc::NotFound)
            return domainError(DomainErrc::NotAMember, "member_id");
        return member.error();
    }
    if (member->text("group_id") != session->text("group_id"))
        return domainError(DomainErrc::NotAMember, "member_id");
    return std::move(*session);
}

DomainResult<std::string> GroupService::recordAttendance(const store::Actor &actor,
                                                         const std::string &sessionId,
                                                         const std::string &memberId, bool present)
{
    auto session = memberOfSession(sessionId, memberId);
    if (!session)
        return session.error();
    auto existing =
        listLive(m_store, "attendance", {{"session_id", sessionId}, {"member_id", memberId}});
    if (!existing)
        return existing.error();
    store::Change c;
    if (existing->empty()) {
        c = {store::ChangeKind::Create,
             "attendance",
             sync::newUuidV7(),
             {{"unit_id", session->text("unit_id")},
              {"session_id", sessionId},
              {"member_id", memberId},
              {"present", flag(present)}}};
    } else {
        c = {store::ChangeKind::Update,
             "attendance",
             existing->front().id,
             {{"present", flag(present)}}};
    }
    auto w = write(m_store, actor, std::span(&c, 1));
    if (!w)
        return w.error();
    return w->front();
}

DomainResult<std::vector<Attendance>> GroupService::attendance(const std::string &sessionId) const
{
    auto rows = listLive(m_store, "attendance", {{"session_id", sessionId}});
    if (!rows)
        return rows.error();
    std::vector<Attendance> out;
    for (const auto &r : *rows)
        out.push_back({r.id, r.text("session_id"), r.text("member_id"), r.integer("present") != 0});
    return out;
}

DomainResult<std::string> GroupService::recordMood(const store::Actor &actor, const MoodCheck &mood)
{
    if (auto v = checkMood(mood.startMood, "start_mood"); !v)
        return v.error();
    if (mood.endMood) {
        if (auto v = checkMood(*mood.endMood, "end_mood"); !v)
            return v.error();
    }
    auto session = memberOfSession(mood.sessionId, mood.memberId);
    if (!session)
        return session.error();
    auto existing = listLive(m_store, "mood_check",
                             {{"session_id", mood.sessionId}, {"member_id", mood.memberId}});
    if (!existing)
        return existing.error();
    const sync::Value end =
        mood.endMood ? sync::Value(integer(*mood.endMood)) : sync::Value(std::monostate{});
    store::Change c;
    if (existing->empty()) {
        c = {store::ChangeKind::Create,
             "mood_check",
             sync::newUuidV7(),
             {{"unit_id", session->text("unit_id")},
              {"session_id", mood.sessionId},
              {"member_id", mood.memberId},
              {"start_mood", integer(mood.startMood)},
              {"end_mood", end}}};
    } else {
        c = {store::ChangeKind::Update,
             "mood_check",
             existing->front().id,
             {{"start_mood", integer(mood.startMood)}, {"end_mood", end}}};
    }
    auto w = write(m_store, actor, std::span(&c, 1));
    if (!w)
        return w.error();
    return w->front();
}

DomainResult<std::vector<MoodCheck>> GroupService::moods(const std::string &sessionId) const
{
    auto rows = listLive(m_store, "mood_check", {{"session_id", sessionId}});
    if (!rows)
        return rows.error();
    std::vector<MoodCheck> out;
    for (const auto &r : *rows) {
        MoodCheck m{r.id, r.text("session_id"), r.text("member_id"), int32(r, "start_mood"), {}};
        if (!r.isNull("end_mood"))
            m.endMood = int32(r, "end_mood");
        out.push_back(m);
    }
    return out;
}

} // namespace lykta::domain
