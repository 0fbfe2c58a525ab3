#include "groupservice.h"

#include "detail.h"
#include "sync/core/uuid.h"

#include <QRegularExpression>

#include <algorithm>

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
    g.unitId = r.text(fields::support_group::unit_id);
    g.name = qtext(r, fields::support_group::name);
    g.programme = qtext(r, fields::support_group::programme);
    g.minAge = int32(r, fields::support_group::min_age);
    g.maxAge = int32(r, fields::support_group::max_age);
    g.capacity = int32(r, fields::support_group::capacity);
    g.mode = qtext(r, fields::support_group::mode) == QLatin1String("identified")
                 ? Group::Mode::Identified
                 : Group::Mode::Anonymous;
    const QString leaders = qtext(r, fields::support_group::leaders);
    g.leaders = leaders.isEmpty() ? QStringList() : leaders.split(QLatin1Char('\n'));
    g.startDate = qdate(r, fields::support_group::start_date);
    g.endDate = qdate(r, fields::support_group::end_date);
    g.place = qtext(r, fields::support_group::place);
    g.status = GroupService::statusFromKey(qtext(r, fields::support_group::status))
                   .value_or(Group::Status::Planned);
    return g;
}

GroupMember toMember(const store::Record &r)
{
    return GroupMember{r.id,
                       r.text(fields::group_member::unit_id),
                       r.text(fields::group_member::group_id),
                       r.text(fields::group_member::child_id),
                       qtext(r, fields::group_member::alias),
                       int32(r, fields::group_member::age),
                       qdate(r, fields::group_member::joined_date),
                       qdate(r, fields::group_member::left_date)};
}

GroupSession toSession(const store::Record &r)
{
    return GroupSession{
        r.id,
        r.text(fields::group_session::unit_id),
        r.text(fields::group_session::group_id),
        int32(r, fields::group_session::number),
        qdate(r, fields::group_session::date),
        qtext(r, fields::group_session::theme),
        QTime::fromString(qtext(r, fields::group_session::start_time), QStringLiteral("HH:mm")),
        r.integer(fields::group_session::cancelled) != 0};
}

sync::Value timeText(const QTime &t)
{
    if (!t.isValid())
        return std::monostate{};
    return t.toString(QStringLiteral("HH:mm")).toStdString();
}

bool inPeriod(const Group &g, const QDate &d)
{
    return d >= g.startDate && (!g.endDate.isValid() || d <= g.endDate);
}

