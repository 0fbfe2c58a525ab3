#include "guardiancopy.h"

#include "exportfolder.h"
#include "guardiancopypdf.h"

#include <QDir>

namespace lykta::app {

QString GuardianCopy::exportFolder() const
{
    return m_exportFolder.isEmpty() ? ExportFolder::defaultPath() : m_exportFolder;
}

void GuardianCopy::setExportFolder(const QString &folder)
{
    if (m_exportFolder == folder)
        return;
    m_exportFolder = folder;
    emit changed();
}

bool GuardianCopy::save()
{
    clearErrors();
    if (!workspace())
        return false;
    if (m_entity != QLatin1String("conversation") && m_entity != QLatin1String("note"))
        return fail(QStringLiteral("entity"), tr("Bara samtal och anteckningar kan kopieras."));
    if (m_recordId.isEmpty())
        return fail(QStringLiteral("record_id"), tr("Spara först, sedan kan en kopia göras."));
    const std::string id = m_recordId.toStdString();
    auto bytes = m_entity == QLatin1String("conversation")
                     ? followup::GuardianCopyPdf::conversation(
                           workspace()->store(), workspace()->actor(), id, m_about, m_what)
                     : followup::GuardianCopyPdf::note(workspace()->store(), workspace()->actor(),
                                                       id, m_about, m_what);
    if (!bytes)
        return fail(bytes.error());
    // No names in the file name: it may be seen in a file list.
    const auto file = ExportFolder::save(
        exportFolder(),
        QStringLiteral("kopia_vardnadshavare_%1").arg(QDate::currentDate().toString(Qt::ISODate)),
        QStringLiteral(".pdf"), *bytes);
    if (file.path.isEmpty())
        return fail(QStringLiteral("export"), file.error);
    m_lastPath = file.path;
    m_message = tr("Sparad som %1").arg(QDir::toNativeSeparators(file.path));
    emit saved();
    return true;
}

} // namespace lykta::app
