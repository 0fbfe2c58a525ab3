#include "apppaths.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace lykta::platform {

QString AppPaths::dataDirectory()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                   QFileDevice::ExeOwner);
    return dir;
}

QString AppPaths::databasePath(bool kiosk)
{
    return dataDirectory() + (kiosk ? "/kiosk.db" : "/lykta.db");
}

} // namespace lykta::platform
