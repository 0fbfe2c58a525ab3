#pragma once

#include "attendance.h"
#include "child.h"
#include "domainerror.h"
#include "group.h"
#include "groupmember.h"
#include "groupsession.h"
#include "moodcheck.h"
#include "store/store.h"

#include <optional>
#include <vector>

namespace lykta::domain {

// Support groups: members, planned sessions with a theme, attendance and mood checks.
// Anonymous groups hold aliases only: no child link, nothing that looks like a personnummer.
// A group's leaders are staff of the unit; its mode is fixed once it has members; a member
// who leaves is kept with the day they left, never deleted.
class GroupService
{
public:
    static constexpr int kMaxCapacity = 30;
    static constexpr int kMaxAge = 18;

    explicit GroupService(store::Store &store) : m_store(store) {}

    DomainResult<std::string> createGroup(const store::Actor &actor, const Group &group);
    DomainResult<bool> updateGroup(const store::Actor &actor, const Group &group);
    DomainResult<Group> group(const std::string &id) const;
    DomainResult<std::vector<Group>> groups(const std::string &unitId) const;

    // Identified mode: `childId` set, alias defaults to the first name, age from the birth
    // date on the group's start. Anonymous mode: alias and age only.
    DomainResult<std::string> addMember(const store::Actor &actor, const GroupMember &member);
    // Every member, those who left included (see GroupMember::leftDate).
    DomainResult<std::vector<GroupMember>> members(const store::Actor &actor,
                                                   const std::string &groupId);
    // Children of the unit's families who could join an identified group: whose first or
    // last name contains `filter` (all when empty) and who are not in the group now.
    DomainResult<std::vector<Child>> memberCandidates(const std::string &groupId,
                                                      const QString &filter) const;
    // The places taken: members who have not left.
    DomainResult<int> placesTaken(const std::string &groupId) const;
    // The child left the group on `leftDate`: kept in the group's history with attendance so
    // far; not on the attendance of sessions after that day, and the place is free again.
    DomainResult<bool> removeMember(const store::Actor &actor, const std::string &memberId,
                                    const QDate &leftDate);

    // `number` 0 means "next".
    DomainResult<std::string> addSession(const store::Actor &actor, const GroupSession &session);
    DomainResult<std::vector<GroupSession>> sessions(const std::string &groupId) const;
    DomainResult<GroupSession> session(const std::string &id) const;

    // Records (or changes) whether a member was present; one row per session and member.
    DomainResult<std::string> recordAttendance(const store::Actor &actor,
                                               const std::string &sessionId,
                                               const std::string &memberId, bool present);
    DomainResult<std::vector<Attendance>> attendance(const std::string &sessionId) const;

    DomainResult<std::string> recordMood(const store::Actor &actor, const MoodCheck &mood);
    DomainResult<std::vector<MoodCheck>> moods(const std::string &sessionId) const;

    // The rules a group's own fields follow (name, age band, capacity, dates). Leaders and
    // the mode are checked against the store when the group is written.
    static DomainResult<bool> validateGroup(const Group &group);
    // The stored words for a status ("planned", "running", "finished") and back.
    static QString statusKey(Group::Status status);
    static std::optional<Group::Status> statusFromKey(const QString &key);
    // True when text holds a run of six or more digits: a personal number has no place in
    // an anonymous group.
    static bool looksIdentifying(const QString &text);

private:
    DomainResult<bool> checkLeaders(const std::string &unitId, const QStringList &leaders) const;
    DomainResult<std::vector<store::Record>> currentMembers(const std::string &groupId) const;
    DomainResult<store::Record> memberOfSession(const std::string &sessionId,
                                                const std::string &memberId) const;

    store::Store &m_store;
};

} // namespace lykta::domain
