#pragma once

#include "domainerror.h"
#include "followupexport.h"
#include "indicatortable.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>

namespace lykta::followup {

// The follow-up report as a PDF for the staff meeting: key figures, then a bar chart per
// breakdown (ages, genders, series, conversation kinds and KVÅ codes, groups, problem
// types). Suppressed cells show the "<5" mark and no bar. Swedish source text, translated
// through Qt Linguist. Needs a QGuiApplication (fonts); the server runs it with the
// offscreen platform.
class IndicatorPdf
{
    Q_DECLARE_TR_FUNCTIONS(IndicatorPdf)

public:
    struct Header
    {
        QString unitName;    // the unit's name as staff know it: not a person
        QDateTime generated; // now when not set
    };

    static QByteArray render(const std::vector<IndicatorCell> &cells, const Period &period,
                             const Header &header,
                             int threshold = SuppressionPolicy::kDefaultThreshold);

    // Renders with suppression and writes the Export entry ("followup_report_pdf"); nothing
    // is returned if the entry cannot be written.
    static domain::DomainResult<QByteArray>
    exportPdf(store::Store &store, const store::Actor &actor, const Indicators &indicators,
              const Header &header, const SuppressionPolicy &policy = {});
};

} // namespace lykta::followup
