#include "familylistmodel.h"

namespace lykta::app {

void FamilyListModel::setFilter(const QString &filter)
{
    if (assignAndRefresh(m_filter, filter))
        emit filterChanged();
}

void FamilyListModel::reload()
{
    m_rows.clear();
    auto families = workspace()->families().families(workspace()->actor().unitId);
    if (!families)
        return;
    for (const auto &family : *families) {
        if (!m_filter.isEmpty() && !family.name.contains(m_filter, Qt::CaseInsensitive))
            continue;
        const auto children = workspace()->store().list("child", {{"family_id", family.id}});
        m_rows.push_back({QString::fromStdString(family.id), family.name, family.problemType,
                          family.firstContact.toString(Qt::ISODate),
                          children ? static_cast<int>(children->size()) : 0});
    }
    std::sort(m_rows.begin(), m_rows.end(), [](const FamilyRow &a, const FamilyRow &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
}

QVariant FamilyListModel::roleData(const FamilyRow &row, int role) const
{
    switch (role) {
    case IdRole:
        return row.id;
    case NameRole:
        return row.name;
    case ProblemTypeRole:
        return row.problemType;
    case ChildCountRole:
        return row.children;
    case FirstContactRole:
        return row.firstContact;
    default:
        return {};
    }
}

QHash<int, QByteArray> FamilyListModel::roleNames() const
{
    return {{IdRole, "familyId"},
            {NameRole, "name"},
            {ProblemTypeRole, "problemType"},
            {ChildCountRole, "childCount"},
            {FirstContactRole, "firstContact"}};
}

} // namespace lykta::app
