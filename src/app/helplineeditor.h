#pragma once

#include "editorbase.h"
#include "helpline.h"

#include <QVariantList>

namespace lykta::app {

// The form behind creating or editing a kiosk helpline: the number, its chat and web page
// (https), when someone last checked each, and its name, hours and audience in each content
// language (`textLanguage` chooses which one the three text properties show; Swedish is the
// helpline's own text). Switching language keeps what was typed; save() writes every language
// at once. A language's texts that Lykta wrote wait for a native speaker's review (textDraft):
// saving a correction keeps them a draft, approveText() ends that. Only staff with the content
// role may save (canManage).
class HelplineEditor : public EditorBase
{
    Q_OBJECT
    QML_ELEMENT
    // Empty for a new helpline; set to edit an existing one.
    Q_PROPERTY(QString lineId READ lineId WRITE setLineId NOTIFY loaded)
    Q_PROPERTY(QString number MEMBER m_number NOTIFY numberChanged)
    Q_PROPERTY(QString lastVerified MEMBER m_lastVerified NOTIFY lastVerifiedChanged) // yyyy-MM-dd
    // A chat's and a web page's address, and the day someone last checked each (yyyy-MM-dd;
    // empty: never, and no kiosk shows it). A new address is not checked: save() empties its
    // date unless one was written with it.
    Q_PROPERTY(QString chatUrl MEMBER m_chatUrl NOTIFY chatUrlChanged)
    Q_PROPERTY(QString chatVerified MEMBER m_chatVerified NOTIFY chatVerifiedChanged)
    Q_PROPERTY(QString webUrl MEMBER m_webUrl NOTIFY webUrlChanged)
    Q_PROPERTY(QString webVerified MEMBER m_webVerified NOTIFY webVerifiedChanged)
    Q_PROPERTY(QString textLanguage READ textLanguage WRITE setTextLanguage NOTIFY loaded)
    Q_PROPERTY(QString name MEMBER m_name NOTIFY nameChanged)
    Q_PROPERTY(QString hours MEMBER m_hours NOTIFY hoursChanged)
    Q_PROPERTY(QString audience MEMBER m_audience NOTIFY audienceChanged)
    // The texts shown (textLanguage) are a draft for a native speaker to review.
    Q_PROPERTY(bool textDraft READ textDraft NOTIFY loaded)
    Q_PROPERTY(bool canManage READ canManage NOTIFY loaded)
    // [{key, label, rightToLeft}] for every content language, a draft's label marked.
    Q_PROPERTY(QVariantList languages READ languages NOTIFY loaded)

public:
    using EditorBase::EditorBase;

    QString lineId() const { return m_lineId; }
    void setLineId(const QString &id);
    QString textLanguage() const { return m_textLanguage; }
    void setTextLanguage(const QString &language);
    bool canManage() const { return m_canManage; }
    bool textDraft() const;
    QVariantList languages() const;

    // True when saved; lineId then names the helpline.
    Q_INVOKABLE bool save();
    // Saves, then approves the texts in textLanguage (a native speaker has read and corrected
    // them): kiosks show them from then on. False (errorText says why) when refused.
    Q_INVOKABLE bool approveText();

signals:
    // (Re)loaded from the store: every property may be new (EditorBase::announceLoad).
    void loaded();
    void numberChanged();
    void lastVerifiedChanged();
    void chatUrlChanged();
    void chatVerifiedChanged();
    void webUrlChanged();
    void webVerifiedChanged();
    void nameChanged();
    void hoursChanged();
    void audienceChanged();

protected:
    void load() override;

private:
    void keepTyped(); // the three text fields into m_line, for textLanguage
    void showText();  // the three text fields from m_line, for textLanguage

    QString m_lineId, m_number, m_lastVerified, m_name, m_hours, m_audience;
    QString m_chatUrl, m_chatVerified, m_webUrl, m_webVerified;
    QString m_textLanguage = QStringLiteral("sv");
    domain::Helpline m_line;
    bool m_canManage = false;
};

} // namespace lykta::app
