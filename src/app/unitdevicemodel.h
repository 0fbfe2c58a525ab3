#pragma once

#include "sync/core/unitdevices.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

#include <string>
#include <vector>

namespace lykta::app {

// Mer → Surfplattor och personal: the unit's tablets and kiosks as the server last listed
// them (TabletsController fills it), each with its staff member, times and status in words.
class UnitDeviceModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("TabletsController has one")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum class Status
    {
        Active,
        Revoked,      // plainly revoked (or its staff member deactivated)
        EraseOrdered, // lost or stolen: erases itself on its next contact
        Erased,       // said it had erased everything
    };
    Q_ENUM(Status)

    enum Role
    {
        DeviceKeyRole = Qt::UserRole + 1, // the device id as text (a 64-bit id is no JS number)
        NameRole,
        KindRole,      // "staff" or "kiosk"
        StaffNameRole, // a staff device's staff member; "Väntrumskiosk" for a kiosk
        EnrolledTextRole,
        LastSyncTextRole,
        AppVersionRole,
        StatusRole,
        StatusTextRole,
        RevocableRole, // still active: may be revoked (never this device)
        // Active or plainly revoked (not yet ordered erased): may be reported lost or stolen,
        // and then erases itself on its next contact (never this device).
        ErasableRole,
        ThisDeviceRole, // the tablet the list is shown on
    };
    Q_ENUM(Role)

    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    int count() const { return rowCount(); }

    void setDevices(std::vector<sync::UnitDevice> devices);
    // The tablet the list is shown on: marked, and not offered for revoking (its user would
    // lock herself out).
    void setThisDevice(sync::DeviceId device) { m_thisDevice = device; }
    const std::vector<sync::UnitDevice> &devices() const { return m_devices; }

    static Status statusOf(const sync::UnitDevice &device);
    static QString statusText(Status status);
    // A time the server sent (ms since the epoch) in the locale's short format; `never` for 0.
    static QString timeText(std::int64_t ms, const QString &never);

signals:
    void countChanged();

private:
    std::vector<sync::UnitDevice> m_devices;
    sync::DeviceId m_thisDevice = 0;
};

} // namespace lykta::app
