#include "replica.h"

#include <algorithm>

namespace lykta::sync::test {

FieldKind Replica::kindOf(const std::string &field)
{
    // The LONGTEXT columns of the schema used by the simulation.
    return field == "body" || field == "about" ? FieldKind::LongText : FieldKind::Plain;
}

MergeOutcome Replica::apply(const Delta &d, bool enforceSigned)
{
    const Key key{d.entity, d.entityId};
    if (m_seen.contains(d.id)) {
        MergeOutcome dup;
        dup.result = MergeResult::Duplicate;
        return dup;
    }
    const FieldState *current = field(key, d.field);
    MergeOutcome out = merge(current ? *current : FieldState{}, d, kindOf(d.field),
                             enforceSigned && isSigned(key));
    if (out.result == MergeResult::Rejected)
        return out;
    m_records[key][d.field] = out.state;
    m_seen.insert(d.id);
    m_log.push_back(d);
    return out;
}

bool Replica::isSigned(const Key &key) const
{
    const FieldState *status = field(key, std::string(kStatusField));
    return status && isSignedStatus(status->value);
}

const FieldState *Replica::field(const Key &key, const std::string &name) const
{
    const auto r = m_records.find(key);
    if (r == m_records.end())
        return nullptr;
    const auto f = r->second.find(name);
    return f == r->second.end() ? nullptr : &f->second;
}

void Replica::retract(const DeltaId &id)
{
    const auto it =
        std::find_if(m_log.begin(), m_log.end(), [&](const Delta &d) { return d.id == id; });
    if (it == m_log.end())
        return;
    const Key key{it->entity, it->entityId};
    m_log.erase(it);
    m_seen.erase(id);
    Record rebuilt;
    for (const Delta &d : m_log) {
        if (d.entity != key.first || d.entityId != key.second)
            continue;
        rebuilt[d.field] = merge(rebuilt[d.field], d, kindOf(d.field), false).state;
    }
    if (rebuilt.empty())
        m_records.erase(key);
    else
        m_records[key] = std::move(rebuilt);
}

} // namespace lykta::sync::test
