#include "taskservice.h"

#include "detail.h"
#include "sync/core/uuid.h"

namespace lykta::domain {

using namespace detail;

namespace {

Task toTask(const store::Record &r)
{
    return Task{r.id,
                r.text("unit_id"),
                r.text("assignee"),
                qtext(r, "kind") == QLatin1String("concern_report") ? Task::Kind::ConcernReport
                                                                    : Task::Kind::FollowUp,
                r.text("subject_entity"),
                r.text("subject_id"),
                qtext(r, "title"),
                qdate(r, "due_date"),
                r.integer("done") != 0};
}

DomainResult<std::vector<Task>> toTasks(DomainResult<std::vector<store::Record>> rows)
{
    if (!rows)
        return rows.error();
    std::vector<Task> out;
    for (const auto &r : *rows)
        out.push_back(toTask(r));
    return out;
}

} // namespace

DomainResult<std::string> TaskService::create(const store::Actor &actor, const Task &task)
{
    if (task.assignee.empty())
        return domainError(DomainErrc::Empty, "assignee");
    if (auto s = getLive(m_store, "staff", task.assignee, "assignee"); !s)
        return s.error();
    if (task.kind == Task::Kind::FollowUp && task.title.trimmed().isEmpty())
        return domainError(DomainErrc::Empty, "title");
    store::Change c{store::ChangeKind::Create,
                    "task",
                    sync::newUuidV7(),
                    {{"assignee", task.assignee},
                     {"kind", text(toKey(task.kind))},
                     {"subject_entity", text(task.subjectEntity)},
                     {"subject_id", text(task.subjectId)},
                     {"title", text(task.title.trimmed())},
                     {"due_date", date(task.dueDate)},
                     {"done", flag(false)}}};
    auto w = write(m_store, actor, std::span(&c, 1));
    if (!w)
        return w.error();
    return w->front();
}

DomainResult<std::vector<Task>> TaskService::openTasks(const std::string &assignee) const
{
    return toTasks(
        listLive(m_store, "task", {{"assignee", assignee}, {"done", flag(false)}}, "due_date"));
}

DomainResult<std::vector<Task>> TaskService::tasksAbout(const std::string &subjectEntity,
                                                        const std::string &subjectId) const
{
    return toTasks(listLive(m_store, "task",
                            {{"subject_entity", subjectEntity}, {"subject_id", subjectId}},
                            "due_date"));
}

DomainResult<bool> TaskService::complete(const store::Actor &actor, const std::string &id)
{
    auto t = getLive(m_store, "task", id, "task_id");
    if (!t)
        return t.error();
    if (t->integer("done") != 0)
        return domainError(DomainErrc::WrongState, "done");
    store::Change c{store::ChangeKind::Update, "task", id, {{"done", flag(true)}}};
    auto w = write(m_store, actor, std::span(&c, 1));
    if (!w)
        return w.error();
    return true;
}

} // namespace lykta::domain
