#include "period.h"

namespace lykta::followup {

QString Period::text() const
{
    return from.toString(Qt::ISODate) + QLatin1Char('/') + to.toString(Qt::ISODate);
}

domain::DomainResult<bool> validatePeriod(const Period &period)
{
    if (!period.from.isValid())
        return domain::domainError(domain::DomainErrc::InvalidDate, "from");
    if (!period.to.isValid() || period.to < period.from)
        return domain::domainError(domain::DomainErrc::InvalidDate, "to");
    return true;
}

} // namespace lykta::followup
