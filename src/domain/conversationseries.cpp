#include "conversationseries.h"

namespace lykta::domain {

using Status = ConversationSeries::Status;
using Outcome = ConversationSeries::Outcome;

QString toKey(Status s)
{
    switch (s) {
    case Status::Active:
        return QStringLiteral("active");
    case Status::Completed:
        return QStringLiteral("completed");
    case Status::Declined:
        return QStringLiteral("declined");
    case Status::Ended:
        return QStringLiteral("ended");
    }
    return QStringLiteral("active");
}

QString toKey(Outcome o)
{
    switch (o) {
    case Outcome::None:
        return QStringLiteral("none");
    case Outcome::SupportGroup:
        return QStringLiteral("support_group");
    case Outcome::OtherSupport:
        return QStringLiteral("other_support");
    case Outcome::Declined:
        return QStringLiteral("declined");
    case Outcome::Moved:
        return QStringLiteral("moved");
    case Outcome::Other:
        return QStringLiteral("other");
    }
    return QStringLiteral("none");
}

Status seriesStatusFromKey(const QString &s)
{
    for (auto v : {Status::Completed, Status::Declined, Status::Ended})
        if (toKey(v) == s)
            return v;
    return Status::Active;
}

Outcome seriesOutcomeFromKey(const QString &s)
{
    for (auto v : {Outcome::SupportGroup, Outcome::OtherSupport, Outcome::Declined, Outcome::Moved,
                   Outcome::Other})
        if (toKey(v) == s)
            return v;
    return Outcome::None;
}

Status statusFor(Outcome o)
{
    switch (o) {
    case Outcome::Declined:
        return Status::Declined;
    case Outcome::Moved:
    case Outcome::Other:
        return Status::Ended;
    case Outcome::None:
    case Outcome::SupportGroup:
    case Outcome::OtherSupport:
        break;
    }
    return Status::Completed;
}

} // namespace lykta::domain
