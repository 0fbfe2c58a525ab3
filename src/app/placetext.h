#pragma once

#include "fieldplace.h"

#include <QCoreApplication>
#include <QString>

namespace lykta::app {

// Which record and field something is about, in words: "Anteckning i samtal 12 maj",
// "Råd i samtal 3 mars". Never ids.
class PlaceText
{
    Q_DECLARE_TR_FUNCTIONS(PlaceText)

public:
    static QString of(const domain::FieldPlace &place);
};

} // namespace lykta::app
