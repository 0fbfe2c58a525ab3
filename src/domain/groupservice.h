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
    // date on the group's start. Anonymous mode: alias and age only. `alongside` is written
    // in the same write (a series closed with a referral to this group).
    DomainResult<std::string> addMember(const store::Actor &actor, const GroupMember &member,
                                        std::span<const store::Change> alongside = {});
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

    // The sessions `plan` would add, numbered after the group's last session; nothing is
    // written. Refused: a count outside 1..52 ("count"), a weekday outside 1..7 ("weekday"),
    // no time ("time") or start date ("from"), fewer themes than sessions or an empty theme
    // ("themes"), a date outside the group's period ("date"), or a first session on or before
    // the group's last one (ProgrammeOverlap, "from"): a plan never duplicates sessions.
    DomainResult<std::vector<GroupSession>> previewProgramme(const ProgrammePlan &plan) const;
    // Every previewed session in one write; their ids in date order.
    DomainResult<std::vector<std::string>> planProgramme(const store::Actor &actor,
                                                         const ProgrammePlan &plan);
    // A session moved to another day and time within the group's period, never onto another
    // session's day and time. A cancelled session is not moved.
    DomainResult<bool> moveSession(const store::Actor &actor, const std::string &sessionId,
                                   const QDate &date, const QTime &time);
    DomainResult<bool> renameSession(const store::Actor &actor, const std::string &sessionId,
                                     const QString &theme);
    // Cancelled stays in the programme, marked; attendance and mood are refused from then on.
    DomainResult<bool> cancelSession(const store::Actor &actor, const std::string &sessionId);

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
    // A live session that is not cancelled, or SessionCancelled.
    DomainResult<store::Record> openSession(const std::string &sessionId) const;
    // SessionClash when another live, not cancelled session of the group is on `date` at
    // `time` (a session without a time clashes with any on its day).
    DomainResult<bool> checkFree(const std::vector<store::Record> &sessions, const QDate &date,
                                 const QTime &time, const std::string &exceptId = {}) const;
    DomainResult<bool> checkLeaders(const std::string &unitId, const QStringList &leaders) const;
    DomainResult<std::vector<store::Record>> currentMembers(const std::string &groupId) const;
    DomainResult<store::Record> memberOfSession(const std::string &sessionId,
                                                const std::string &memberId) const;

    store::Store &m_store;
};

} // namespace lykta::domain
