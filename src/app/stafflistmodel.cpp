#include "stafflistmodel.h"

#include "managerrole.h"
#include "unitservice.h"

namespace lykta::app {

void StaffListModel::reload()
{
    m_canEdit = isManager(*workspace());
    m_rows = domain::UnitService(workspace()->store()).staffOf(workspace()->actor().unitId);
}

bool StaffListModel::save(const QString &staffId, const QString &name, const QString &title)
{
    if (!workspace())
        return false;
    if (!isManager(*workspace())) {
        const auto e = domain::domainError(domain::DomainErrc::NotPermitted, "role");
        return settle(&e);
    }
    domain::UnitService units(workspace()->store());
    auto staff = units.staff(staffId.toStdString());
    if (!staff)
        return settle(&staff.error());
    if (staff->unitId != workspace()->actor().unitId) {
        const auto e = domain::domainError(domain::DomainErrc::NotFound, "staff_id");
        return settle(&e);
    }
    // Name and title only: the role is the server's, which refuses any other field of a
    // colleague's record.
    auto r = units.correctStaff(workspace()->actor(), staff->id, name, title);
    if (!r && r.error().field == "name")
        return settle(&r.error(), tr("Namnet får inte vara tomt."));
    return settle(r ? nullptr : &r.error());
}

QString StaffListModel::roleText(domain::Staff::Role role)
{
    switch (role) {
    case domain::Staff::Role::Manager:
        return tr("Chef");
    case domain::Staff::Role::Content:
        return tr("Kioskinnehåll");
    case domain::Staff::Role::Staff:
        return tr("Personal");
    }
    return {};
}

QVariant StaffListModel::roleData(const domain::Staff &row, int role) const
{
    switch (role) {
    case IdRole:
        return QString::fromStdString(row.id);
    case NameRole:
        return row.name;
    case TitleRole:
        return row.title;
    case RoleTextRole:
        return roleText(row.role);
    case IsMeRole:
        return row.id == workspace()->actor().staffId;
    default:
        return {};
    }
}

QHash<int, QByteArray> StaffListModel::roleNames() const
{
    return {{IdRole, "staffId"},
            {NameRole, "name"},
            {TitleRole, "title"},
            {RoleTextRole, "roleText"},
            {IsMeRole, "isMe"}};
}

} // namespace lykta::app
