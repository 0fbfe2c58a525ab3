#pragma once

#include "attendance.h"
#include "domainerror.h"
#include "group.h"
#include "groupmember.h"
#include "groupsession.h"
#include "moodcheck.h"
#include "store/store.h"

#include <vector>

namespace lykta::domain {

// Support groups: members, planned sessions with a theme, attendance and mood checks.
// Anonymous groups hold aliases only: no child link, nothing that looks like a personnummer.
class GroupService
{
public:
    static constexpr int kMaxCapacity = 30;

    explicit GroupService(store::Store &store) : m_store(store) {}

    DomainResult<std::string> createGroup(const store::Actor &actor, const Group &group);
    DomainResult<bool> updateGroup(const store::Actor &actor, const Group &group);
    DomainResult<Group> group(const std::string &id) const;
    DomainResult<std::vector<Group>> groups(const std::string &unitId) const;

    // Identified mode: `childId` set, alias defaults to the first name, age from the birth
    // date on the group's start. Anonymous mode: alias and age only. `alongside` is written
    // in the same write (a series closed with a referral to this group).
    DomainResult<std::string> addMember(const store::Actor &actor, const GroupMember &member,
                                        std::span<const store::Change> alongside = {});
    DomainResult<std::vector<GroupMember>> members(const store::Actor &actor,
                                                   const std::string &groupId);

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

    static DomainResult<bool> validateGroup(const Group &group);
    // True when text holds a run of six or more digits: a personal number has no place in
    // an anonymous group.
    static bool looksIdentifying(const QString &text);

private:
    DomainResult<store::Record> memberOfSession(const std::string &sessionId,
                                                const std::string &memberId) const;

    store::Store &m_store;
};

} // namespace lykta::domain
