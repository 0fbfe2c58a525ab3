#include "questionnaireservice.h"

#include "detail.h"
#include "questionnaireinstrument.h"
#include "sync/core/uuid.h"

#include <cmath>

namespace lykta::domain {

using namespace detail;

namespace {

QuestionnaireSchedule::Timepoint timepointFrom(const QString &s)
{
    if (s == QLatin1String("after"))
        return QuestionnaireSchedule::Timepoint::After;
    if (s == QLatin1String("followup_6m"))
        return QuestionnaireSchedule::Timepoint::FollowUp6Months;
    return QuestionnaireSchedule::Timepoint::Before;
}

} // namespace

DomainResult<std::vector<std::string>>
QuestionnaireService::scheduleStandard(const store::Actor &actor, const std::string &subjectEntity,
                                       const std::string &subjectId, const QString &instrument,
                                       const QDate &before, const QDate &after)
{
    if (subjectEntity != "child" && subjectEntity != "group_member")
        return domainError(DomainErrc::NotFound, "subject_entity");
    auto subject = getLive(m_store, subjectEntity, subjectId, "subject_id");
    if (!subject)
        return subject.error();
    if (instrument.trimmed().isEmpty())
        return domainError(DomainErrc::Empty, "instrument");
    if (!before.isValid())
        return domainError(DomainErrc::InvalidDate, "before");
    if (!after.isValid() || after < before)
        return domainError(DomainErrc::InvalidDate, "after");

    using T = QuestionnaireSchedule::Timepoint;
    const std::pair<T, QDate> points[] = {{T::Before, before},
                                          {T::After, after},
                                          {T::FollowUp6Months, after.addMonths(kFollowUpMonths)}};
    std::vector<store::Change> changes;
    for (const auto &[timepoint, due] : points) {
        changes.push_back(
            {store::ChangeKind::Create,
             "questionnaire_schedule",
             sync::newUuidV7(),
             {{fields::questionnaire_schedule::unit_id, subject->text(fields::any::unit_id)},
              {fields::questionnaire_schedule::subject_entity, subjectEntity},
              {fields::questionnaire_schedule::subject_id, subjectId},
              {fields::questionnaire_schedule::instrument, text(instrument.trimmed())},
              {fields::questionnaire_schedule::timepoint, text(toKey(timepoint))},
              {fields::questionnaire_schedule::due_date, date(due)}}});
    }
    return write(m_store, actor, changes);
}

DomainResult<QuestionnaireService::MemberDates>
QuestionnaireService::memberDates(const std::string &memberId) const
{
    auto member = getLive(m_store, "group_member", memberId, "member_id");
    if (!member)
        return member.error();
    auto group =
        getLive(m_store, "support_group", member->text(fields::group_member::group_id), "group_id");
    if (!group)
        return group.error();
    auto sessions =
        listLive(m_store, "group_session", {{fields::group_session::group_id, group->id}}, "date");
    if (!sessions)
        return sessions.error();
    const QDate joined = std::max(qdate(*member, fields::group_member::joined_date),
                                  qdate(*group, fields::support_group::start_date));
    MemberDates out;
    for (const auto &s : *sessions) {
        if (s.integer(fields::group_session::cancelled) != 0)
            continue;
        const QDate day = qdate(s, fields::group_session::date);
        if (!out.before.isValid() && day >= joined)
            out.before = day;
        out.after = std::max(out.after, day);
    }
    if (!out.after.isValid())
        return domainError(DomainErrc::Empty, "sessions");
    if (!out.before.isValid())
        return domainError(DomainErrc::WrongState, "joined_date");
    return out;
}

DomainResult<std::vector<std::string>>
QuestionnaireService::scheduleMember(const store::Actor &actor, const std::string &memberId,
                                     const QString &instrument)
{
    auto dates = memberDates(memberId);
    if (!dates)
        return dates.error();
    return scheduleStandard(actor, "group_member", memberId, instrument, dates->before,
                            dates->after);
}

DomainResult<bool> QuestionnaireService::moveDue(const store::Actor &actor,
                                                 const std::string &scheduleId, const QDate &due)
{
    auto schedule = getLive(m_store, "questionnaire_schedule", scheduleId, "schedule_id");
    if (!schedule)
        return schedule.error();
    if (!due.isValid())
        return domainError(DomainErrc::InvalidDate, "due_date");
    auto taken = scores(scheduleId);
    if (!taken)
        return taken.error();
    if (!taken->empty())
        return domainError(DomainErrc::WrongState, "due_date");
    auto siblings = schedules(schedule->text(fields::questionnaire_schedule::subject_entity),
                              schedule->text(fields::questionnaire_schedule::subject_id));
    if (!siblings)
        return siblings.error();
    const auto timepoint =
        timepointFrom(qtext(*schedule, fields::questionnaire_schedule::timepoint));
    const QString instrument = qtext(*schedule, fields::questionnaire_schedule::instrument);
    for (const auto &s : *siblings) {
        if (s.id == scheduleId || s.instrument.compare(instrument, Qt::CaseInsensitive) != 0)
            continue;
        if ((s.timepoint < timepoint && s.dueDate > due) ||
            (s.timepoint > timepoint && s.dueDate < due))
            return domainError(DomainErrc::InvalidDate, "due_date");
    }
    store::Change c{store::ChangeKind::Update,
                    "questionnaire_schedule",
                    scheduleId,
                    {{fields::questionnaire_schedule::due_date, date(due)}}};
    auto w = write(m_store, actor, std::span(&c, 1));
    if (!w)
        return w.error();
    return true;
}

DomainResult<std::vector<QuestionnaireSchedule>>
QuestionnaireService::schedules(const std::string &subjectEntity,
                                const std::string &subjectId) const
{
    auto rows = listLive(m_store, "questionnaire_schedule",
                         {{fields::questionnaire_schedule::subject_entity, subjectEntity},
                          {fields::questionnaire_schedule::subject_id, subjectId}},
                         "due_date");
    if (!rows)
        return rows.error();
    std::vector<QuestionnaireSchedule> out;
    for (const auto &r : *rows) {
        out.push_back({r.id, r.text(fields::questionnaire_schedule::unit_id),
                       r.text(fields::questionnaire_schedule::subject_entity),
                       r.text(fields::questionnaire_schedule::subject_id),
                       qtext(r, fields::questionnaire_schedule::instrument),
                       timepointFrom(qtext(r, fields::questionnaire_schedule::timepoint)),
                       qdate(r, fields::questionnaire_schedule::due_date)});
    }
    return out;
}

DomainResult<std::string> QuestionnaireService::recordScore(const store::Actor &actor,
                                                            const std::string &scheduleId,
                                                            double score, const QDate &taken)
{
    auto schedule = getLive(m_store, "questionnaire_schedule", scheduleId, "schedule_id");
    if (!schedule)
        return schedule.error();
    if (!std::isfinite(score))
        return domainError(DomainErrc::OutOfRange, "score");
    if (const auto range = scoreRange(qtext(*schedule, fields::questionnaire_schedule::instrument));
        range && (score < range->min || score > range->max))
        return domainError(DomainErrc::OutOfRange, "score");
    if (!taken.isValid() || taken > QDate::currentDate())
        return domainError(DomainErrc::InvalidDate, "taken_date");
    store::Change c{store::ChangeKind::Create,
                    "questionnaire_score",
                    sync::newUuidV7(),
                    {{fields::questionnaire_score::unit_id,
                      schedule->text(fields::questionnaire_schedule::unit_id)},
                     {fields::questionnaire_score::schedule_id, scheduleId},
                     {fields::questionnaire_score::score, score},
                     {fields::questionnaire_score::taken_date, date(taken)}}};
    auto w = write(m_store, actor, std::span(&c, 1));
    if (!w)
        return w.error();
    return w->front();
}

DomainResult<std::vector<QuestionnaireScore>>
QuestionnaireService::scores(const std::string &scheduleId) const
{
    auto rows = listLive(m_store, "questionnaire_score",
                         {{fields::questionnaire_score::schedule_id, scheduleId}}, "taken_date");
    if (!rows)
        return rows.error();
    std::vector<QuestionnaireScore> out;
    for (const auto &r : *rows) {
        const auto *v = std::get_if<double>(&r.value(fields::questionnaire_score::score));
        out.push_back({r.id, r.text(fields::questionnaire_score::schedule_id), v ? *v : 0.0,
                       qdate(r, fields::questionnaire_score::taken_date)});
    }
    return out;
}

} // namespace lykta::domain
