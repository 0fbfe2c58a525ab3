#include "task.h"

namespace lykta::domain {

QString toKey(Task::Kind k)
{
    switch (k) {
    case Task::Kind::ConcernReport:
        return QStringLiteral("concern_report");
    case Task::Kind::FollowUp:
        return QStringLiteral("follow_up");
    }
    return QStringLiteral("follow_up");
}

} // namespace lykta::domain
