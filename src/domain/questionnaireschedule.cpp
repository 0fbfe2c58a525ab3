#include "questionnaireschedule.h"

namespace lykta::domain {

QString toKey(QuestionnaireSchedule::Timepoint t)
{
    switch (t) {
    case QuestionnaireSchedule::Timepoint::Before:
        return QStringLiteral("before");
    case QuestionnaireSchedule::Timepoint::After:
        return QStringLiteral("after");
    case QuestionnaireSchedule::Timepoint::FollowUp6Months:
        return QStringLiteral("followup_6m");
    }
    return QStringLiteral("before");
}

} // namespace lykta::domain
