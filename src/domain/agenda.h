#pragma once

#include "domainerror.h"
#include "store/store.h"

#include <QDate>
#include <QString>
#include <QTime>

#include <vector>

namespace lykta::domain {

// One thing on a staff member's day: a conversation step that is due or a group session that
// is planned. (Open tasks are TaskService's own list, shown beside it.)
struct AgendaItem
{
    enum class Kind
    {
        Conversation, // target: the conversation series
        GroupSession, // target: the group
        Booking,      // a booked series step; target: the conversation series
    };

    Kind kind = Kind::Conversation;
    QDate due;
    // Conversation: the child's first name, the step, the model and the family.
    // Group session: the group's name, the session's theme and number.
    QString who;
    QString what;
    QString context;
    int number = 0;
    std::string targetId;
    QTime time;    // a booking's start
    QString place; // a booking's place
};

// What the Today screen shows: booked steps of the unit's active series from today, due
// conversation steps of those series that are not booked (overdue ones included) and the
// unit's group sessions, within `days` from `today`, each kind ordered by date. Reading it is
// one audit entry for the overview, not one per child.
class AgendaService
{
public:
    explicit AgendaService(store::Store &store) : m_store(store) {}

    // items() and viewed(): what the screen shows, with its audit entry.
    DomainResult<std::vector<AgendaItem>> agenda(const store::Actor &actor, const QDate &today,
                                                 int days = 14);
    // The unit's agenda, reads only: it may run on any connection to the store (the app reads it
    // on its ReadWorker, as it takes a query or more per active series).
    DomainResult<std::vector<AgendaItem>> items(const std::string &unitId, const QDate &today,
                                                int days = 14) const;
    // The audit entry for `actor` having seen the agenda.
    DomainResult<bool> viewed(const store::Actor &actor);

private:
    store::Store &m_store;
};

} // namespace lykta::domain
