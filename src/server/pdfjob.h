#pragma once

#include "indicatortable.h"
#include "period.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace lykta::server {

// What the follow-up report's PDF is drawn from: the suppressed table, the period and the
// header. The server computes it; lykta-report-pdf draws it in a process of its own, so the
// server never starts Qt Gui (fonts, a platform plugin) and a fault there ends only that one
// drawing. Handed over as bytes (QDataStream, with a tag and version of its own).
struct PdfJob
{
    std::vector<followup::IndicatorCell> cells;
    followup::Period period;
    QString unitName;
    QDateTime generated;
    int threshold = 0;

    QByteArray encode() const;
    // Empty for anything that is not a whole job of this version.
    static std::optional<PdfJob> decode(const QByteArray &bytes);
};

} // namespace lykta::server
