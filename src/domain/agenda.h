#pragma once

#include "domainerror.h"
#include "store/store.h"

#include <QDate>
#include <QString>
#include <QTime>

#include <vector>

namespace lykta::domain {

// One thing on a staff member's day: a conversation step that is due, a group session that
// is planned, or an open task (a concern to report, a follow-up).
struct AgendaItem
{
    enum class Kind
    {
        Conversation, // target: the conversation series
        GroupSession, // target: the group
        Task,         // target: the task
        Booking,      // a booked series step; target: the conversation series
    };

    Kind kind = Kind::Task;
    QDate due; // invalid for a task without a due date
    // Conversation: the child's first name, the step, the model and the family.
    // Group session: the group's name, the session's theme and number.
    // Task: the task's title.
    QString who;
    QString what;
    QString context;
    int number = 0;
    std::string targetId;
    QTime time;    // a booking's start
    QString place; // a booking's place
};

// What the Today screen shows: booked steps of the unit's active series from today, due
// conversation steps of those series that are not booked (overdue ones included), the unit's group
// sessions, and the staff member's open tasks, within `days` from `today`, each kind ordered by
// date. Reading it is one audit entry for the overview, not one per child.
class AgendaService
{
public:
    explicit AgendaService(store::Store &store) : m_store(store) {}

    DomainResult<std::vector<AgendaItem>> agenda(const store::Actor &actor, const QDate &today,
                                                 int days = 14);

private:
    store::Store &m_store;
};

} // namespace lykta::domain
