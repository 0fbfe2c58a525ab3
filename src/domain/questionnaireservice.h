#pragma once

#include "domainerror.h"
#include "questionnaireschedule.h"
#include "questionnairescore.h"
#include "store/store.h"

#include <vector>

namespace lykta::domain {

// Follow-up questionnaires (SDQ, Livsstegen, KASAM, ...): scheduled before, after and six
// months after an intervention; Lykta stores the instrument's name and scores only.
class QuestionnaireService
{
public:
    static constexpr int kFollowUpMonths = 6;

    explicit QuestionnaireService(store::Store &store) : m_store(store) {}

    // Three schedules in one write: before on `before`, after on `after`, and follow-up six
    // months after `after`. Returns their ids in that order.
    DomainResult<std::vector<std::string>>
    scheduleStandard(const store::Actor &actor, const std::string &subjectEntity,
                     const std::string &subjectId, const QString &instrument, const QDate &before,
                     const QDate &after);
    // A group member's own dates: before at their first session (the first not cancelled
    // session on or after the day they joined), after at the group's last not cancelled
    // session. Refused when the group has no session yet ("sessions") or the child joined
    // after its last one (WrongState, "joined_date").
    struct MemberDates
    {
        QDate before, after;
    };
    DomainResult<MemberDates> memberDates(const std::string &memberId) const;
    // scheduleStandard on the member's own dates.
    DomainResult<std::vector<std::string>> scheduleMember(const store::Actor &actor,
                                                          const std::string &memberId,
                                                          const QString &instrument);
    // Moves one schedule's due date, e.g. a member's own "before" when they start later than
    // planned. Refused when the date is invalid or would put before / after / follow-up of
    // the same instrument out of order (InvalidDate, "due_date"), or when a score is taken
    // already (WrongState, "due_date"): a taken questionnaire keeps the date it was due.
    DomainResult<bool> moveDue(const store::Actor &actor, const std::string &scheduleId,
                               const QDate &due);
    DomainResult<std::vector<QuestionnaireSchedule>> schedules(const std::string &subjectEntity,
                                                               const std::string &subjectId) const;

    // The score must be a number within the instrument's range (questionnaireinstrument.h).
    DomainResult<std::string> recordScore(const store::Actor &actor, const std::string &scheduleId,
                                          double score, const QDate &taken);
    DomainResult<std::vector<QuestionnaireScore>> scores(const std::string &scheduleId) const;

private:
    store::Store &m_store;
};

} // namespace lykta::domain
