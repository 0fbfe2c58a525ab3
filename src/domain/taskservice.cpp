#include "taskservice.h"

#include "conversationtemplateservice.h"
#include "detail.h"
#include "sync/core/staffrole.h"
#include "sync/core/uuid.h"

#include <algorithm>

namespace lykta::domain {

using namespace detail;

namespace {

const std::string kConversation = "conversation";

// About whom and which conversation, from the data: "Ella (BRA-samtal 2)". Only names the
// organisation entered and a number, so nothing here needs translating.
QString concernTitle(store::Store &store, const store::Record &series, int step)
{
    QString who;
    if (auto child =
            getLive(store, "child", series.text(fields::conversation_series::child_id), "child_id"))
        who = qtext(*child, fields::child::first_name);
    QString model;
    if (auto tmpl = ConversationTemplateService(store).forSeries(series))
        model = tmpl->name;
    const QString which = QStringLiteral("%1 %2").arg(model).arg(step + 1).trimmed();
    return who.isEmpty() ? which : QStringLiteral("%1 (%2)").arg(who, which);
}

std::optional<ConcernRecord> concernFrom(const store::Record &r)
{
    if (r.isNull(fields::task::outcome))
        return std::nullopt;
    ConcernRecord c;
    c.outcome = qtext(r, fields::task::outcome) == QLatin1String("not_filed")
                    ? ConcernRecord::Outcome::NotFiled
                    : ConcernRecord::Outcome::Filed;
    c.date = qdate(r, fields::task::action_date);
    c.recipient = qtext(r, fields::task::recipient);
    c.filedBy = r.text(fields::task::filed_by);
    c.reference = qtext(r, fields::task::reference);
    c.reason = qtext(r, fields::task::reason);
    c.closedBy = r.text(fields::task::closed_by);
    c.closedAt = qtext(r, fields::task::closed_at);
    return c;
}

Task toTask(store::Store &store, const store::Record &r)
{
    Task t{r.id,
           r.text(fields::task::unit_id),
           r.text(fields::task::assignee),
           taskKindFrom(qtext(r, fields::task::kind)),
           r.text(fields::task::subject_entity),
           r.text(fields::task::subject_id),
           qtext(r, fields::task::title),
           qdate(r, fields::task::due_date),
           r.integer(fields::task::done) != 0,
           concernFrom(r)};
    // Raised before concern tasks had titles: worked out from the conversation now.
    if (t.kind == Task::Kind::ConcernReport && t.title.isEmpty() &&
        t.subjectEntity == kConversation) {
        if (auto c = getLive(store, kConversation, t.subjectId, "subject_id")) {
            if (auto s = getLive(store, "conversation_series",
                                 c->text(fields::conversation::series_id), "series_id"))
                t.title = concernTitle(store, *s, int32(*c, fields::conversation::step));
        }
    }
    return t;
}

} // namespace

store::Change TaskService::concernTaskFor(store::Store &store, const store::Record &series,
                                          const std::string &conversationId, int step,
                                          const QDate &day, const std::string &staffId)
{
    return store::Change{
        store::ChangeKind::Create,
        "task",
        sync::newUuidV7(),
        {{fields::task::unit_id, series.text(fields::conversation_series::unit_id)},
         {fields::task::assignee, staffId},
         {fields::task::kind, text(toKey(Task::Kind::ConcernReport))},
         {fields::task::subject_entity, kConversation},
         {fields::task::subject_id, conversationId},
         {fields::task::title, text(concernTitle(store, series, step))},
         {fields::task::due_date, date(day)},
         {fields::task::done, flag(false)}}};
}

DomainResult<std::string> TaskService::create(const store::Actor &actor, const Task &task)
{
    if (task.kind == Task::Kind::ConcernReport)
        return domainError(DomainErrc::WrongState, "kind");
    if (task.assignee.empty())
        return domainError(DomainErrc::Empty, "assignee");
    if (auto s = getLive(m_store, "staff", task.assignee, "assignee"); !s)
        return s.error();
    if (task.title.trimmed().isEmpty())
        return domainError(DomainErrc::Empty, "title");
    store::Change c{store::ChangeKind::Create,
                    "task",
                    sync::newUuidV7(),
                    {{fields::task::assignee, task.assignee},
                     {fields::task::kind, text(toKey(task.kind))},
                     {fields::task::subject_entity, text(task.subjectEntity)},
                     {fields::task::subject_id, text(task.subjectId)},
                     {fields::task::title, text(task.title.trimmed())},
                     {fields::task::due_date, date(task.dueDate)},
                     {fields::task::done, flag(false)}}};
    auto w = write(m_store, actor, std::span(&c, 1));
    if (!w)
        return w.error();
    return w->front();
}

DomainResult<std::vector<Task>> TaskService::readAll(const store::Actor &actor,
                                                     std::vector<store::Record> rows)
{
    std::vector<std::string> ids;
    ids.reserve(rows.size());
    for (const auto &r : rows)
        ids.push_back(r.id);
    // One transaction for the list's entries: one each would hold the app for a third of a
    // millisecond per task.
    if (auto a = auditReadAll(m_store, actor, "task", ids); !a)
        return a.error();
    std::vector<Task> out;
    out.reserve(rows.size());
    for (const auto &r : rows)
        out.push_back(toTask(m_store, r));
    return out;
}

DomainResult<std::vector<Task>> TaskService::openTasks(const store::Actor &actor)
{
    auto rows = listLive(
        m_store, "task",
        {{fields::task::assignee, actor.staffId}, {fields::task::done, flag(false)}}, "due_date");
    if (!rows)
        return rows.error();
    return readAll(actor, std::move(*rows));
}

bool TaskService::isManager(const std::string &staffId) const
{
    auto staff = getLive(m_store, "staff", staffId, "staff_id");
    return staff &&
           sync::staffRoleFromString(staff->text(fields::staff::role)) == sync::StaffRole::Manager;
}

DomainResult<std::vector<Task>> TaskService::openConcernsOfUnit(const store::Actor &actor)
{
    if (!isManager(actor.staffId))
        return domainError(DomainErrc::NotPermitted, "role");
    auto rows = listLive(m_store, "task",
                         {{fields::task::unit_id, actor.unitId},
                          {fields::task::kind, text(toKey(Task::Kind::ConcernReport))},
                          {fields::task::done, flag(false)}});
    if (!rows)
        return rows.error();
    auto tasks = readAll(actor, std::move(*rows));
    if (!tasks)
        return tasks;
    // Oldest first; ids are time-ordered (UUID v7), so a day's tasks keep the order raised.
    std::sort(tasks->begin(), tasks->end(), [](const Task &a, const Task &b) {
        if (a.dueDate.isValid() != b.dueDate.isValid())
            return a.dueDate.isValid();
        if (a.dueDate != b.dueDate)
            return a.dueDate < b.dueDate;
        return a.id < b.id;
    });
    return tasks;
}

DomainResult<Task> TaskService::task(const store::Actor &actor, const std::string &id)
{
    auto r = getLive(m_store, "task", id, "task_id");
    if (!r)
        return r.error();
    if (auto a = auditRead(m_store, actor, "task", id); !a)
        return a.error();
    return toTask(m_store, *r);
}

DomainResult<std::vector<Task>> TaskService::tasksAbout(const std::string &subjectEntity,
                                                        const std::string &subjectId) const
{
    auto rows = listLive(
        m_store, "task",
        {{fields::task::subject_entity, subjectEntity}, {fields::task::subject_id, subjectId}},
        "due_date");
    if (!rows)
        return rows.error();
    std::vector<Task> out;
    for (const auto &r : *rows)
        out.push_back(toTask(m_store, r));
    return out;
}

DomainResult<std::vector<Task>> TaskService::openTasksAbout(const store::Actor &actor,
                                                            const std::string &subjectEntity,
                                                            const std::string &subjectId)
{
    if (subjectEntity != "family" && subjectEntity != "child")
        return domainError(DomainErrc::NotFound, "subject_entity");
    std::vector<std::pair<std::string, std::string>> subjects{{subjectEntity, subjectId}};
    std::vector<std::string> children;
    if (subjectEntity == "family") {
        auto kids = listLive(m_store, "child", {{fields::child::family_id, subjectId}});
        if (!kids)
            return kids.error();
        for (const auto &k : *kids) {
            children.push_back(k.id);
            subjects.emplace_back("child", k.id);
        }
    } else {
        children.push_back(subjectId);
    }
    for (const auto &child : children) {
        auto series = listLive(m_store, "conversation_series",
                               {{fields::conversation_series::child_id, child}});
        if (!series)
            return series.error();
        for (const auto &s : *series) {
            auto conversations =
                listLive(m_store, kConversation, {{fields::conversation::series_id, s.id}});
            if (!conversations)
                return conversations.error();
            for (const auto &c : *conversations)
                subjects.emplace_back(kConversation, c.id);
        }
    }
    std::vector<Task> out;
    for (const auto &[entity, id] : subjects) {
        auto about = tasksAbout(entity, id);
        if (!about)
            return about.error();
        for (auto &t : *about) {
            if (t.done)
                continue;
            if (auto a = auditRead(m_store, actor, "task", t.id); !a)
                return a.error();
            out.push_back(std::move(t));
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const Task &a, const Task &b) {
        if (a.dueDate.isValid() != b.dueDate.isValid())
            return a.dueDate.isValid();
        return a.dueDate < b.dueDate;
    });
    return out;
}

DomainResult<bool> TaskService::complete(const store::Actor &actor, const std::string &id)
{
    auto t = getLive(m_store, "task", id, "task_id");
    if (!t)
        return t.error();
    if (taskKindFrom(qtext(*t, fields::task::kind)) == Task::Kind::ConcernReport)
        return domainError(DomainErrc::WrongState, "kind");
    if (t->integer(fields::task::done) != 0)
        return domainError(DomainErrc::WrongState, "done");
    store::Change c{store::ChangeKind::Update, "task", id, {{fields::task::done, flag(true)}}};
    auto w = write(m_store, actor, std::span(&c, 1));
    if (!w)
        return w.error();
    return true;
}

DomainResult<bool> TaskService::completeConcern(const store::Actor &actor, const std::string &id,
                                                const ConcernRecord &record, const QDate &today)
{
    auto t = getLive(m_store, "task", id, "task_id");
    if (!t)
        return t.error();
    if (taskKindFrom(qtext(*t, fields::task::kind)) != Task::Kind::ConcernReport)
        return domainError(DomainErrc::WrongState, "kind");
    if (t->integer(fields::task::done) != 0)
        return domainError(DomainErrc::WrongState, "done");
    const std::string unitId = t->text(fields::task::unit_id);
    const bool isAssignee = actor.staffId == t->text(fields::task::assignee);
    if (!isAssignee) {
        auto staff = getLive(m_store, "staff", actor.staffId, "assignee");
        if (!staff ||
            sync::staffRoleFromString(staff->text(fields::staff::role)) !=
                sync::StaffRole::Manager ||
            staff->text(fields::staff::unit_id) != unitId)
            return domainError(DomainErrc::NotPermitted, "assignee");
    }
    if (!record.date.isValid() || record.date > today)
        return domainError(DomainErrc::InvalidDate, "date");
    if (t->text(fields::task::subject_entity) == kConversation) {
        auto c = getLive(m_store, kConversation, t->text(fields::task::subject_id), "subject_id");
        if (c && record.date < qdate(*c, fields::conversation::date))
            return domainError(DomainErrc::OutOfRange, "date");
    }

    const bool filed = record.outcome == ConcernRecord::Outcome::Filed;
    std::vector<store::FieldValue> fields{{fields::task::outcome, text(toKey(record.outcome))},
                                          {fields::task::action_date, date(record.date)},
                                          {fields::task::closed_by, actor.staffId},
                                          {fields::task::closed_at, text(nowText())},
                                          {fields::task::done, flag(true)}};
    if (filed) {
        if (record.recipient.trimmed().isEmpty())
            return domainError(DomainErrc::Empty, "recipient");
        if (record.filedBy.empty())
            return domainError(DomainErrc::Empty, "filed_by");
        auto filer = getLive(m_store, "staff", record.filedBy, "filed_by");
        if (!filer)
            return filer.error();
        if (filer->text(fields::staff::unit_id) != unitId)
            return domainError(DomainErrc::NotFound, "filed_by");
        fields.push_back({fields::task::recipient, text(record.recipient.trimmed())});
        fields.push_back({fields::task::filed_by, record.filedBy});
        fields.push_back({fields::task::reference, text(record.reference.trimmed())});
    } else {
        if (record.reason.trimmed().isEmpty())
            return domainError(DomainErrc::Empty, "reason");
        fields.push_back({fields::task::reason, text(record.reason.trimmed())});
    }
    store::Change c{store::ChangeKind::Update, "task", id, std::move(fields)};
    auto w = write(m_store, actor, std::span(&c, 1));
    if (!w)
        return w.error();
    return true;
}

} // namespace lykta::domain
