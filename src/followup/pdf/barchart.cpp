#include "barchart.h"

#include <algorithm>

namespace lykta::followup {

void drawBarChart(PdfPages &pages, const QString &title, const std::vector<Bar> &bars)
{
    constexpr double kRow = 16;
    constexpr double kBar = 11;
    pages.need(kRow * static_cast<double>(bars.size() + 2) + 8); // heading and bars together
    pages.heading(title, 11);
    QPainter &p = pages.painter();
    const double labelWidth = pages.width() * 0.38;
    const double valueWidth = 44;
    const double barWidth = pages.width() - labelWidth - valueWidth - 8;
    double max = 0;
    for (const auto &b : bars)
        max = std::max(max, b.value.value_or(0));
    const double top = pages.y();
    p.setFont(PdfPages::font(9));
    for (const auto &b : bars) {
        const double y = pages.y();
        p.setPen(QColor(0x22, 0x22, 0x22));
        p.drawText(QRectF(0, y, labelWidth - 6, kRow), Qt::AlignRight | Qt::AlignVCenter, b.label);
        double w = 0;
        if (b.value && max > 0) {
            w = barWidth * *b.value / max;
            p.setPen(Qt::NoPen);
            p.setBrush(QColor(0x2f, 0x6d, 0xa8));
            p.drawRect(QRectF(labelWidth, y + (kRow - kBar) / 2, w, kBar));
        }
        p.setPen(QColor(0x22, 0x22, 0x22));
        p.drawText(QRectF(labelWidth + w + 4, y, valueWidth, kRow),
                   Qt::AlignLeft | Qt::AlignVCenter, b.valueText);
        pages.advance(kRow);
    }
    // The axis.
    p.setPen(QPen(QColor(0x88, 0x88, 0x88), 0.8));
    p.drawLine(QPointF(labelWidth, top), QPointF(labelWidth, pages.y()));
    p.setBrush(Qt::NoBrush);
    pages.advance(8);
}

} // namespace lykta::followup
