#pragma once

#include "indicatorkey.h"

#include <QCoreApplication>
#include <QString>

namespace lykta::followup {

// Swedish labels (the source language) for indicator and category keys, translated
// through Qt Linguist like the rest of Lykta's user-facing text.
class IndicatorText
{
    Q_DECLARE_TR_FUNCTIONS(IndicatorText)

public:
    static QString indicator(IndicatorKey key);
    // A fixed category's label; an open category (a KVÅ code, an instrument) as it is.
    static QString category(const QString &key);
    // "Barn som nåtts – 7–12 år": one line naming the cell.
    static QString cell(IndicatorKey indicatorKey, const QString &categoryKey);
    // The mark shown instead of a suppressed number, e.g. "<5".
    static QString suppressedMark(int threshold);
    // The mark shown instead of a number of `threshold` or more that is hidden only so that
    // a smaller hidden one cannot be worked out from a total ("dolt"): "<5" would be untrue.
    static QString hiddenMark();
};

} // namespace lykta::followup
