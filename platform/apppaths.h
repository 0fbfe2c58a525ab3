#pragma once

#include <QString>

namespace lykta::platform {

// Where Lykta keeps its files on this device. The folder is created on first use and is
// private to the app (0700 on desktop Linux; the app sandbox on Android and iOS).
class AppPaths
{
public:
    // The staff store, or the kiosk store when kiosk is true.
    static QString databasePath(bool kiosk = false);
    static QString dataDirectory();
};

} // namespace lykta::platform
