#pragma once

#include "pdfpages.h"

#include <optional>
#include <vector>

namespace lykta::followup {

// A horizontal bar chart drawn straight onto the page: one row per bar, the label left, the
// bar scaled to the largest value, the value (or a mark such as "<5") after the bar.
struct Bar
{
    QString label;
    std::optional<double> value; // no bar when empty
    QString valueText;
};

void drawBarChart(PdfPages &pages, const QString &title, const std::vector<Bar> &bars);

} // namespace lykta::followup
