#pragma once

#include "editorbase.h"
#include "kvacode.h"

#include <QVariantList>

namespace lykta::app {

// Mer → KVÅ-koder → Importera: a manager picks a CSV file (code;title[;kind]) and names the
// list version; preview() shows what the import will add, change and retire without writing,
// and confirm() writes exactly that. A bad file is refused whole with its line named; for
// anyone but a manager both are refused (canImport).
class KvaImportController : public EditorBase
{
    Q_OBJECT
    QML_ELEMENT
    // A local path or a file:// URL (what a file dialog gives).
    Q_PROPERTY(QString file READ file WRITE setFile NOTIFY previewChanged)
    Q_PROPERTY(QString listVersion READ listVersion WRITE setListVersion NOTIFY previewChanged)
    Q_PROPERTY(bool previewed READ previewed NOTIFY previewChanged)
    Q_PROPERTY(int added READ added NOTIFY previewChanged)
    Q_PROPERTY(int changed READ changed NOTIFY previewChanged)
    Q_PROPERTY(int retired READ retired NOTIFY previewChanged)
    Q_PROPERTY(int unchanged READ unchanged NOTIFY previewChanged)
    // One map per code the import touches: code, title, change ("added", "changed", "retired")
    // and changeText (in words).
    Q_PROPERTY(QVariantList rows READ rows NOTIFY previewChanged)
    Q_PROPERTY(bool canImport READ canImport NOTIFY previewChanged)

public:
    using EditorBase::EditorBase;

    QString file() const { return m_file; }
    void setFile(const QString &file);
    QString listVersion() const { return m_listVersion; }
    void setListVersion(const QString &version);
    bool previewed() const { return m_preview.has_value(); }
    int added() const;
    int changed() const;
    int retired() const;
    int unchanged() const;
    QVariantList rows() const;
    bool canImport() const { return m_canImport; }

    Q_INVOKABLE bool preview();
    // Writes what the preview showed (read again from the file); true when written.
    Q_INVOKABLE bool confirm();

signals:
    void previewChanged();

protected:
    void load() override;

private:
    // The file's text, or false with the reason shown.
    bool readFile(QString &text);
    bool refuse(const domain::DomainError &error);

    QString m_file, m_listVersion;
    std::optional<domain::KvaImportPreview> m_preview;
    bool m_canImport = false;
};

} // namespace lykta::app
