#include "unitdevicemodel.h"

#include <QDateTime>
#include <QLocale>

namespace lykta::app {

int UnitDeviceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_devices.size());
}

void UnitDeviceModel::setDevices(std::vector<sync::UnitDevice> devices)
{
    const int before = rowCount();
    beginResetModel();
    m_devices = std::move(devices);
    endResetModel();
    if (before != rowCount())
        emit countChanged();
}

UnitDeviceModel::Status UnitDeviceModel::statusOf(const sync::UnitDevice &device)
{
    if (device.erasedMs > 0)
        return Status::Erased;
    if (device.eraseOrderedMs > 0)
        return Status::EraseOrdered;
    if (device.revokedMs > 0)
        return Status::Revoked;
    return Status::Active;
}

QString UnitDeviceModel::statusText(Status status)
{
    switch (status) {
    case Status::Active:
        //: A tablet that may sync
        return tr("Aktiv");
    case Status::Revoked:
        //: A tablet that may no longer sync; its unsent work stays on it
        return tr("Återkallad");
    case Status::EraseOrdered:
        //: A tablet reported lost or stolen that has not yet contacted the server to erase itself
        return tr("Förlorad eller stulen – väntar på radering");
    case Status::Erased:
        //: A tablet reported lost or stolen that has erased everything on it
        return tr("Raderad");
    }
    return {};
}

QString UnitDeviceModel::timeText(std::int64_t ms, const QString &never)
{
    if (ms <= 0)
        return never;
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime(),
                              QLocale::ShortFormat);
}

QVariant UnitDeviceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const auto &d = m_devices[static_cast<std::size_t>(index.row())];
    switch (role) {
    case DeviceKeyRole:
        return QString::number(d.id);
    case NameRole:
        return d.name.empty() ? tr("Namnlös surfplatta") : QString::fromStdString(d.name);
    case KindRole:
        return QString::fromStdString(d.kind);
    case StaffNameRole:
        return d.kind == "kiosk" ? tr("Väntrumskiosk") : QString::fromStdString(d.staffName);
    case EnrolledTextRole:
        return timeText(d.enrolledMs, tr("okänt"));
    case LastSyncTextRole:
        //: Last sync of a tablet that has never synced
        return timeText(d.lastSeenMs, tr("aldrig"));
    case AppVersionRole:
        return d.appVersion.empty() ? tr("okänd") : QString::fromStdString(d.appVersion);
    case StatusRole:
        return static_cast<int>(statusOf(d));
    case StatusTextRole:
        return statusText(statusOf(d));
    case RevocableRole:
        return d.id != m_thisDevice && statusOf(d) == Status::Active;
    case ErasableRole:
        return d.id != m_thisDevice &&
               (statusOf(d) == Status::Active || statusOf(d) == Status::Revoked);
    case ThisDeviceRole:
        return d.id == m_thisDevice;
    default:
        return {};
    }
}

QHash<int, QByteArray> UnitDeviceModel::roleNames() const
{
    return {{DeviceKeyRole, "deviceKey"},
            {NameRole, "name"},
            {KindRole, "kind"},
            {StaffNameRole, "staffName"},
            {EnrolledTextRole, "enrolledText"},
            {LastSyncTextRole, "lastSyncText"},
            {AppVersionRole, "appVersion"},
            {StatusRole, "status"},
            {StatusTextRole, "statusText"},
            {RevocableRole, "revocable"},
            {ErasableRole, "erasable"},
            {ThisDeviceRole, "thisDevice"}};
}

} // namespace lykta::app
