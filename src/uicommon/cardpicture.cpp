#include "cardpicture.h"

#include <QDir>
#include <QFile>

namespace lykta::ui {

namespace {

const QString kPictureDir = QStringLiteral("/Lykta/KioskUi/pictures");

} // namespace

QStringList cardPictureNames()
{
    QStringList names;
    for (const QString &file :
         QDir(':' + kPictureDir).entryList({QStringLiteral("*.svg")}, QDir::Files, QDir::Name))
        names << file.chopped(4);
    return names;
}

QString cardPictureUrl(const QString &name)
{
    const QString path = kPictureDir + QStringLiteral("/%1.svg").arg(name);
    if (name.isEmpty() || !QFile::exists(':' + path))
        return {};
    return QStringLiteral("qrc:") + path;
}

} // namespace lykta::ui
