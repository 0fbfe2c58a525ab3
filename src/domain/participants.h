#pragma once

#include <QString>

namespace lykta::domain {

// Who takes part in a conversation or a template step.
enum class Participants
{
    Parents,
    Child,
    ParentsAndChild,
    Network,
    Family, // the whole family
};

// The stored key: "parents", "child", ...
QString toKey(Participants p);
// From a stored key; unknown text sets *ok to false and gives Parents.
Participants participantsFromString(const QString &s, bool *ok = nullptr);

} // namespace lykta::domain
