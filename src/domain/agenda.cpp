#include "agenda.h"

#include "bookingservice.h"
#include "conversationservice.h"
#include "conversationtemplateservice.h"
#include "detail.h"
#include "groupservice.h"

#include <algorithm>
#include <map>

namespace lykta::domain {

using namespace detail;

namespace {

// Names by id for one entity, read once.
DomainResult<std::map<std::string, store::Record>>
byId(const store::Store &store, std::string_view entity, const std::string &unitId)
{
    auto records = listLive(store, entity, {{fields::any::unit_id, text(unitId)}});
    if (!records)
        return records.error();
    std::map<std::string, store::Record> out;
    for (auto &r : *records)
        out.emplace(r.id, std::move(r));
    return out;
}

} // namespace

DomainResult<std::vector<AgendaItem>> AgendaService::agenda(const store::Actor &actor,
                                                            const QDate &today, int days)
{
    auto out = items(actor.unitId, today, days);
    if (!out)
        return out;
    if (auto a = viewed(actor); !a)
        return a.error();
    return out;
}

DomainResult<bool> AgendaService::viewed(const store::Actor &actor)
{
    return auditRead(m_store, actor, "agenda", actor.staffId);
}

DomainResult<std::vector<AgendaItem>> AgendaService::items(const std::string &unitId,
                                                           const QDate &today, int days) const
{
    const QDate until = today.addDays(days);
    std::vector<AgendaItem> rows;

    // Conversation steps due in the unit's active series.
    auto series = listLive(
        m_store, "conversation_series",
        {{fields::conversation_series::unit_id, text(unitId)},
         {fields::conversation_series::status, text(toKey(ConversationSeries::Status::Active))}});
    auto children = byId(m_store, "child", unitId);
    auto families = byId(m_store, "family", unitId);
    if (!series)
        return series.error();
    if (!children)
        return children.error();
    if (!families)
        return families.error();
    ConversationService conversations(m_store);
    const ConversationTemplateService templates(m_store);
    const BookingService bookings(m_store);
    for (const auto &s : *series) {
        auto progress = conversations.progress(s.id);
        auto tmpl = templates.forSeries(s);
        if (!progress || !tmpl)
            continue;
        const auto child = children->find(s.text(fields::conversation_series::child_id));
        const auto family = families->find(s.text(fields::conversation_series::family_id));
        auto booked = bookings.bookings(s.id);
        if (!booked)
            return booked.error();
        bool nextBooked = false;
        for (const auto &b : *booked) {
            nextBooked = nextBooked || (progress->next && b.step == *progress->next);
            if (b.date < today || b.date > until || b.step >= static_cast<int>(tmpl->steps.size()))
                continue;
            AgendaItem item;
            item.kind = AgendaItem::Kind::Booking;
            item.due = b.date;
            item.time = b.time;
            item.place = b.place;
            item.what = tmpl->steps[static_cast<std::size_t>(b.step)].name;
            if (child != children->end())
                item.who = qtext(child->second, fields::child::first_name);
            item.context = tmpl->name;
            if (family != families->end())
                item.context += QStringLiteral(" · ") + qtext(family->second, fields::family::name);
            item.targetId = s.id;
            rows.push_back(std::move(item));
        }
        if (nextBooked || !progress->next || !progress->nextDue.isValid() ||
            progress->nextDue > until)
            continue;
        AgendaItem item;
        item.kind = AgendaItem::Kind::Conversation;
        item.due = progress->nextDue;
        item.what = tmpl->steps[static_cast<std::size_t>(*progress->next)].name;
        if (child != children->end())
            item.who = qtext(child->second, fields::child::first_name);
        item.context = tmpl->name;
        if (family != families->end())
            item.context += QStringLiteral(" · ") + qtext(family->second, fields::family::name);
        item.targetId = s.id;
        rows.push_back(std::move(item));
    }

    // The unit's group sessions in the window.
    GroupService groups(m_store);
    auto allGroups = groups.groups(unitId);
    if (!allGroups)
        return allGroups.error();
    for (const auto &g : *allGroups) {
        auto sessions = groups.sessions(g.id);
        if (!sessions)
            return sessions.error();
        for (const auto &session : *sessions) {
            if (session.date < today || session.date > until)
                continue;
            rows.push_back({AgendaItem::Kind::GroupSession,
                            session.date,
                            g.name,
                            session.theme,
                            g.programme,
                            session.number,
                            g.id,
                            {},
                            {}});
        }
    }

    std::stable_sort(rows.begin(), rows.end(), [](const AgendaItem &a, const AgendaItem &b) {
        // Booked meetings first: they have a time someone is waiting for.
        const auto rank = [](AgendaItem::Kind k) {
            return k == AgendaItem::Kind::Booking ? -1 : static_cast<int>(k);
        };
        if (a.kind != b.kind)
            return rank(a.kind) < rank(b.kind);
        if (a.due.isValid() != b.due.isValid())
            return a.due.isValid(); // dated first
        if (a.due != b.due)
            return a.due < b.due;
        return a.time < b.time;
    });
    return rows;
}

} // namespace lykta::domain
