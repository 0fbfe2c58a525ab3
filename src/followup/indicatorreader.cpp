#include "indicatorreader.h"

#include "detail.h"
#include "store/fields.h"

namespace lykta::followup {

namespace {

using domain::detail::qdate;
using domain::detail::qtext;

double realOf(const store::Record &r, const store::Field &field)
{
    const auto &v = r.value(field);
    if (const auto *d = std::get_if<double>(&v))
        return *d;
    if (const auto *i = std::get_if<std::int64_t>(&v))
        return static_cast<double>(*i);
    return 0;
}

std::optional<int> optionalInt(const store::Record &r, const store::Field &field)
{
    if (r.isNull(field))
        return std::nullopt;
    return static_cast<int>(r.integer(field));
}

// Lists one entity of the unit and maps each record to a row.
template <class Row, class Map>
domain::DomainResult<bool> readAll(const store::Store &store, std::string_view entity,
                                   const std::string &unitId, std::vector<Row> &out, Map map)
{
    auto records = store.list(entity, {{store::fields::any::unit_id, unitId}});
    if (!records)
        return domain::detail::fromStore(records.error());
    out.reserve(records->size());
    for (const auto &r : *records)
        out.push_back(map(r));
    return true;
}

} // namespace

domain::DomainResult<IndicatorInput> IndicatorReader::read(const std::string &unitId) const
{
    if (unitId.empty())
        return domain::domainError(domain::DomainErrc::Empty, "unit");
    IndicatorInput in;
    const auto unit = [](const store::Record &r) {
        return r.text(store::fields::any::unit_id);
    };
    std::vector<domain::DomainResult<bool>> results;
    results.push_back(readAll(m_store, "family", unitId, in.families, [&](const auto &r) {
        return FamilyRow{r.id, unit(r), qtext(r, store::fields::family::problem_type),
                         qdate(r, store::fields::family::first_contact)};
    }));
    results.push_back(readAll(m_store, "child", unitId, in.children, [&](const auto &r) {
        return ChildRow{r.id, unit(r), r.text(store::fields::child::family_id),
                        qdate(r, store::fields::child::birth_date),
                        qtext(r, store::fields::child::gender)};
    }));
    results.push_back(
        readAll(m_store, "conversation_series", unitId, in.series, [&](const auto &r) {
            return SeriesRow{r.id,
                             unit(r),
                             r.text(store::fields::conversation_series::child_id),
                             r.text(store::fields::conversation_series::family_id),
                             qdate(r, store::fields::conversation_series::started),
                             qtext(r, store::fields::conversation_series::status),
                             qtext(r, store::fields::conversation_series::outcome)};
        }));
    results.push_back(
        readAll(m_store, "conversation", unitId, in.conversations, [&](const auto &r) {
            return ConversationRow{r.id,
                                   unit(r),
                                   r.text(store::fields::conversation::series_id),
                                   qdate(r, store::fields::conversation::date),
                                   qtext(r, store::fields::conversation::kind),
                                   qtext(r, store::fields::conversation::kva_code)};
        }));
    results.push_back(readAll(m_store, "support_group", unitId, in.groups, [&](const auto &r) {
        return GroupRow{r.id, unit(r)};
    }));
    results.push_back(readAll(m_store, "group_member", unitId, in.members, [&](const auto &r) {
        return MemberRow{r.id, unit(r), r.text(store::fields::group_member::group_id),
                         r.text(store::fields::group_member::child_id),
                         optionalInt(r, store::fields::group_member::age).value_or(-1)};
    }));
    results.push_back(readAll(m_store, "group_session", unitId, in.sessions, [&](const auto &r) {
        return SessionRow{r.id, unit(r), r.text(store::fields::group_session::group_id),
                          qdate(r, store::fields::group_session::date),
                          r.integer(store::fields::group_session::cancelled) != 0};
    }));
    results.push_back(readAll(m_store, "attendance", unitId, in.attendance, [&](const auto &r) {
        return AttendanceRow{unit(r), r.text(store::fields::attendance::session_id),
                             r.text(store::fields::attendance::member_id),
                             r.integer(store::fields::attendance::present) != 0};
    }));
    results.push_back(readAll(m_store, "mood_check", unitId, in.moods, [&](const auto &r) {
        return MoodRow{unit(r), r.text(store::fields::mood_check::session_id),
                       r.text(store::fields::mood_check::member_id),
                       static_cast<int>(r.integer(store::fields::mood_check::start_mood)),
                       optionalInt(r, store::fields::mood_check::end_mood)};
    }));
    results.push_back(
        readAll(m_store, "questionnaire_schedule", unitId, in.schedules, [&](const auto &r) {
            return ScheduleRow{r.id,
                               unit(r),
                               r.text(store::fields::questionnaire_schedule::subject_entity),
                               r.text(store::fields::questionnaire_schedule::subject_id),
                               qtext(r, store::fields::questionnaire_schedule::instrument),
                               qtext(r, store::fields::questionnaire_schedule::timepoint)};
        }));
    results.push_back(
        readAll(m_store, "questionnaire_score", unitId, in.scores, [&](const auto &r) {
            return ScoreRow{unit(r), r.text(store::fields::questionnaire_score::schedule_id),
                            realOf(r, store::fields::questionnaire_score::score),
                            qdate(r, store::fields::questionnaire_score::taken_date)};
        }));
    for (const auto &r : results) {
        if (!r)
            return r.error();
    }
    return in;
}

} // namespace lykta::followup
