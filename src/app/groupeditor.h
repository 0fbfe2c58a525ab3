#pragma once

#include "editorbase.h"

#include <QStringList>
#include <QVariantList>

namespace lykta::app {

// The form behind creating or editing a support group: name, model, age band, places,
// anonymous or identified, leaders (staff of the unit), dates, place and status. The mode is
// fixed once the group has members; the form says so rather than offer the choice.
class GroupEditor : public EditorBase
{
    Q_OBJECT
    QML_ELEMENT
    // Empty for a new group; set to edit an existing one.
    Q_PROPERTY(QString groupId READ groupId WRITE setGroupId NOTIFY loaded)
    Q_PROPERTY(QString name MEMBER m_name NOTIFY nameChanged)
    Q_PROPERTY(QString programme MEMBER m_programme NOTIFY programmeChanged) // free text
    // Models to pick from: the common ones and those the unit's groups already use.
    Q_PROPERTY(QStringList programmes READ programmes NOTIFY loaded)
    // Numbers as typed, so that a wrong one is refused in words rather than lost.
    Q_PROPERTY(QString minAge MEMBER m_minAge NOTIFY minAgeChanged)
    Q_PROPERTY(QString maxAge MEMBER m_maxAge NOTIFY maxAgeChanged)
    Q_PROPERTY(QString capacity MEMBER m_capacity NOTIFY capacityChanged)
    Q_PROPERTY(int maxCapacity READ maxCapacity CONSTANT)
    Q_PROPERTY(bool anonymous MEMBER m_anonymous NOTIFY anonymousChanged)
    // The group has (or had) members: anonymous or identified cannot change.
    Q_PROPERTY(bool modeLocked READ modeLocked NOTIFY loaded)
    Q_PROPERTY(QStringList leaders MEMBER m_leaders NOTIFY leadersChanged) // staff ids
    // The unit's staff to pick leaders from: [{key (staff id), label}].
    Q_PROPERTY(QVariantList staff READ staff NOTIFY loaded)
    // The saved leaders' names, for the group's page.
    Q_PROPERTY(QString leaderNames READ leaderNames NOTIFY loaded)
    Q_PROPERTY(QString startDate MEMBER m_startDate NOTIFY startDateChanged) // yyyy-MM-dd
    Q_PROPERTY(QString endDate MEMBER m_endDate NOTIFY endDateChanged)       // yyyy-MM-dd or empty
    Q_PROPERTY(QString place MEMBER m_place NOTIFY placeChanged)
    Q_PROPERTY(QString status MEMBER m_status NOTIFY statusChanged) // planned, running, finished
    Q_PROPERTY(QVariantList statuses READ statuses CONSTANT)        // [{key, label}]

public:
    explicit GroupEditor(QObject *parent = nullptr);

    QString groupId() const { return m_groupId; }
    void setGroupId(const QString &id);
    QStringList programmes() const { return m_programmes; }
    static int maxCapacity();
    bool modeLocked() const { return m_modeLocked; }
    QVariantList staff() const { return m_staff; }
    QString leaderNames() const { return m_leaderNames; }
    static QVariantList statuses();
    // A status's words, for the group's page.
    Q_INVOKABLE static QString statusLabel(const QString &key);

    // True when saved; groupId then names the group.
    Q_INVOKABLE bool save();

signals:
    // (Re)loaded from the store: every property may be new (EditorBase::announceLoad).
    void loaded();
    void nameChanged();
    void programmeChanged();
    void minAgeChanged();
    void maxAgeChanged();
    void capacityChanged();
    void anonymousChanged();
    void leadersChanged();
    void startDateChanged();
    void endDateChanged();
    void placeChanged();
    void statusChanged();

protected:
    void load() override;

private:
    bool refuse(const domain::DomainError &error);

    QString m_groupId, m_name, m_programme, m_minAge, m_maxAge, m_capacity, m_startDate, m_endDate,
        m_place, m_status, m_leaderNames;
    QStringList m_programmes, m_leaders;
    QVariantList m_staff;
    bool m_anonymous = true;
    bool m_modeLocked = false;
};

} // namespace lykta::app
