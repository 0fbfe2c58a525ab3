#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace lykta::app {

// Where the app saves the files a person exports (follow-up reports, log extracts): a folder
// they can find, and a name that never overwrites an earlier file.
class ExportFolder
{
    Q_DECLARE_TR_FUNCTIONS(ExportFolder)

public:
    struct Saved
    {
        QString path;  // empty when it failed
        QString error; // in words, when it failed
    };

    // Lykta in the person's documents folder.
    static QString defaultPath();
    // Writes <folder>/<base><suffix> (or <base>_2<suffix>, ... when taken) atomically.
    static Saved save(const QString &folder, const QString &base, const QString &suffix,
                      const QByteArray &bytes);
};

} // namespace lykta::app
