#pragma once

#include "editorbase.h"

#include <QtQml/qqmlregistration.h>

namespace lykta::app {

// "Kopia för vårdnadshavare": saves one conversation or case note as a PDF to hand to the
// guardians, without the child's own words when they are marked not for guardians
// (GuardianCopyPdf). The export is logged as a print of the record.
class GuardianCopy : public EditorBase
{
    Q_OBJECT
    QML_ELEMENT
    // "conversation" or "note" (a case note).
    Q_PROPERTY(QString entity MEMBER m_entity NOTIFY changed)
    Q_PROPERTY(QString recordId MEMBER m_recordId NOTIFY changed)
    // Whom the copy is about and what the record is, in words, for its heading.
    Q_PROPERTY(QString about MEMBER m_about NOTIFY changed)
    Q_PROPERTY(QString what MEMBER m_what NOTIFY changed)
    // Empty: ExportFolder's default (Lykta in the person's documents).
    Q_PROPERTY(QString exportFolder READ exportFolder WRITE setExportFolder NOTIFY changed)
    Q_PROPERTY(QString lastPath READ lastPath NOTIFY saved)
    Q_PROPERTY(QString message READ message NOTIFY saved)

public:
    using EditorBase::EditorBase;

    QString exportFolder() const;
    void setExportFolder(const QString &folder);
    QString lastPath() const { return m_lastPath; }
    QString message() const { return m_message; }

    // True with lastPath and message set; otherwise errorText says why and no file was made.
    Q_INVOKABLE bool save();

signals:
    void changed();
    void saved();

protected:
    void load() override {}

private:
    QString m_entity, m_recordId, m_about, m_what, m_exportFolder, m_lastPath, m_message;
};

} // namespace lykta::app
