#pragma once

#include "indicatortable.h"

#include <QByteArray>

namespace lykta::followup {

// The report as CSV (see csv.h): one record per cell under the header
//   from,to,indicator,category,label,value,suppressed
// `indicator` and `category` are stable keys for machines, `label` is Swedish (or the
// translation in use) for people; `value` is a number with '.' as decimal mark, empty when
// suppressed (suppressed = 1) or when there is nothing to compute (suppressed = 0).
// Holds no names, personal numbers, free text or record ids: the cells carry none.
QByteArray indicatorCsv(const std::vector<IndicatorCell> &cells, const Period &period);

} // namespace lykta::followup
