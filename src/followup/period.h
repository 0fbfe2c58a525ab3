#pragma once

#include "domainerror.h"

#include <QDate>

namespace lykta::followup {

// A follow-up period: both days included. "In the period" always means that a record's
// event date (the day a conversation or session took place, the day a series started, the
// day a questionnaire was taken) lies on or between `from` and `to`; when the entry was
// written or synced does not matter.
struct Period
{
    QDate from;
    QDate to;

    bool contains(const QDate &day) const { return day.isValid() && from <= day && day <= to; }
    // ISO "from/to", as the audit log and file names show it.
    QString text() const;
};

// InvalidDate naming "from" or "to" when a day is missing, or "to" when it precedes "from".
domain::DomainResult<bool> validatePeriod(const Period &period);

} // namespace lykta::followup
