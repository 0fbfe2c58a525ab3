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
                              r.text("unit_id"),
                              r.text("child_id"),
                              r.text("family_id"),
                              r.text("template_id"),
                              qdate(r, "started"),
                              seriesStatusFromKey(qtext(r, "status")),
                              seriesOutcomeFromKey(qtext(r, "outcome")),
                              r.text("staff_id"),
                              r.isNull("declined_step") ? -1 : int32(r, "declined_step"),
                              r.text("referral_group_id"),
                              qtext(r, "outcome_text"),
                              qdate(r, "closed"),
                              r.text("closed_by"),
                              qtext(r, "reopen_reason"),
                              r.text("reopened_by"),
                              qdate(r, "reopened")};
}

Conversation toConversation(const store::Record &r)
{
    Conversation c;
    c.id = r.id;
    c.unitId = r.text("unit_id");
    c.seriesId = r.text("series_id");
    c.step = int32(r, "step");
    c.date = qdate(r, "date");
    c.durationMin = int32(r, "duration_min");
    c.place = qtext(r, "place");
    c.participants = participantsFromString(qtext(r, "participants"));
    c.staffId = r.text("staff_id");
    c.kind = qtext(r, "kind");
    c.kvaCode = qtext(r, "kva_code");
    c.sections = {qtext(r, "wants_to_know"), qtext(r, "information_given"), qtext(r, "child_view"),
                  qtext(r, "advice"),        qtext(r, "support_agreed"),    qtext(r, "next_step")};
    c.childWordsPrivate = r.integer("child_words_private") != 0;
    c.concernToReport = r.integer("concern_to_report") != 0;
    c.status = qtext(r, "status") == QLatin1String("signed") ? Conversation::Status::Signed
                                                             : Conversation::Status::Draft;
    c.signedBy = r.text("signed_by");
    c.signedAt = qtext(r, "signed_at");
    return c;
}

std::vector<store::FieldValue> conversationFields(const Conversation &c)
{
    return {{"step", integer(c.step)},
            {"date", date(c.date)},
            {"duration_min", integer(c.durationMin)},
            {"place", text(c.place.trimmed())},
            {"participants", text(toKey(c.participants))},
            {"staff_id", text(c.staffId)},
            {"kind", text(c.kind)},
            {"kva_code", text(c.kvaCode.trimmed().toUpper())},
            {"wants_to_know", text(c.sections.wantsToKnow)},
            {"information_given", text(c.sections.informationGiven)},
            {"child_view", text(c.sections.childView)},
            {"advice", text(c.sections.advice)},
            {"support_agreed", text(c.sections.supportAgreed)},
            {"next_step", text(c.sections.nextStep)},
            {"child_words_private", flag(c.childWordsPrivate)},
            {"concern_to_report", flag(c.concernToReport)}};
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
    const QDate birth = qdate(*child, "birth_date");
    if (!birth.isValid())
        return domainError(DomainErrc::InvalidDate, "birth_date");
    const int age = ageOn(birth, started);
    if (age < tmpl->minAge || age > tmpl->maxAge)
        return domainError(DomainErrc::AgeOutOfRange, "child_id");
    auto active = listLive(m_store, "conversation_series",
                           {{"child_id", childId},
                            {"template_id", templateId},
                            {"status", text(toKey(ConversationSeries::Status::Active))}});
    if (!active)
        return active.error();
    if (!active->empty())
        return domainError(DomainErrc::WrongState, "template_id");

    store::Change c{store::ChangeKind::Create,
                    "conversation_series",
                    sync::newUuidV7(),
                    {{"unit_id", child->text("unit_id")},
                     {"child_id", childId},
                     {"family_id", child->text("family_id")},
                     {"template_id", templateId},
                     {"started", date(started)},
                     {"status", text(toKey(ConversationSeries::Status::Active))},
                     {"outcome", text(toKey(ConversationSeries::Outcome::None))},
                     {"staff_id", text(staffId.empty() ? actor.staffId : staffId)}}};
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
    auto rows = listLive(m_store, "conversation_series", {{"child_id", childId}}, "started");
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
    auto rows = listLive(m_store, "conversation", {{"series_id", seriesId}}, "date");
    if (!rows)
        return rows.error();

    std::set<int> done;
    QDate last = qdate(*s, "started");
    for (const auto &r : *rows) {
        done.insert(int32(r, "step"));
        last = std::max(last, qdate(r, "date"));
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
                    {{"status", text(toKey(statusFor(closing.outcome)))},
                     {"outcome", text(toKey(closing.outcome))},
                     {"closed", date(closing.date)},
                     {"closed_by", text(actor.staffId)},
                     {"declined_step", std::monostate{}},
                     {"referral_group_id", std::monostate{}},
                     {"outcome_text", std::monostate{}}}};
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
                                 {{"group_id", groupId}, {"child_id", series.childId}});
        if (!existing)
            return existing.error();
        if (!existing->empty()) { // already in the group: the referral is recorded as it is
            auto w = write(m_store, actor, std::span(&closing, 1));
            if (!w)
                return w.error();
            return true;
        }
    } else {
        member.alias = qtext(*child, "first_name");
        const QDate birth = qdate(*child, "birth_date");
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
    auto active = listLive(m_store, "conversation_series",
                           {{"child_id", series.childId},
                            {"template_id", series.templateId},
                            {"status", text(toKey(ConversationSeries::Status::Active))}});
    if (!active)
        return active.error();
    if (!active->empty())
        return domainError(DomainErrc::WrongState, "template_id");
    store::Change c{store::ChangeKind::Update,
                    "conversation_series",
                    seriesId,
                    {{"status", text(toKey(ConversationSeries::Status::Active))},
                     {"outcome", text(toKey(ConversationSeries::Outcome::None))},
                     {"closed", std::monostate{}},
                     {"closed_by", std::monostate{}},
                     {"declined_step", std::monostate{}},
                     {"referral_group_id", std::monostate{}},
                     {"outcome_text", std::monostate{}},
                     {"reopen_reason", text(reason.trimmed())},
                     {"reopened_by", text(actor.staffId)},
                     {"reopened", date(QDate::currentDate())}}};
    auto w = write(m_store, actor, std::span(&c, 1));
    if (!w)
        return w.error();
    return true;
}

