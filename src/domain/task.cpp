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

Task::Kind taskKindFrom(const QString &key)
{
    return key == QLatin1String("concern_report") ? Task::Kind::ConcernReport
                                                  : Task::Kind::FollowUp;
}

} // namespace lykta::domain
