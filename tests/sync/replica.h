#pragma once

#include "sync/core/merge.h"

#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace lykta::sync::test {

// An in-memory stand-in for a store: records as maps of field states, changed only through
// merge(). The convergence test builds devices and the server on it.
class Replica
{
public:
    using Key = std::pair<std::string, std::string>; // entity, record id
    using Record = std::map<std::string, FieldState>;

    static FieldKind kindOf(const std::string &field);

    // Applies `d` unless its id was applied before (the delta-id ledger a store keeps).
    // enforceSigned: refuse changes to records this replica holds as signed.
    MergeOutcome apply(const Delta &d, bool enforceSigned);
    bool hasSeen(const DeltaId &id) const { return m_seen.contains(id); }
    bool isSigned(const Key &key) const;
    const FieldState *field(const Key &key, const std::string &field) const;

    // Forgets a delta the server refused and recomputes its record from what remains, in
    // the order this replica applied them.
    void retract(const DeltaId &id);

    const std::map<Key, Record> &records() const { return m_records; }
    const std::vector<Delta> &log() const { return m_log; }

private:
    std::map<Key, Record> m_records;
    std::set<DeltaId> m_seen;
    std::vector<Delta> m_log; // applied deltas in this replica's order
};

} // namespace lykta::sync::test
