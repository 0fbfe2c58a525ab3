#include "participants.h"

namespace lykta::domain {

QString toKey(Participants p)
{
    switch (p) {
    case Participants::Parents:
        return QStringLiteral("parents");
    case Participants::Child:
        return QStringLiteral("child");
    case Participants::ParentsAndChild:
        return QStringLiteral("parents_and_child");
    case Participants::Network:
        return QStringLiteral("network");
    case Participants::Family:
        return QStringLiteral("family");
    }
    return QStringLiteral("parents");
}

Participants participantsFromString(const QString &s, bool *ok)
{
    for (auto p : {Participants::Parents, Participants::Child, Participants::ParentsAndChild,
                   Participants::Network, Participants::Family}) {
        if (toKey(p) == s) {
            if (ok)
                *ok = true;
            return p;
        }
    }
    if (ok)
        *ok = false;
    return Participants::Parents;
}

} // namespace lykta::domain
