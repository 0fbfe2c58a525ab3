#pragma once

#include <QByteArray>
#include <QImage>
#include <QStringList>

namespace lykta::followup::test {

// The identifiers found in `text` (exact, case-sensitive substrings, UTF-8).
QStringList identifiersIn(const QByteArray &text, const QStringList &identifiers);

// Runs a poppler tool; empty output and a failed QTest check when it is missing or fails.
QByteArray pdfText(const QByteArray &pdf);
QImage pdfFirstPage(const QByteArray &pdf);

// Variance of the grey levels: 0 for a blank page.
double greyVariance(const QImage &image);

} // namespace lykta::followup::test
