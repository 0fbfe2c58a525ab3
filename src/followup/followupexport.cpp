#include "followupexport.h"

#include "detail.h"
#include "indicatorcsv.h"

namespace lykta::followup {

domain::DomainResult<bool> FollowUpExport::checkPolicy(const SuppressionPolicy &policy)
{
    if (policy.threshold < 2)
        return domain::domainError(domain::DomainErrc::OutOfRange, "threshold");
    return true;
}

std::string FollowUpExport::auditSubject(const Indicators &indicators)
{
    return indicators.unitId + '/' + indicators.period.text().toStdString();
}

domain::DomainResult<QByteArray> FollowUpExport::csv(const store::Actor &actor,
                                                     const Indicators &indicators,
                                                     const SuppressionPolicy &policy)
{
    if (auto ok = checkPolicy(policy); !ok)
        return ok.error();
    QByteArray bytes = indicatorCsv(tabulate(indicators, policy), indicators.period);
    if (auto logged = recordExport(actor, Format::Csv, indicators); !logged)
        return logged.error();
    return bytes;
}

domain::DomainResult<bool> FollowUpExport::recordExport(const store::Actor &actor, Format format,
                                                        const Indicators &indicators)
{
    if (actor.staffId.empty())
        return domain::domainError(domain::DomainErrc::Empty, "actor");
    if (indicators.unitId.empty())
        return domain::domainError(domain::DomainErrc::Empty, "unit");
    const char *entity = format == Format::Csv ? "followup_report_csv" : "followup_report_pdf";
    if (auto r = m_store.audit(actor, store::AuditAction::Export, entity, auditSubject(indicators));
        !r)
        return domain::detail::fromStore(r.error());
    return true;
}

} // namespace lykta::followup
