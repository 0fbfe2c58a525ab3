#pragma once

#include "editorbase.h"
#include "helpline.h"

#include <QVariantList>

namespace lykta::app {

// The form behind creating or editing a kiosk helpline: the number, when someone last
// checked it, and its name, hours and audience in each content language (`textLanguage`
// chooses which one the three text properties show; Swedish is the helpline's own text).
// Switching language keeps what was typed; save() writes every language at once. Only staff
// with the content role may save (canManage).
class HelplineEditor : public EditorBase
{
    Q_OBJECT
    QML_ELEMENT
    // Empty for a new helpline; set to edit an existing one.
    Q_PROPERTY(QString lineId READ lineId WRITE setLineId NOTIFY loaded)
    Q_PROPERTY(QString number MEMBER m_number NOTIFY numberChanged)
    Q_PROPERTY(QString lastVerified MEMBER m_lastVerified NOTIFY lastVerifiedChanged) // yyyy-MM-dd
    Q_PROPERTY(QString textLanguage READ textLanguage WRITE setTextLanguage NOTIFY loaded)
    Q_PROPERTY(QString name MEMBER m_name NOTIFY nameChanged)
    Q_PROPERTY(QString hours MEMBER m_hours NOTIFY hoursChanged)
    Q_PROPERTY(QString audience MEMBER m_audience NOTIFY audienceChanged)
    Q_PROPERTY(bool canManage READ canManage NOTIFY loaded)
    Q_PROPERTY(QVariantList languages READ languages CONSTANT)

public:
    using EditorBase::EditorBase;

    QString lineId() const { return m_lineId; }
    void setLineId(const QString &id);
    QString textLanguage() const { return m_textLanguage; }
    void setTextLanguage(const QString &language);
    bool canManage() const { return m_canManage; }
    static QVariantList languages();

    // True when saved; lineId then names the helpline.
    Q_INVOKABLE bool save();

signals:
    // (Re)loaded from the store: every property may be new (EditorBase::announceLoad).
    void loaded();
    void numberChanged();
    void lastVerifiedChanged();
    void nameChanged();
    void hoursChanged();
    void audienceChanged();

protected:
    void load() override;

private:
    void keepTyped(); // the three text fields into m_line, for textLanguage
    void showText();  // the three text fields from m_line, for textLanguage

    QString m_lineId, m_number, m_lastVerified, m_name, m_hours, m_audience;
    QString m_textLanguage = QStringLiteral("sv");
    domain::Helpline m_line;
    bool m_canManage = false;
};

} // namespace lykta::app
