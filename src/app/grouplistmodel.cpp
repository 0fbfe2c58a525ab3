#include "grouplistmodel.h"

namespace lykta::app {

void GroupListModel::reload()
{
    m_rows.clear();
    auto groups = workspace()->groups().groups(workspace()->actor().unitId);
    if (!groups)
        return;
    for (const auto &group : *groups) {
        const auto taken = workspace()->groups().placesTaken(group.id);
        m_rows.push_back({QString::fromStdString(group.id), group.name, group.programme,
                          QStringLiteral("%1–%2").arg(group.minAge).arg(group.maxAge),
                          group.startDate.toString(Qt::ISODate),
                          group.mode == domain::Group::Mode::Anonymous, group.capacity,
                          taken ? *taken : 0});
    }
}

QVariant GroupListModel::roleData(const GroupRow &row, int role) const
{
    switch (role) {
    case IdRole:
        return row.id;
    case NameRole:
        return row.name;
    case ProgrammeRole:
        return row.programme;
    case AgeBandRole:
        return row.ageBand;
    case AnonymousRole:
        return row.anonymous;
    case CapacityRole:
        return row.capacity;
    case MemberCountRole:
        return row.members;
    case StartDateRole:
        return row.startDate;
    default:
        return {};
    }
}

QHash<int, QByteArray> GroupListModel::roleNames() const
{
    return {{IdRole, "groupId"},
            {NameRole, "name"},
            {ProgrammeRole, "programme"},
            {AgeBandRole, "ageBand"},
            {AnonymousRole, "anonymous"},
            {CapacityRole, "capacity"},
            {MemberCountRole, "memberCount"},
            {StartDateRole, "startDate"}};
}

} // namespace lykta::app
