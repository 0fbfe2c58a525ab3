#include "indicatorcsv.h"

#include "csv.h"
#include "indicatortext.h"

namespace lykta::followup {

QByteArray indicatorCsv(const std::vector<IndicatorCell> &cells, const Period &period)
{
    CsvWriter csv({QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("indicator"),
                   QStringLiteral("category"), QStringLiteral("label"), QStringLiteral("value"),
                   QStringLiteral("suppressed")});
    const QString from = period.from.toString(Qt::ISODate);
    const QString to = period.to.toString(Qt::ISODate);
    for (const auto &c : cells) {
        csv.row(std::vector<CsvWriter::Field>{
            {from, true},
            {to, true},
            {keyName(c.indicator)},
            {c.category},
            {IndicatorText::cell(c.indicator, c.category)},
            {formatValue(c), true},
            {c.suppressed ? QStringLiteral("1") : QStringLiteral("0"), true}});
    }
    return csv.bytes();
}

} // namespace lykta::followup
