#pragma once

#include <QBuffer>
#include <QFont>
#include <QPainter>
#include <QPdfWriter>

#include <memory>

namespace lykta::followup {

// An A4 PDF written top to bottom into memory: text lines, tables and bar charts flow down
// the page and continue on a new page when they do not fit. Coordinates are in points
// (1/72 inch) whatever the writer's resolution.
class PdfPages
{
public:
    explicit PdfPages(const QString &title);
    ~PdfPages();

    QPainter &painter() { return m_painter; }
    double width() const { return m_width; }
    double y() const { return m_y; }
    void advance(double points) { m_y += points; }
    // Starts a new page unless `points` still fit on this one.
    void need(double points);

    void heading(const QString &text, int pointSize);
    void paragraph(const QString &text, int pointSize = 9);
    // Two-column rows: a label and a right-aligned value.
    void keyValue(const QString &label, const QString &value);

    // The finished PDF.
    QByteArray finish();

    static constexpr double kMargin = 48;
    static QFont font(int points, bool bold = false);
    // The same size in a monospace face without ligatures, for ids a person may copy.
    static QFont codeFont(int points);

private:
    QBuffer m_buffer;
    std::unique_ptr<QPdfWriter> m_writer;
    QPainter m_painter;
    double m_width = 0;
    double m_height = 0;
    double m_y = 0;
};

} // namespace lykta::followup
