#pragma once

#include "editorbase.h"

#include <QVariantList>

namespace lykta::app {

// The form behind adding or editing a child, and identifying the child by personnummer in
// two steps: prepare (the number is checked and shown back, normalised, with the birth date
// it implies) and confirm (only then is it written, with who confirmed it and when).
class ChildEditor : public EditorBase
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString childId READ childId WRITE setChildId NOTIFY loaded)
    Q_PROPERTY(QString familyId MEMBER m_familyId NOTIFY familyIdChanged)
    Q_PROPERTY(QString firstName MEMBER m_firstName NOTIFY firstNameChanged)
    Q_PROPERTY(QString lastName MEMBER m_lastName NOTIFY lastNameChanged)
    Q_PROPERTY(QString birthDate MEMBER m_birthDate NOTIFY birthDateChanged) // yyyy-MM-dd
    Q_PROPERTY(QString gender MEMBER m_gender NOTIFY genderChanged)
    Q_PROPERTY(QVariantList genders READ genders CONSTANT)           // [{key, label}]
    Q_PROPERTY(QString personnummer READ personnummer NOTIFY loaded) // confirmed, or empty
    // Set between prepare and confirm: what the person is asked to check.
    Q_PROPERTY(QString pendingNumber READ pendingNumber NOTIFY pendingChanged)
    Q_PROPERTY(QString pendingBirthDate READ pendingBirthDate NOTIFY pendingChanged)

public:
    explicit ChildEditor(QObject *parent = nullptr);

    QString childId() const { return m_childId; }
    void setChildId(const QString &id);
    QString personnummer() const { return m_personnummer; }
    QString pendingNumber() const { return m_pendingNumber; }
    QString pendingBirthDate() const { return m_pendingBirthDate; }
    static QVariantList genders();

    Q_INVOKABLE bool save();
    Q_INVOKABLE bool prepareIdentification(const QString &number);
    Q_INVOKABLE bool confirmIdentification();
    Q_INVOKABLE void cancelIdentification();

signals:
    // (Re)loaded from the store: every property may be new (EditorBase::announceLoad).
    void loaded();
    void familyIdChanged();
    void firstNameChanged();
    void lastNameChanged();
    void birthDateChanged();
    void genderChanged();
    void pendingChanged();

protected:
    void load() override;

private:
    void setPending(const std::string &token, const QString &number, const QString &birthDate);

    QString m_childId, m_familyId, m_firstName, m_lastName, m_birthDate, m_gender, m_personnummer;
    std::string m_token;
    QString m_pendingNumber, m_pendingBirthDate;
};

} // namespace lykta::app
