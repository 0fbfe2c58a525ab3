#pragma once

#include "store/store.h"

#include <QCoreApplication>
#include <QString>

namespace lykta::app {

// Who wrote an entry and when, in the words every note shows (documentation rules: name,
// title and unit; the time it was written on the device).
class Authorship
{
    Q_DECLARE_TR_FUNCTIONS(Authorship)

public:
    // "Maja Exempel, Anhörigkonsulent, Stödenheten"; "okänd person" for a staff id this
    // device does not know (yet).
    static QString who(store::Store &store, const std::string &staffId);
    // An ISO 8601 time from the store as local date and time, short form.
    static QString when(const QString &isoTime);
};

} // namespace lykta::app
