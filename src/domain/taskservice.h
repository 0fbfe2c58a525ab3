#pragma once

#include "concernrecord.h"
#include "domainerror.h"
#include "store/store.h"
#include "task.h"

#include <vector>

namespace lykta::domain {

// A staff member's to-do list: concern reports raised by conversations, follow-ups.
// A concern task is raised only by its conversation (ConversationService writes it with the
// conversation) and closed only with a record of what was done (completeConcern); its
// assignee or a manager of its unit may close it. Reading tasks is reading case data (a
// concern's title names the child): each read writes an audit entry per task.
class TaskService
{
public:
    explicit TaskService(store::Store &store) : m_store(store) {}

    // A follow-up; a concern task is refused here (WrongState, "kind").
    DomainResult<std::string> create(const store::Actor &actor, const Task &task);
    // The task a conversation flagged "concern to report" raises, to be written in the
    // conversation's own write. `series` is the conversation's series record.
    static store::Change concernTaskFor(store::Store &store, const store::Record &series,
                                        const std::string &conversationId, int step,
                                        const QDate &day, const std::string &staffId);

    // The acting staff member's open tasks, by due date.
    DomainResult<std::vector<Task>> openTasks(const store::Actor &actor);
    // The open concern tasks of the acting manager's unit, oldest first. Anyone else:
    // NotPermitted ("role"), and nothing is read.
    DomainResult<std::vector<Task>> openConcernsOfUnit(const store::Actor &actor);
    DomainResult<Task> task(const store::Actor &actor, const std::string &id);
    DomainResult<std::vector<Task>> tasksAbout(const std::string &subjectEntity,
                                               const std::string &subjectId) const;
    // The open tasks about a family or a child, for its page, by due date: those naming it
    // as their subject and those raised in its conversations (for a family: its children's
    // too), whoever they are assigned to. Each is a read of case data, as in openTasks.
    // NotFound "subject_entity" for anything but "family" or "child".
    DomainResult<std::vector<Task>> openTasksAbout(const store::Actor &actor,
                                                   const std::string &subjectEntity,
                                                   const std::string &subjectId);
    // Whether the staff member has the manager role (sees the unit's concern tasks).
    bool isManager(const std::string &staffId) const;

    // Ticks off a follow-up. A concern task is refused (WrongState, "kind"): it needs
    // completeConcern's record.
    DomainResult<bool> complete(const store::Actor &actor, const std::string &id);
    // Closes a concern task with what was done. Refused: not a concern task (WrongState
    // "kind"), already closed (WrongState "done"), neither its assignee nor a manager of its
    // unit (NotPermitted "assignee"), no valid date or one after `today` (InvalidDate "date"),
    // a date before the conversation (OutOfRange "date"); filed: no recipient (Empty
    // "recipient"), no filer (Empty "filed_by") or one who is not staff of the unit (NotFound
    // "filed_by"); not filed: no reason (Empty "reason").
    DomainResult<bool> completeConcern(const store::Actor &actor, const std::string &id,
                                       const ConcernRecord &record,
                                       const QDate &today = QDate::currentDate());

private:
    DomainResult<std::vector<Task>> readAll(const store::Actor &actor,
                                            std::vector<store::Record> rows);

    store::Store &m_store;
};

} // namespace lykta::domain
