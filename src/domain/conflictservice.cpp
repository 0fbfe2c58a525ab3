#include "conflictservice.h"

#include "detail.h"

#include <algorithm>
#include <map>

namespace lykta::domain {

namespace {

QString textOf(const sync::Value &v)
{
    const auto *s = std::get_if<std::string>(&v);
    return s ? QString::fromStdString(*s) : QString();
}

QDateTime timeOf(const sync::Hlc &hlc)
{
    return hlc.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(hlc.wallMs, Qt::UTC);
}

} // namespace

DomainResult<std::vector<Conflict>> ConflictService::list() const
{
    auto entries = m_store.conflicts();
    if (!entries)
        return detail::fromStore(entries.error());

    std::map<std::string, QString> names; // staff id -> name, read once each
    const auto nameOf = [&](const std::string &id) {
        auto [it, inserted] = names.try_emplace(id);
        if (inserted && !id.empty()) {
            if (auto staff = m_store.get("staff", id); staff && *staff)
                it->second = detail::qtext(**staff, store::fields::staff::name);
        }
        return it->second;
    };
    std::vector<Conflict> conflicts;
    conflicts.reserve(entries->size());
    for (const store::ConflictEntry &e : *entries) {
        Conflict c;
        c.key = {e.entity, e.entityId, e.field, e.copy.hlc};
        c.place = placeOf(m_store, e.entity, e.entityId, e.field);
        c.current = {textOf(e.current.value), e.current.author, nameOf(e.current.author),
                     timeOf(e.current.hlc), e.current.hlc};
        c.copy = {textOf(e.copy.value), e.copy.author, nameOf(e.copy.author), timeOf(e.copy.hlc),
                  e.copy.hlc};
        conflicts.push_back(std::move(c));
    }
    std::stable_sort(conflicts.begin(), conflicts.end(),
                     [](const Conflict &a, const Conflict &b) { return a.key.copy > b.key.copy; });
    return conflicts;
}

DomainResult<bool> ConflictService::resolve(const store::Actor &actor,
                                            const store::ConflictKey &key,
                                            const sync::Hlc &seenCurrent, const QString &text)
{
    if (text.trimmed().isEmpty())
        return domainError(DomainErrc::Empty, key.field);
    auto held = m_store.conflicts(key.entity, key.entityId);
    if (!held)
        return detail::fromStore(held.error());
    const auto it = std::find_if(held->begin(), held->end(), [&](const store::ConflictEntry &e) {
        return e.field == key.field && e.copy.hlc == key.copy;
    });
    if (key.entity.empty() || it == held->end())
        return domainError(DomainErrc::NotFound, key.field);
    if (it->current.hlc != seenCurrent)
        return domainError(DomainErrc::WrongState, key.field);
    auto written = m_store.resolveConflict(actor, key, text.toStdString());
    if (!written) {
        if (written.error().code == store::StoreErrc::NotFound)
            return domainError(DomainErrc::NotFound, key.field);
        return detail::fromStore(written.error());
    }
    return true;
}

} // namespace lykta::domain
