#include "exportfolder.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace lykta::app {

QString ExportFolder::defaultPath()
{
    return QDir::toNativeSeparators(
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
        QStringLiteral("/Lykta"));
}

ExportFolder::Saved ExportFolder::save(const QString &folder, const QString &base,
                                       const QString &suffix, const QByteArray &bytes)
{
    if (!QDir().mkpath(folder))
        return {{}, tr("Mappen %1 kunde inte skapas.").arg(QDir::toNativeSeparators(folder))};
    QString path = QDir(folder).filePath(base + suffix);
    for (int n = 2; QFileInfo::exists(path); ++n) // never overwrite an earlier export
        path = QDir(folder).filePath(QStringLiteral("%1_%2%3").arg(base).arg(n).arg(suffix));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return {{}, tr("Filen kunde inte sparas i %1.").arg(QDir::toNativeSeparators(folder))};
    return {path, {}};
}

} // namespace lykta::app
