#pragma once

#include "domainerror.h"
#include "store/store.h"
#include "task.h"

#include <vector>

namespace lykta::domain {

// A staff member's to-do list: concern reports raised by conversations, follow-ups.
class TaskService
{
public:
    explicit TaskService(store::Store &store) : m_store(store) {}

    DomainResult<std::string> create(const store::Actor &actor, const Task &task);
    DomainResult<std::vector<Task>> openTasks(const std::string &assignee) const;
    DomainResult<std::vector<Task>> tasksAbout(const std::string &subjectEntity,
                                               const std::string &subjectId) const;
    DomainResult<bool> complete(const store::Actor &actor, const std::string &id);

private:
    store::Store &m_store;
};

} // namespace lykta::domain
