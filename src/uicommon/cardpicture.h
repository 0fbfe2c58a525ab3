#pragma once

#include <QString>
#include <QStringList>

namespace lykta::ui {

// The illustrations an info card may name, shipped with the kiosk's QML (module
// Lykta.KioskUi): the kiosk shows them, the content screen offers them.

// The URL of a shipped illustration by name; empty for a name Lykta does not ship.
QString cardPictureUrl(const QString &name);
// The names of every shipped illustration, sorted.
QStringList cardPictureNames();

} // namespace lykta::ui
