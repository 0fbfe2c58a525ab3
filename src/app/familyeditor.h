#pragma once

#include "editorbase.h"

#include <QVariantList>

namespace lykta::app {

// The form behind creating or editing a family: how staff refer to it, the parent's
// situation (for follow-up) and the date of first contact.
class FamilyEditor : public EditorBase
{
    Q_OBJECT
    QML_ELEMENT
    // Empty for a new family; set to edit an existing one.
    Q_PROPERTY(QString familyId READ familyId WRITE setFamilyId NOTIFY loaded)
    Q_PROPERTY(QString name MEMBER m_name NOTIFY nameChanged)
    Q_PROPERTY(QString problemType MEMBER m_problemType NOTIFY problemTypeChanged)
    Q_PROPERTY(QString firstContact MEMBER m_firstContact NOTIFY firstContactChanged) // yyyy-MM-dd
    // [{key, label}] for the parent's situation, in the order shown.
    Q_PROPERTY(QVariantList problemTypes READ problemTypes CONSTANT)

public:
    explicit FamilyEditor(QObject *parent = nullptr);

    QString familyId() const { return m_familyId; }
    void setFamilyId(const QString &id);
    static QVariantList problemTypes();

    // True when saved; familyId then names the family.
    Q_INVOKABLE bool save();

signals:
    // (Re)loaded from the store: every property may be new (EditorBase::announceLoad).
    void loaded();
    void nameChanged();
    void problemTypeChanged();
    void firstContactChanged();

protected:
    void load() override;

private:
    QString m_familyId, m_name, m_problemType, m_firstContact;
};

} // namespace lykta::app
