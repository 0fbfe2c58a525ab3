#include "serverindicators.h"

#include "store/fields.h"

#include "sync/core/limits.h"

#include <QString>

#include <map>

namespace lykta::server {

namespace {

using followup::IndicatorInput;

// The record tables the indicators read.
const std::vector<std::string> kEntities = {"family",
                                            "child",
                                            "conversation_series",
                                            "conversation",
                                            "support_group",
                                            "group_member",
                                            "group_session",
                                            "attendance",
                                            "mood_check",
                                            "questionnaire_schedule",
                                            "questionnaire_score"};

constexpr std::uint32_t kPage = 1000;

std::string text(const StoredRecord &r, const store::Field &field)
{
    const auto *s = std::get_if<std::string>(&r.state.value(field));
    return s ? *s : std::string();
}

QString qtext(const StoredRecord &r, const store::Field &field)
{
    return QString::fromStdString(text(r, field));
}

QDate qdate(const StoredRecord &r, const store::Field &field)
{
    return QDate::fromString(qtext(r, field), Qt::ISODate);
}

std::optional<std::int64_t> integer(const StoredRecord &r, const store::Field &field)
{
    const sync::Value &v = r.state.value(field);
    if (const auto *i = std::get_if<std::int64_t>(&v))
        return *i;
    if (const auto *d = std::get_if<double>(&v))
        return static_cast<std::int64_t>(*d);
    return std::nullopt;
}

double real(const StoredRecord &r, const store::Field &field)
{
    const sync::Value &v = r.state.value(field);
    if (const auto *d = std::get_if<double>(&v))
        return *d;
    if (const auto *i = std::get_if<std::int64_t>(&v))
        return static_cast<double>(*i);
    return 0;
}

std::optional<int> optionalInt(const StoredRecord &r, const store::Field &field)
{
    const auto i = integer(r, field);
    return i ? std::optional<int>(static_cast<int>(*i)) : std::nullopt;
}

// Maps one live record to its row (the same fields IndicatorReader reads on a tablet).
void add(IndicatorInput &in, const StoredRecord &r)
{
    const std::string &e = r.entity;
    const std::string &unit = r.unitId;
    if (e == "family") {
        in.families.push_back({r.id, unit, qtext(r, store::fields::family::problem_type),
                               qdate(r, store::fields::family::first_contact)});
    } else if (e == "child") {
        in.children.push_back({r.id, unit, text(r, store::fields::child::family_id),
                               qdate(r, store::fields::child::birth_date),
                               qtext(r, store::fields::child::gender)});
    } else if (e == "conversation_series") {
        in.series.push_back({r.id, unit, text(r, store::fields::conversation_series::child_id),
                             text(r, store::fields::conversation_series::family_id),
                             qdate(r, store::fields::conversation_series::started),
                             qtext(r, store::fields::conversation_series::status),
                             qtext(r, store::fields::conversation_series::outcome)});
    } else if (e == "conversation") {
        in.conversations.push_back({r.id, unit, text(r, store::fields::conversation::series_id),
                                    qdate(r, store::fields::conversation::date),
                                    qtext(r, store::fields::conversation::kind),
                                    qtext(r, store::fields::conversation::kva_code)});
    } else if (e == "support_group") {
        in.groups.push_back({r.id, unit});
    } else if (e == "group_member") {
        in.members.push_back({r.id, unit, text(r, store::fields::group_member::group_id),
                              text(r, store::fields::group_member::child_id),
                              optionalInt(r, store::fields::group_member::age).value_or(-1)});
    } else if (e == "group_session") {
        in.sessions.push_back(
            {r.id, unit, text(r, store::fields::group_session::group_id),
             qdate(r, store::fields::group_session::date),
             integer(r, store::fields::group_session::cancelled).value_or(0) != 0});
    } else if (e == "attendance") {
        in.attendance.push_back({unit, text(r, store::fields::attendance::session_id),
                                 text(r, store::fields::attendance::member_id),
                                 integer(r, store::fields::attendance::present).value_or(0) != 0});
    } else if (e == "mood_check") {
        in.moods.push_back({unit, text(r, store::fields::mood_check::session_id),
                            text(r, store::fields::mood_check::member_id),
                            optionalInt(r, store::fields::mood_check::start_mood).value_or(0),
                            optionalInt(r, store::fields::mood_check::end_mood)});
    } else if (e == "questionnaire_schedule") {
        in.schedules.push_back({r.id, unit,
                                text(r, store::fields::questionnaire_schedule::subject_entity),
                                text(r, store::fields::questionnaire_schedule::subject_id),
                                qtext(r, store::fields::questionnaire_schedule::instrument),
                                qtext(r, store::fields::questionnaire_schedule::timepoint)});
    } else if (e == "questionnaire_score") {
        in.scores.push_back({unit, text(r, store::fields::questionnaire_score::schedule_id),
                             real(r, store::fields::questionnaire_score::score),
                             qdate(r, store::fields::questionnaire_score::taken_date)});
    }
}

} // namespace

StorageResult<followup::IndicatorInput> readIndicatorInput(ServerStorage &storage,
                                                           const std::string &unitId)
{
    // The unit's records page by page in log order (each record has a lastSeq of its own). A
    // record changed while the pages are read comes again later: its newest state counts.
    std::map<std::pair<std::string, std::string>, StoredRecord> records;
    std::uint64_t since = 0;
    for (;;) {
        auto page = storage.changedRecords({unitId}, kEntities, since, kPage,
                                           sync::limits::kMaxPullPageBytes);
        if (!page)
            return page.error();
        const std::uint64_t last = page->records.empty() ? since : page->records.back().lastSeq;
        for (StoredRecord &r : page->records)
            records.insert_or_assign({r.entity, r.id}, std::move(r));
        if (!page->hasMore || page->records.empty())
            break;
        since = last;
    }
    IndicatorInput in;
    for (const auto &[key, r] : records) {
        if (integer(r, store::fields::any::deleted).value_or(0) != 0)
            continue; // a tombstone
        add(in, r);
    }
    return in;
}

} // namespace lykta::server
