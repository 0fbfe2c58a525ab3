#include "membercandidatemodel.h"

#include <map>

namespace lykta::app {

void MemberCandidateModel::setGroupId(const QString &id)
{
    if (assignAndRefresh(m_groupId, id))
        emit groupIdChanged();
}

void MemberCandidateModel::setFilter(const QString &filter)
{
    if (assignAndRefresh(m_filter, filter))
        emit filterChanged();
}

void MemberCandidateModel::reload()
{
    m_rows.clear();
    if (m_groupId.isEmpty())
        return;
    auto &groups = workspace()->groups();
    auto group = groups.group(m_groupId.toStdString());
    auto children = groups.memberCandidates(m_groupId.toStdString(), m_filter);
    auto families = workspace()->families().families(workspace()->actor().unitId);
    if (!group || !children || !families)
        return;
    std::map<std::string, QString> familyNames;
    for (const auto &f : *families)
        familyNames[f.id] = f.name;
    for (const auto &c : *children) {
        // Whole years on the group's start day, as the group's age band counts them.
        int age = group->startDate.year() - c.birthDate.year();
        if (group->startDate < c.birthDate.addYears(age))
            --age;
        m_rows.push_back({QString::fromStdString(c.id), (c.firstName + ' ' + c.lastName).trimmed(),
                          familyNames[c.familyId], c.birthDate.isValid() ? age : 0});
    }
}

QVariant MemberCandidateModel::roleData(const MemberCandidateRow &row, int role) const
{
    switch (role) {
    case ChildIdRole:
        return row.childId;
    case NameRole:
        return row.name;
    case FamilyRole:
        return row.family;
    case AgeRole:
        return row.age;
    default:
        return {};
    }
}

QHash<int, QByteArray> MemberCandidateModel::roleNames() const
{
    return {{ChildIdRole, "childId"}, {NameRole, "name"}, {FamilyRole, "family"}, {AgeRole, "age"}};
}

} // namespace lykta::app
