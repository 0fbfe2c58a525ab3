#include "conversationseries.h"

namespace lykta::domain {

QString toKey(ConversationSeries::Status s)
{
    switch (s) {
    case ConversationSeries::Status::Active:
        return QStringLiteral("active");
    case ConversationSeries::Status::Completed:
        return QStringLiteral("completed");
    case ConversationSeries::Status::Declined:
        return QStringLiteral("declined");
    }
    return QStringLiteral("active");
}

QString toKey(ConversationSeries::Outcome o)
{
    switch (o) {
    case ConversationSeries::Outcome::None:
        return QStringLiteral("none");
    case ConversationSeries::Outcome::SupportGroup:
        return QStringLiteral("support_group");
    case ConversationSeries::Outcome::OtherSupport:
        return QStringLiteral("other_support");
    case ConversationSeries::Outcome::Declined:
        return QStringLiteral("declined");
    }
    return QStringLiteral("none");
}

} // namespace lykta::domain
