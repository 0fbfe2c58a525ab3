#pragma once

#include "domainerror.h"
#include "indicatortable.h"
#include "store/store.h"

#include <QByteArray>

namespace lykta::followup {

// Turning a unit's indicators into a file that leaves the device, and logging that it did:
// every export writes an Export entry to the audit log (entity "followup_report_csv" or
// "followup_report_pdf", subject "<unit id>/<from>/<to>") before the bytes are handed back;
// if the entry cannot be written, nothing is exported. The PDF lives in lykta_followup_pdf
// (Qt Gui), which calls recordExport().
class FollowUpExport
{
public:
    enum class Format
    {
        Csv,
        Pdf,
    };

    explicit FollowUpExport(store::Store &store) : m_store(store) {}

    // OutOfRange naming "threshold" when suppression is off: exports always suppress.
    domain::DomainResult<QByteArray> csv(const store::Actor &actor, const Indicators &indicators,
                                         const SuppressionPolicy &policy = {});

    domain::DomainResult<bool> recordExport(const store::Actor &actor, Format format,
                                            const Indicators &indicators);

    static domain::DomainResult<bool> checkPolicy(const SuppressionPolicy &policy);
    static std::string auditSubject(const Indicators &indicators);

private:
    store::Store &m_store;
};

} // namespace lykta::followup