std::vector<store::FieldValue> groupFields(const Group &g)
{
    QStringList leaders = g.leaders;
    leaders.removeDuplicates();
    return {{fields::support_group::name, text(g.name.trimmed())},
            {fields::support_group::programme, text(g.programme.trimmed())},
            {fields::support_group::min_age, integer(g.minAge)},
            {fields::support_group::max_age, integer(g.maxAge)},
            {fields::support_group::capacity, integer(g.capacity)},
            {fields::support_group::mode, text(modeText(g.mode))},
            {fields::support_group::leaders,
             text(leaders.isEmpty() ? QString() : leaders.join(QLatin1Char('\n')))},
            {fields::support_group::start_date, date(g.startDate)},
            {fields::support_group::end_date, date(g.endDate)},
            {fields::support_group::place, text(g.place.trimmed())},
            {fields::support_group::status, text(GroupService::statusKey(g.status))}};
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

QString GroupService::statusKey(Group::Status status)
{
    switch (status) {
    case Group::Status::Planned:
        return QStringLiteral("planned");
    case Group::Status::Running:
        return QStringLiteral("running");
    case Group::Status::Finished:
        return QStringLiteral("finished");
    }
    return {};
}

std::optional<Group::Status> GroupService::statusFromKey(const QString &key)
{
    for (auto s : {Group::Status::Planned, Group::Status::Running, Group::Status::Finished}) {
        if (statusKey(s) == key)
            return s;
    }
    return std::nullopt;
}

DomainResult<bool> GroupService::validateGroup(const Group &g)
{
    if (g.name.trimmed().isEmpty())
        return domainError(DomainErrc::Empty, "name");
    if (g.minAge < 0 || g.minAge > kMaxAge)
        return domainError(DomainErrc::AgeOutOfRange, "min_age");
    if (g.maxAge < 0 || g.maxAge > kMaxAge || g.minAge > g.maxAge)
        return domainError(DomainErrc::AgeOutOfRange, "max_age");
    if (statusKey(g.status).isEmpty())
        return domainError(DomainErrc::OutOfRange, "status");
    if (g.capacity < 1 || g.capacity > kMaxCapacity)
        return domainError(DomainErrc::OutOfRange, "capacity");
    if (!g.startDate.isValid())
        return domainError(DomainErrc::InvalidDate, "start_date");
    if (g.endDate.isValid() && g.endDate < g.startDate)
        return domainError(DomainErrc::InvalidDate, "end_date");
    return true;
}

DomainResult<bool> GroupService::checkLeaders(const std::string &unitId,
                                              const QStringList &leaders) const
{
    for (const QString &id : leaders) {
        auto staff = getLive(m_store, "staff", id.toStdString(), "leaders");
        if (!staff)
            return staff.error();
        if (staff->text(fields::staff::unit_id) != unitId)
            return domainError(DomainErrc::NotFound, "leaders");
    }
    return true;
}

DomainResult<std::vector<store::Record>>
GroupService::currentMembers(const std::string &groupId) const
{
    auto rows = listLive(m_store, "group_member", {{fields::group_member::group_id, groupId}});
    if (!rows)
        return rows.error();
    std::erase_if(
        *rows, [](const store::Record &r) { return !r.isNull(fields::group_member::left_date); });
    return rows;
}

DomainResult<int> GroupService::placesTaken(const std::string &groupId) const
{
    auto rows = currentMembers(groupId);
    if (!rows)
        return rows.error();
    return static_cast<int>(rows->size());
}

DomainResult<std::string> GroupService::createGroup(const store::Actor &actor, const Group &group)
{
    if (auto v = validateGroup(group); !v)
        return v.error();
    if (auto l = checkLeaders(actor.unitId, group.leaders); !l)
        return l.error();
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
    if (auto l = checkLeaders(current->text(fields::support_group::unit_id), group.leaders); !l)
        return l.error();
    // Members were added as children or as aliases: switching would leave identified
    // children in an anonymous group, or aliases where children are expected.
    auto everyone = listLive(m_store, "group_member", {{fields::group_member::group_id, group.id}});
    if (!everyone)
        return everyone.error();
    if (!everyone->empty() && toGroup(*current).mode != group.mode)
        return domainError(DomainErrc::WrongState, "mode");
    auto taken = placesTaken(group.id);
    if (!taken)
        return taken.error();
    if (*taken > group.capacity)
        return domainError(DomainErrc::CapacityExceeded, "capacity");
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
    auto rows = listLive(m_store, "support_group", {{fields::support_group::unit_id, unitId}},
                         "start_date");
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
            alias = qtext(*child, fields::child::first_name);
        const QDate birth = qdate(*child, fields::child::birth_date);
        if (birth.isValid())
            age = ageOn(birth, g->startDate);
    }
    if (age < g->minAge || age > g->maxAge)
        return domainError(DomainErrc::AgeOutOfRange, "age");

    auto current = currentMembers(member.groupId);
    if (!current)
        return current.error();
    // A child who left may come back; one who is in the group is not added twice.
    if (!member.childId.empty() &&
        std::any_of(current->begin(), current->end(), [&](const store::Record &r) {
            return r.text(fields::group_member::child_id) == member.childId;
        }))
        return domainError(DomainErrc::AlreadyMember, "child_id");
    if (static_cast<int>(current->size()) >= g->capacity)
        return domainError(DomainErrc::CapacityExceeded, "group_id");

    store::Change c{store::ChangeKind::Create,
                    "group_member",
                    sync::newUuidV7(),
                    {{fields::group_member::unit_id, g->unitId},
                     {fields::group_member::group_id, member.groupId},
                     {fields::group_member::child_id, text(member.childId)},
                     {fields::group_member::alias, text(alias)},
                     {fields::group_member::age, integer(age)},
                     {fields::group_member::joined_date,
                      date(member.joined.isValid() ? member.joined : QDate::currentDate())}}};
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
    auto rows =
        listLive(m_store, "group_member", {{fields::group_member::group_id, groupId}}, "alias");
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

DomainResult<std::vector<Child>> GroupService::memberCandidates(const std::string &groupId,
                                                                const QString &filter) const
{
    auto g = getLive(m_store, "support_group", groupId, "group_id");
    if (!g)
        return g.error();
    auto current = currentMembers(groupId);
    if (!current)
        return current.error();
    auto rows =
        listLive(m_store, "child",
                 {{fields::child::unit_id, g->text(fields::support_group::unit_id)}}, "first_name");
    if (!rows)
        return rows.error();
    const QString needle = filter.trimmed();
    std::vector<Child> out;
    for (const auto &r : *rows) {
        if (std::any_of(current->begin(), current->end(), [&](const store::Record &m) {
                return m.text(fields::group_member::child_id) == r.id;
            }))
            continue;
        Child c;
        c.id = r.id;
        c.familyId = r.text(fields::child::family_id);
        c.firstName = qtext(r, fields::child::first_name);
        c.lastName = qtext(r, fields::child::last_name);
        c.birthDate = qdate(r, fields::child::birth_date);
        if (!needle.isEmpty() && !c.firstName.contains(needle, Qt::CaseInsensitive) &&
            !c.lastName.contains(needle, Qt::CaseInsensitive) &&
            !(c.firstName + QLatin1Char(' ') + c.lastName).contains(needle, Qt::CaseInsensitive))
            continue;
        out.push_back(std::move(c));
    }
    return out;
}

DomainResult<bool> GroupService::removeMember(const store::Actor &actor,
                                              const std::string &memberId, const QDate &leftDate)
{
    auto member = getLive(m_store, "group_member", memberId, "member_id");
    if (!member)
        return member.error();
    if (!member->isNull(fields::group_member::left_date))
        return domainError(DomainErrc::WrongState, "left_date");
    if (!leftDate.isValid())
        return domainError(DomainErrc::InvalidDate, "left_date");
    auto g = group(member->text(fields::group_member::group_id));
    if (!g)
        return g.error();
    if (leftDate < g->startDate)
        return domainError(DomainErrc::InvalidDate, "left_date");
    store::Change c{store::ChangeKind::Update,
                    "group_member",
                    memberId,
                    {{fields::group_member::left_date, date(leftDate)}}};
    auto w = write(m_store, actor, std::span(&c, 1));
    if (!w)
        return w.error();
    return true;
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
    auto existing =
        listLive(m_store, "group_session", {{fields::group_session::group_id, session.groupId}});
    if (!existing)
        return existing.error();
    if (auto free = checkFree(*existing, session.date, session.time); !free)
        return free.error();
    int number = session.number;
    if (number == 0)
        number = static_cast<int>(existing->size()) + 1;
    if (number < 0)
        return domainError(DomainErrc::OutOfRange, "number");
    store::Change c{store::ChangeKind::Create,
                    "group_session",
                    sync::newUuidV7(),
                    {{fields::group_session::unit_id, g->unitId},
                     {fields::group_session::group_id, session.groupId},
                     {fields::group_session::number, integer(number)},
                     {fields::group_session::date, date(session.date)},
                     {fields::group_session::start_time, timeText(session.time)},
                     {fields::group_session::theme, text(session.theme.trimmed())}}};
    auto w = write(m_store, actor, std::span(&c, 1));
    if (!w)
        return w.error();
    return w->front();
}

DomainResult<std::vector<GroupSession>> GroupService::sessions(const std::string &groupId) const
{
    auto rows =
        listLive(m_store, "group_session", {{fields::group_session::group_id, groupId}}, "date");
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

DomainResult<bool> GroupService::checkFree(const std::vector<store::Record> &sessions,
                                           const QDate &date, const QTime &time,
                                           const std::string &exceptId) const
{
    for (const auto &r : sessions) {
        if (r.id == exceptId || r.integer(fields::group_session::cancelled) != 0 ||
            qdate(r, fields::group_session::date) != date)
            continue;
        const QTime other =
            QTime::fromString(qtext(r, fields::group_session::start_time), QStringLiteral("HH:mm"));
        if (!time.isValid() || !other.isValid() || other == time)
            return domainError(DomainErrc::SessionClash, "date");
    }
    return true;
}

DomainResult<std::vector<GroupSession>>
GroupService::previewProgramme(const ProgrammePlan &plan) const
{
    auto g = group(plan.groupId);
    if (!g)
        return g.error();
    if (plan.count < 1 || plan.count > ProgrammePlan::kMaxSessions)
        return domainError(DomainErrc::OutOfRange, "count");
    if (plan.weekday < Qt::Monday || plan.weekday > Qt::Sunday)
        return domainError(DomainErrc::OutOfRange, "weekday");
    if (!plan.time.isValid())
        return domainError(DomainErrc::InvalidDate, "time");
    if (!plan.from.isValid())
        return domainError(DomainErrc::InvalidDate, "from");
    if (plan.themes.size() < plan.count)
        return domainError(DomainErrc::OutOfRange, "themes");
    for (int i = 0; i < plan.count; ++i) {
        if (plan.themes.at(i).trimmed().isEmpty())
            return domainError(DomainErrc::Empty, "themes");
    }
    auto existing = sessions(plan.groupId);
    if (!existing)
        return existing.error();
    int number = 0;
    QDate last;
    for (const auto &s : *existing) {
        number = std::max(number, s.number);
        last = std::max(last, s.date);
    }
    const QDate first = plan.from.addDays((plan.weekday - plan.from.dayOfWeek() + 7) % 7);
    if (last.isValid() && first <= last)
        return domainError(DomainErrc::ProgrammeOverlap, "from");
    std::vector<GroupSession> out;
    for (int i = 0; i < plan.count; ++i) {
        GroupSession s;
        s.unitId = g->unitId;
        s.groupId = plan.groupId;
        s.number = number + i + 1;
        s.date = first.addDays(7 * i);
        s.time = plan.time;
        s.theme = plan.themes.at(i).trimmed();
        if (!inPeriod(*g, s.date))
            return domainError(DomainErrc::SessionBeforeGroupStart, "date");
        out.push_back(std::move(s));
    }
    return out;
}

DomainResult<std::vector<std::string>> GroupService::planProgramme(const store::Actor &actor,
                                                                   const ProgrammePlan &plan)
{
    auto planned = previewProgramme(plan);
    if (!planned)
        return planned.error();
    std::vector<store::Change> changes;
    for (const auto &s : *planned) {
        changes.push_back({store::ChangeKind::Create,
                           "group_session",
                           sync::newUuidV7(),
                           {{fields::group_session::unit_id, s.unitId},
                            {fields::group_session::group_id, s.groupId},
                            {fields::group_session::number, integer(s.number)},
                            {fields::group_session::date, date(s.date)},
                            {fields::group_session::start_time, timeText(s.time)},
                            {fields::group_session::theme, text(s.theme)}}});
    }
    return write(m_store, actor, changes);
}

DomainResult<store::Record> GroupService::openSession(const std::string &sessionId) const
{
    auto session = getLive(m_store, "group_session", sessionId, "session_id");
    if (!session)
        return session.error();
    if (session->integer(fields::group_session::cancelled) != 0)
        return domainError(DomainErrc::SessionCancelled, "session_id");
    return session;
}

DomainResult<bool> GroupService::moveSession(const store::Actor &actor,
                                             const std::string &sessionId, const QDate &date,
                                             const QTime &time)
{
    auto session = openSession(sessionId);
    if (!session)
        return session.error();
    auto g = group(session->text(fields::group_session::group_id));
    if (!g)
        return g.error();
    if (!date.isValid())
        return domainError(DomainErrc::InvalidDate, "date");
    if (!inPeriod(*g, date))
        return domainError(DomainErrc::SessionBeforeGroupStart, "date");
    auto others = listLive(m_store, "group_session", {{fields::group_session::group_id, g->id}});
    if (!others)
        return others.error();
    if (auto free = checkFree(*others, date, time, sessionId); !free)
        return free.error();
    store::Change c{store::ChangeKind::Update,
                    "group_session",
                    sessionId,
                    {{fields::group_session::date, detail::date(date)},
                     {fields::group_session::start_time, timeText(time)}}};
    auto w = write(m_store, actor, std::span(&c, 1));
    if (!w)
        return w.error();
    return true;
}

DomainResult<bool> GroupService::renameSession(const store::Actor &actor,
                                               const std::string &sessionId, const QString &theme)
{
    auto session = openSession(sessionId);
    if (!session)
        return session.error();
    if (theme.trimmed().isEmpty())
        return domainError(DomainErrc::Empty, "theme");
    store::Change c{store::ChangeKind::Update,
                    "group_session",
                    sessionId,
                    {{fields::group_session::theme, text(theme.trimmed())}}};
    auto w = write(m_store, actor, std::span(&c, 1));
    if (!w)
        return w.error();
    return true;
}

DomainResult<bool> GroupService::cancelSession(const store::Actor &actor,
                                               const std::string &sessionId)
{
    auto session = openSession(sessionId);
    if (!session)
        return session.error();
    store::Change c{store::ChangeKind::Update,
                    "group_session",
                    sessionId,
                    {{fields::group_session::cancelled, flag(true)}}};
    auto w = write(m_store, actor, std::span(&c, 1));
    if (!w)
        return w.error();
    return true;
}

DomainResult<store::Record> GroupService::memberOfSession(const std::string &sessionId,
                                                          const std::string &memberId) const
{
    auto session = openSession(sessionId);
    if (!session)
        return session.error();
    auto member = getLive(m_store, "group_member", memberId, "member_id");
    if (!member) {
        if (member.error().code == DomainErrc::NotFound)
            return domainError(DomainErrc::NotAMember, "member_id");
        return member.error();
    }
    if (member->text(fields::group_member::group_id) !=
        session->text(fields::group_session::group_id))
        return domainError(DomainErrc::NotAMember, "member_id");
    // Gone before this session: not on its list. Sessions up to the day they left keep theirs.
    const QDate left = qdate(*member, fields::group_member::left_date);
    if (left.isValid() && qdate(*session, fields::group_session::date) > left)
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
    auto existing = listLive(
        m_store, "attendance",
        {{fields::attendance::session_id, sessionId}, {fields::attendance::member_id, memberId}});
    if (!existing)
        return existing.error();
    store::Change c;
    if (existing->empty()) {
        c = {store::ChangeKind::Create,
             "attendance",
             sync::newUuidV7(),
             {{fields::attendance::unit_id, session->text(fields::group_session::unit_id)},
              {fields::attendance::session_id, sessionId},
              {fields::attendance::member_id, memberId},
              {fields::attendance::present, flag(present)}}};
    } else {
        c = {store::ChangeKind::Update,
             "attendance",
             existing->front().id,
             {{fields::attendance::present, flag(present)}}};
    }
    auto w = write(m_store, actor, std::span(&c, 1));
    if (!w)
        return w.error();
    return w->front();
}

DomainResult<std::vector<Attendance>> GroupService::attendance(const std::string &sessionId) const
{
    auto rows = listLive(m_store, "attendance", {{fields::attendance::session_id, sessionId}});
    if (!rows)
        return rows.error();
    std::vector<Attendance> out;
    for (const auto &r : *rows)
        out.push_back({r.id, r.text(fields::attendance::session_id),
                       r.text(fields::attendance::member_id),
                       r.integer(fields::attendance::present) != 0});
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
                             {{fields::mood_check::session_id, mood.sessionId},
                              {fields::mood_check::member_id, mood.memberId}});
    if (!existing)
        return existing.error();
    const sync::Value end =
        mood.endMood ? sync::Value(integer(*mood.endMood)) : sync::Value(std::monostate{});
    store::Change c;
    if (existing->empty()) {
        c = {store::ChangeKind::Create,
             "mood_check",
             sync::newUuidV7(),
             {{fields::mood_check::unit_id, session->text(fields::group_session::unit_id)},
              {fields::mood_check::session_id, mood.sessionId},
              {fields::mood_check::member_id, mood.memberId},
              {fields::mood_check::start_mood, integer(mood.startMood)},
              {fields::mood_check::end_mood, end}}};
    } else {
        c = {store::ChangeKind::Update,
             "mood_check",
             existing->front().id,
             {{fields::mood_check::start_mood, integer(mood.startMood)},
              {fields::mood_check::end_mood, end}}};
    }
    auto w = write(m_store, actor, std::span(&c, 1));
    if (!w)
        return w.error();
    return w->front();
}

DomainResult<std::vector<MoodCheck>> GroupService::moods(const std::string &sessionId) const
{
    auto rows = listLive(m_store, "mood_check", {{fields::mood_check::session_id, sessionId}});
    if (!rows)
        return rows.error();
    std::vector<MoodCheck> out;
    for (const auto &r : *rows) {
        MoodCheck m{r.id,
                    r.text(fields::mood_check::session_id),
                    r.text(fields::mood_check::member_id),
                    int32(r, fields::mood_check::start_mood),
                    {}};
        if (!r.isNull(fields::mood_check::end_mood))
            m.endMood = int32(r, fields::mood_check::end_mood);
        out.push_back(m);
    }
    return out;
}

} // namespace lykta::domain
