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

QString toString(Participants p);
// Unknown text sets *ok to false and gives Parents.
Participants participantsFromString(const QString &s, bool *ok = nullptr);

} // namespace lykta::domain
