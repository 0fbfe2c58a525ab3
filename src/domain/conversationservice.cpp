#include "conversationservice.h"

#include "conversationtemplateservice.h"
#include "detail.h"
#include "groupservice.h"
#include "kvacodeservice.h"
#include "sync/core/uuid.h"
#include "taskservice.h"

#include <algorithm>
#include <set>

namespace lykta::domain {

using namespace detail;

namespace {

ConversationSeries toSeries(const store::Record &r)
{
    return ConversationSeries{r.id,
                              r.text(fields::conversation_series::unit_id),
                              r.text(fields::conversation_series::child_id),
                              r.text(fields::conversation_series::family_id),
                              r.text(fields::conversation_series::template_id),
                              qdate(r, fields::conversation_series::started),
                              seriesStatusFromKey(qtext(r, fields::conversation_series::status)),
                              seriesOutcomeFromKey(qtext(r, fields::conversation_series::outcome)),
                              r.text(fields::conversation_series::staff_id),
                              r.isNull(fields::conversation_series::declined_step)
                                  ? -1
                                  : int32(r, fields::conversation_series::declined_step),
                              r.text(fields::conversation_series::referral_group_id),
                              qtext(r, fields::conversation_series::outcome_text),
                              qdate(r, fields::conversation_series::closed),
                              r.text(fields::conversation_series::closed_by),
                              qtext(r, fields::conversation_series::reopen_reason),
                              r.text(fields::conversation_series::reopened_by),
                              qdate(r, fields::conversation_series::reopened)};
}

Conversation toConversation(const store::Record &r)
{
    Conversation c;
    c.id = r.id;
    c.unitId = r.text(fields::conversation::unit_id);
    c.seriesId = r.text(fields::conversation::series_id);
    c.step = int32(r, fields::conversation::step);
    c.date = qdate(r, fields::conversation::date);
    c.durationMin = int32(r, fields::conversation::duration_min);
    c.place = qtext(r, fields::conversation::place);
    c.participants = participantsFromString(qtext(r, fields::conversation::participants));
    c.staffId = r.text(fields::conversation::staff_id);
    c.kind = qtext(r, fields::conversation::kind);
    c.kvaCode = qtext(r, fields::conversation::kva_code);
    c.sections = {qtext(r, fields::conversation::wants_to_know),
                  qtext(r, fields::conversation::information_given),
                  qtext(r, fields::conversation::child_view),
                  qtext(r, fields::conversation::advice),
                  qtext(r, fields::conversation::support_agreed),
                  qtext(r, fields::conversation::next_step)};
    c.childWordsPrivate = r.integer(fields::conversation::child_words_private) != 0;
    c.concernToReport = r.integer(fields::conversation::concern_to_report) != 0;
    c.status = qtext(r, fields::conversation::status) == QLatin1String("signed")
                   ? Conversation::Status::Signed
                   : Conversation::Status::Draft;
    c.signedBy = r.text(fields::conversation::signed_by);
    c.signedAt = qtext(r, fields::conversation::signed_at);
    return c;
}

std::vector<store::FieldValue> conversationFields(const Conversation &c)
{
    return {{fields::conversation::step, integer(c.step)},
            {fields::conversation::date, date(c.date)},
            {fields::conversation::duration_min, integer(c.durationMin)},
            {fields::conversation::place, text(c.place.trimmed())},
            {fields::conversation::participants, text(toKey(c.participants))},
            {fields::conversation::staff_id, text(c.staffId)},
            {fields::conversation::kind, text(c.kind)},
            {fields::conversation::kva_code, text(c.kvaCode.trimmed().toUpper())},
            {fields::conversation::wants_to_know, text(c.sections.wantsToKnow)},
            {fields::conversation::information_given, text(c.sections.informationGiven)},
            {fields::conversation::child_view, text(c.sections.childView)},
            {fields::conversation::advice, text(c.sections.advice)},
            {fields::conversation::support_agreed, text(c.sections.supportAgreed)},
            {fields::conversation::next_step, text(c.sections.nextStep)},
            {fields::conversation::child_words_private, flag(c.childWordsPrivate)},
            {fields::conversation::concern_to_report, flag(c.concernToReport)}};
}

} // namespace

Conversation ConversationService::forGuardians(const Conversation &conversation)
{
    Conversation c = conversation;
    if (c.childWordsPrivate)
        c.sections.childView.clear();
    return c;
}

DomainResult<std::string> ConversationService::startSeries(const store::Actor &actor,
                                                           const std::string &childId,
                                                           const std::string &templateId,
                                                           const QDate &started,
                                                           const std::string &staffId)
{
    auto child = getLive(m_store, "child", childId, "child_id");
    if (!child)
        return child.error();
    auto tmpl = ConversationTemplateService(m_store).get(templateId);
    if (!tmpl)
        return tmpl.error();
    if (!started.isValid())
        return domainError(DomainErrc::InvalidDate, "started");
    const QDate birth = qdate(*child, fields::child::birth_date);
    if (!birth.isValid())
        return domainError(DomainErrc::InvalidDate, "birth_date");
    const int age = ageOn(birth, started);
    if (age < tmpl->minAge || age > tmpl->maxAge)
        return domainError(DomainErrc::AgeOutOfRange, "child_id");
    auto active = listLive(
        m_store, "conversation_series",
        {{fields::conversation_series::child_id, childId},
         {fields::conversation_series::template_id, templateId},
         {fields::conversation_series::status, text(toKey(ConversationSeries::Status::Active))}});
    if (!active)
        return active.error();
    if (!active->empty())
        return domainError(DomainErrc::WrongState, "template_id");

    store::Change c{
        store::ChangeKind::Create,
        "conversation_series",
        sync::newUuidV7(),
        {{fields::conversation_series::unit_id, child->text(fields::child::unit_id)},
         {fields::conversation_series::child_id, childId},
         {fields::conversation_series::family_id, child->text(fields::child::family_id)},
         {fields::conversation_series::template_id, templateId},
         {fields::conversation_series::started, date(started)},
         {fields::conversation_series::status, text(toKey(ConversationSeries::Status::Active))},
         {fields::conversation_series::outcome, text(toKey(ConversationSeries::Outcome::None))},
         {fields::conversation_series::staff_id, text(staffId.empty() ? actor.staffId : staffId)}}};
    for (auto &f : ConversationTemplateService::seriesFields(*tmpl))
        c.fields.push_back(std::move(f));
    auto w = write(m_store, actor, std::span(&c, 1));
    if (!w)
        return w.error();
    return w->front();
}

DomainResult<ConversationSeries> ConversationService::series(const store::Actor &actor,
                                                             const std::string &id)
{
    auto r = getLive(m_store, "conversation_series", id, "series_id");
    if (!r)
        return r.error();
    if (auto a = auditRead(m_store, actor, "conversation_series", id); !a)
        return a.error();
    return toSeries(*r);
}

DomainResult<std::vector<ConversationSeries>>
ConversationService::seriesOfChild(const store::Actor &actor, const std::string &childId)
{
    auto rows = listLive(m_store, "conversation_series",
                         {{fields::conversation_series::child_id, childId}}, "started");
    if (!rows)
        return rows.error();
    if (auto a = auditRead(m_store, actor, "child", childId); !a)
        return a.error();
    std::vector<ConversationSeries> out;
    for (const auto &r : *rows)
        out.push_back(toSeries(r));
    return out;
}

DomainResult<SeriesProgress> ConversationService::progress(const std::string &seriesId) const
{
    auto s = getLive(m_store, "conversation_series", seriesId, "series_id");
    if (!s)
        return s.error();
    auto tmpl = ConversationTemplateService(m_store).forSeries(*s);
    if (!tmpl)
        return tmpl.error();
    auto rows =
        listLive(m_store, "conversation", {{fields::conversation::series_id, seriesId}}, "date");
    if (!rows)
        return rows.error();

    std::set<int> done;
    QDate last = qdate(*s, fields::conversation_series::started);
    for (const auto &r : *rows) {
        done.insert(int32(r, fields::conversation::step));
        last = std::max(last, qdate(r, fields::conversation::date));
    }
    SeriesProgress p;
    p.done.assign(done.begin(), done.end());
    p.allRequiredDone = true;
    for (std::size_t i = 0; i < tmpl->steps.size(); ++i) {
        const int step = static_cast<int>(i);
        if (done.count(step))
            continue;
        if (!tmpl->steps[i].optional)
            p.allRequiredDone = false;
        if (!p.next) {
            p.next = step;
            p.nextDue = rows->empty() ? last : last.addDays(tmpl->steps[i].followUpDays);
        }
    }
    if (toSeries(*s).status != ConversationSeries::Status::Active) {
        p.next.reset();
        p.nextDue = QDate();
    }
    return p;
}

DomainResult<bool> ConversationService::closeSeries(const store::Actor &actor,
                                                    const std::string &seriesId,
                                                    const SeriesClosing &closing)
{
    using Outcome = ConversationSeries::Outcome;
    auto s = getLive(m_store, "conversation_series", seriesId, "series_id");
    if (!s)
        return s.error();
    const ConversationSeries series = toSeries(*s);
    if (series.status != ConversationSeries::Status::Active)
        return domainError(DomainErrc::WrongState, "status");
    if (!closing.date.isValid() || closing.date < series.started ||
        closing.date > QDate::currentDate())
        return domainError(DomainErrc::InvalidDate, "closed");
    const QString words = closing.text.trimmed();

    store::Change c{store::ChangeKind::Update,
                    "conversation_series",
                    seriesId,
                    {{fields::conversation_series::status, text(toKey(statusFor(closing.outcome)))},
                     {fields::conversation_series::outcome, text(toKey(closing.outcome))},
                     {fields::conversation_series::closed, date(closing.date)},
                     {fields::conversation_series::closed_by, text(actor.staffId)},
                     {fields::conversation_series::declined_step, std::monostate{}},
                     {fields::conversation_series::referral_group_id, std::monostate{}},
                     {fields::conversation_series::outcome_text, std::monostate{}}}};
    const auto set = [&c](const char *field, sync::Value v) {
        for (auto &f : c.fields)
            if (f.field == field)
                f.value = std::move(v);
    };
    switch (closing.outcome) {
    case Outcome::Declined: {
        auto tmpl = ConversationTemplateService(m_store).forSeries(series.id);
        if (!tmpl)
            return tmpl.error();
        if (closing.declinedStep < 0 ||
            closing.declinedStep >= static_cast<int>(tmpl->steps.size()))
            return domainError(DomainErrc::OutOfRange, "declined_step");
        set("declined_step", integer(closing.declinedStep));
        break;
    }
    case Outcome::OtherSupport:
    case Outcome::Other:
        if (words.isEmpty())
            return domainError(DomainErrc::Empty, "outcome_text");
        set("outcome_text", text(words));
        break;
    case Outcome::Moved:
        set("outcome_text", text(words.isEmpty() ? QString() : words));
        break;
    case Outcome::SupportGroup:
        return referToGroup(actor, series, closing.groupId, c);
    case Outcome::None:
        break;
    }
    auto w = write(m_store, actor, std::span(&c, 1));
    if (!w)
        return w.error();
    return true;
}

DomainResult<bool> ConversationService::referToGroup(const store::Actor &actor,
                                                     const ConversationSeries &series,
                                                     const std::string &groupId,
                                                     store::Change closing)
{
    // The group picker's field: whatever the group refuses is shown there.
    const auto atPicker = [](DomainError e) {
        e.field = "referral_group_id";
        return e;
    };
    if (groupId.empty())
        return domainError(DomainErrc::Empty, "referral_group_id");
    GroupService groups(m_store);
    auto g = groups.group(groupId);
    if (!g)
        return atPicker(g.error());
    if (g->unitId != series.unitId)
        return domainError(DomainErrc::NotFound, "referral_group_id");
    auto child = getLive(m_store, "child", series.childId, "child_id");
    if (!child)
        return child.error();
    for (auto &f : closing.fields)
        if (f.field == "referral_group_id")
            f.value = groupId;

    GroupMember member;
    member.groupId = groupId;
    member.unitId = g->unitId;
    if (g->mode == Group::Mode::Identified) {
        member.childId = series.childId;
        auto existing = listLive(m_store, "group_member",
                                 {{fields::group_member::group_id, groupId},
                                  {fields::group_member::child_id, series.childId}});
        if (!existing)
            return existing.error();
        if (!existing->empty()) { // already in the group: the referral is recorded as it is
            auto w = write(m_store, actor, std::span(&closing, 1));
            if (!w)
                return w.error();
            return true;
        }
    } else {
        member.alias = qtext(*child, fields::child::first_name);
        const QDate birth = qdate(*child, fields::child::birth_date);
        // As addMember records an identified child's age: on the group's start.
        const QDate on = g->startDate.isValid() ? g->startDate : QDate::currentDate();
        member.age = birth.isValid() ? ageOn(birth, on) : -1;
    }
    auto added = groups.addMember(actor, member, std::span(&closing, 1));
    if (!added)
        return atPicker(added.error());
    return true;
}

DomainResult<bool> ConversationService::reopenSeries(const store::Actor &actor,
                                                     const std::string &seriesId,
                                                     const QString &reason)
{
    auto s = getLive(m_store, "conversation_series", seriesId, "series_id");
    if (!s)
        return s.error();
    const ConversationSeries series = toSeries(*s);
    if (series.status == ConversationSeries::Status::Active)
        return domainError(DomainErrc::WrongState, "status");
    if (reason.trimmed().isEmpty())
        return domainError(DomainErrc::Empty, "reopen_reason");
    // Two active series of one model for one child would compete for Today's steps.
    auto active = listLive(
        m_store, "conversation_series",
        {{fields::conversation_series::child_id, series.childId},
         {fields::conversation_series::template_id, series.templateId},
         {fields::conversation_series::status, text(toKey(ConversationSeries::Status::Active))}});
    if (!active)
        return active.error();
    if (!active->empty())
        return domainError(DomainErrc::WrongState, "template_id");
    store::Change c{
        store::ChangeKind::Update,
        "conversation_series",
        seriesId,
        {{fields::conversation_series::status, text(toKey(ConversationSeries::Status::Active))},
         {fields::conversation_series::outcome, text(toKey(ConversationSeries::Outcome::None))},
         {fields::conversation_series::closed, std::monostate{}},
         {fields::conversation_series::closed_by, std::monostate{}},
         {fields::conversation_series::declined_step, std::monostate{}},
         {fields::conversation_series::referral_group_id, std::monostate{}},
         {fields::conversation_series::outcome_text, std::monostate{}},
         {fields::conversation_series::reopen_reason, text(reason.trimmed())},
         {fields::conversation_series::reopened_by, text(actor.staffId)},
         {fields::conversation_series::reopened, date(QDate::currentDate())}}};
    auto w = write(m_store, actor, std::span(&c, 1));
    if (!w)
        return w.error();
    return true;
}

DomainResult<bool> ConversationService::validate(const Conversation &c,
                                                 const store::Record &series) const
{
    if (seriesStatusFromKey(qtext(series, fields::conversation_series::status)) !=
        ConversationSeries::Status::Active)
        return domainError(DomainErrc::WrongState, "series_id");
    auto tmpl = ConversationTemplateService(m_store).forSeries(series);
    if (!tmpl)
        return tmpl.error();
    if (c.step < 0 || c.step >= static_cast<int>(tmpl->steps.size()))
        return domainError(DomainErrc::OutOfRange, "step");
    if (!c.date.isValid())
        return domainError(DomainErrc::InvalidDate, "date");
    if (c.date < qdate(series, fields::conversation_series::started))
        return domainError(DomainErrc::InvalidDate, "date");
    if (c.durationMin < 1 || c.durationMin > kMaxDurationMin)
        return domainError(DomainErrc::OutOfRange, "duration_min");
    if (c.staffId.empty())
        return domainError(DomainErrc::Empty, "staff_id");
    if (auto st = getLive(m_store, "staff", c.staffId, "staff_id"); !st)
        return st.error();
    const QString code = c.kvaCode.trimmed().toUpper();
    // A retired code is no longer offered: it stays on the conversations tagged before.
    if (!code.isEmpty() && !KvaCodeService(m_store).isKnown(code))
        return domainError(DomainErrc::UnknownKvaCode, "kva_code");
    return true;
}

DomainResult<std::string> ConversationService::recordConversation(const store::Actor &actor,
                                                                  const Conversation &conversation)
{
    Conversation c = conversation;
    if (c.staffId.empty())
        c.staffId = actor.staffId;
    auto series = getLive(m_store, "conversation_series", c.seriesId, "series_id");
    if (!series)
        return series.error();
    if (auto v = validate(c, *series); !v)
        return v.error();

    const std::string id = sync::newUuidV7();
    const std::string unitId = series->text(fields::conversation_series::unit_id);
    std::vector<store::Change> changes;
    changes.push_back({store::ChangeKind::Create, "conversation", id, conversationFields(c)});
    changes.back().fields.push_back({fields::any::unit_id, unitId});
    changes.back().fields.push_back({fields::conversation::series_id, c.seriesId});
    changes.back().fields.push_back({fields::conversation::status, std::string("draft")});
    if (c.concernToReport)
        changes.push_back(
            TaskService::concernTaskFor(m_store, *series, id, c.step, c.date, c.staffId));
    auto w = write(m_store, actor, changes);
    if (!w)
        return w.error();
    return id;
}

DomainResult<bool> ConversationService::updateConversation(const store::Actor &actor,
                                                           const Conversation &conversation)
{
    auto current = getLive(m_store, "conversation", conversation.id, "conversation_id");
    if (!current)
        return current.error();
    if (current->text(fields::conversation::status) == "signed")
        return domainError(DomainErrc::SignedImmutable, "status");
    Conversation c = conversation;
    c.seriesId = current->text(fields::conversation::series_id);
    if (c.staffId.empty())
        c.staffId = current->text(fields::conversation::staff_id);
    auto series = getLive(m_store, "conversation_series", c.seriesId, "series_id");
    if (!series)
        return series.error();
    if (auto v = validate(c, *series); !v)
        return v.error();

    std::vector<store::Change> changes;
    changes.push_back({store::ChangeKind::Update, "conversation", c.id, conversationFields(c)});
    if (c.concernToReport) {
        auto tasks =
            listLive(m_store, "task",
                     {{fields::task::subject_entity, std::string("conversation")},
                      {fields::task::subject_id, c.id},
                      {fields::task::kind, text(toKey(Task::Kind::ConcernReport))}});
        if (!tasks)
            return tasks.error();
        if (tasks->empty())
            changes.push_back(
                TaskService::concernTaskFor(m_store, *series, c.id, c.step, c.date, c.staffId));
    }
    auto w = write(m_store, actor, changes);
    if (!w)
        return w.error();
    return true;
}

DomainResult<bool> ConversationService::signConversation(const store::Actor &actor,
                                                         const std::string &id)
{
    auto current = getLive(m_store, "conversation", id, "conversation_id");
    if (!current)
        return current.error();
    if (current->text(fields::conversation::status) == "signed")
        return domainError(DomainErrc::SignedImmutable, "status");
    return detail::sign(m_store, actor, "conversation", id);
}

DomainResult<Conversation> ConversationService::conversation(const store::Actor &actor,
                                                             const std::string &id)
{
    auto r = getLive(m_store, "conversation", id, "conversation_id");
    if (!r)
        return r.error();
    if (auto a = auditRead(m_store, actor, "conversation", id); !a)
        return a.error();
    return toConversation(*r);
}

DomainResult<std::vector<Conversation>>
ConversationService::conversations(const store::Actor &actor, const std::string &seriesId)
{
    if (auto s = getLive(m_store, "conversation_series", seriesId, "series_id"); !s)
        return s.error();
    auto rows =
        listLive(m_store, "conversation", {{fields::conversation::series_id, seriesId}}, "date");
    if (!rows)
        return rows.error();
    std::vector<Conversation> out;
    for (const auto &r : *rows) {
        if (auto a = auditRead(m_store, actor, "conversation", r.id); !a)
            return a.error();
        out.push_back(toConversation(r));
    }
    return out;
}

} // namespace lykta::domain