DomainResult<bool> ConversationService::validate(const Conversation &c,
                                                 const store::Record &series) const
{
    if (seriesStatusFromKey(qtext(series, "status")) != ConversationSeries::Status::Active)
        return domainError(DomainErrc::WrongState, "series_id");
    auto tmpl = ConversationTemplateService(m_store).forSeries(series);
    if (!tmpl)
        return tmpl.error();
    if (c.step < 0 || c.step >= static_cast<int>(tmpl->steps.size()))
        return domainError(DomainErrc::OutOfRange, "step");
    if (!c.date.isValid())
        return domainError(DomainErrc::InvalidDate, "date");
    if (c.date < qdate(series, "started"))
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
    const std::string unitId = series->text("unit_id");
    std::vector<store::Change> changes;
    changes.push_back({store::ChangeKind::Create, "conversation", id, conversationFields(c)});
    changes.back().fields.push_back({"unit_id", unitId});
    changes.back().fields.push_back({"series_id", c.seriesId});
    changes.back().fields.push_back({"status", std::string("draft")});
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
    if (current->text("status") == "signed")
        return domainError(DomainErrc::SignedImmutable, "status");
    Conversation c = conversation;
    c.seriesId = current->text("series_id");
    if (c.staffId.empty())
        c.staffId = current->text("staff_id");
    auto series = getLive(m_store, "conversation_series", c.seriesId, "series_id");
    if (!series)
        return series.error();
    if (auto v = validate(c, *series); !v)
        return v.error();

    std::vector<store::Change> changes;
    changes.push_back({store::ChangeKind::Update, "conversation", c.id, conversationFields(c)});
    if (c.concernToReport) {
        auto tasks = listLive(m_store, "task",
                              {{"subject_entity", std::string("conversation")},
                               {"subject_id", c.id},
                               {"kind", text(toKey(Task::Kind::ConcernReport))}});
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
    if (current->text("status") == "signed")
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
    auto rows = listLive(m_store, "conversation", {{"series_id", seriesId}}, "date");
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
