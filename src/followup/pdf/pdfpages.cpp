#include "pdfpages.h"

#include <QPageLayout>
#include <QPageSize>

namespace lykta::followup {

namespace {
constexpr int kDpi = 300;
}

QFont PdfPages::font(int points, bool bold)
{
    // The painter is scaled to points, so a pixel size here is a size in points.
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(points);
    f.setBold(bold);
    return f;
}

QFont PdfPages::codeFont(int points)
{
    // Identifiers (device and record ids) in a monospace face: no "ff" or "fi" ligature turns
    // a device id into other characters when someone copies it out of the PDF or searches it.
    QFont f(QStringLiteral("DejaVu Sans Mono"));
    f.setStyleHint(QFont::Monospace);
    f.setPixelSize(points);
    return f;
}

PdfPages::PdfPages(const QString &title)
{
    m_buffer.open(QIODevice::WriteOnly);
    m_writer = std::make_unique<QPdfWriter>(&m_buffer);
    m_writer->setPageSize(QPageSize(QPageSize::A4));
    m_writer->setPageMargins(QMarginsF(kMargin, kMargin, kMargin, kMargin), QPageLayout::Point);
    m_writer->setResolution(kDpi);
    m_writer->setTitle(title);
    m_writer->setCreator(QStringLiteral("Lykta"));
    m_painter.begin(m_writer.get());
    const double scale = kDpi / 72.0;
    m_painter.scale(scale, scale);
    m_width = m_writer->width() / scale;
    m_height = m_writer->height() / scale;
    m_painter.setRenderHint(QPainter::Antialiasing);
}

PdfPages::~PdfPages()
{
    if (m_painter.isActive())
        m_painter.end();
}

void PdfPages::need(double points)
{
    if (m_y + points <= m_height || m_y == 0)
        return;
    m_writer->newPage();
    m_y = 0;
}

void PdfPages::heading(const QString &text, int pointSize)
{
    const QFont font = PdfPages::font(pointSize, true);
    m_painter.setFont(font);
    const double h = QFontMetricsF(font).height() * 1.5;
    need(h * 3); // keep a heading with what follows
    m_painter.setPen(QColor(0x1f, 0x2d, 0x3d));
    m_painter.drawText(QRectF(0, m_y, m_width, h), Qt::AlignLeft | Qt::AlignVCenter, text);
    m_y += h;
}

void PdfPages::paragraph(const QString &text, int pointSize)
{
    const QFont font = PdfPages::font(pointSize);
    m_painter.setFont(font);
    const QRectF box = m_painter.boundingRect(QRectF(0, 0, m_width, 10000),
                                              Qt::TextWordWrap | Qt::AlignLeft, text);
    need(box.height());
    m_painter.setPen(QColor(0x33, 0x33, 0x33));
    m_painter.drawText(QRectF(0, m_y, m_width, box.height()), Qt::TextWordWrap | Qt::AlignLeft,
                       text);
    m_y += box.height() + 4;
}

void PdfPages::keyValue(const QString &label, const QString &value)
{
    const QFont font = PdfPages::font(9);
    m_painter.setFont(font);
    const double h = QFontMetricsF(font).height() * 1.4;
    need(h);
    m_painter.setPen(QColor(0xdd, 0xdd, 0xdd));
    m_painter.drawLine(QPointF(0, m_y + h), QPointF(m_width, m_y + h));
    m_painter.setPen(QColor(0x22, 0x22, 0x22));
    m_painter.drawText(QRectF(0, m_y, m_width * 0.8, h), Qt::AlignLeft | Qt::AlignVCenter, label);
    m_painter.drawText(QRectF(m_width * 0.8, m_y, m_width * 0.2, h),
                       Qt::AlignRight | Qt::AlignVCenter, value);
    m_y += h;
}

QByteArray PdfPages::finish()
{
    m_painter.end();
    m_writer.reset(); // flushes the PDF into the buffer
    return m_buffer.data();
}

} // namespace lykta::followup
