#pragma once

#include "editorbase.h"

#include <QVariantList>

namespace lykta::app {

// The form behind adding or editing a guardian of a family, and marking one as no longer in
// the family (kept and shown as former). Opening an existing guardian is an audited read. The
// personnummer is never set here: identification has its own confirmation step.
class GuardianEditor : public EditorBase
{
    Q_OBJECT
    QML_ELEMENT
    // Empty for a new guardian (then familyId says whose); set to edit an existing one.
    Q_PROPERTY(QString guardianId READ guardianId WRITE setGuardianId NOTIFY loaded)
    Q_PROPERTY(QString familyId MEMBER m_familyId NOTIFY familyIdChanged)
    Q_PROPERTY(QString name MEMBER m_name NOTIFY nameChanged)
    Q_PROPERTY(QString relation MEMBER m_relation NOTIFY relationChanged)
    Q_PROPERTY(bool custody MEMBER m_custody NOTIFY custodyChanged)
    Q_PROPERTY(QString phone MEMBER m_phone NOTIFY phoneChanged)
    Q_PROPERTY(QString email MEMBER m_email NOTIFY emailChanged)
    Q_PROPERTY(QString address MEMBER m_address NOTIFY addressChanged)
    Q_PROPERTY(QString language MEMBER m_language NOTIFY languageChanged)
    Q_PROPERTY(bool interpreter MEMBER m_interpreter NOTIFY interpreterChanged)
    // yyyy-MM-dd once no longer in the family; empty while in it.
    Q_PROPERTY(QString leftOn READ leftOn NOTIFY loaded)
    Q_PROPERTY(bool identified READ identified NOTIFY loaded)
    // [{key, label}] for the relation, in the order shown.
    Q_PROPERTY(QVariantList relations READ relations CONSTANT)

public:
    explicit GuardianEditor(QObject *parent = nullptr);

    QString guardianId() const { return m_guardianId; }
    void setGuardianId(const QString &id);
    QString leftOn() const { return m_leftOn; }
    bool identified() const { return m_identified; }
    static QVariantList relations();
    static QString relationLabel(const QString &key);

    // True when saved; guardianId then names the guardian.
    Q_INVOKABLE bool save();
    // No longer in the family from `date` (yyyy-MM-dd, not in the future).
    Q_INVOKABLE bool markLeft(const QString &date);

signals:
    // (Re)loaded from the store: every property may be new (EditorBase::announceLoad).
    void loaded();
    void familyIdChanged();
    void nameChanged();
    void relationChanged();
    void custodyChanged();
    void phoneChanged();
    void emailChanged();
    void addressChanged();
    void languageChanged();
    void interpreterChanged();

protected:
    void load() override;

private:
    QString m_guardianId, m_familyId, m_name, m_relation, m_phone, m_email, m_address, m_language,
        m_leftOn;
    bool m_custody = false, m_interpreter = false, m_identified = false;
};

} // namespace lykta::app
