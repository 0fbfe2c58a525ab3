#include "childlistmodel.h"

#include <QDate>

namespace lykta::app {

void ChildListModel::setFamilyId(const QString &id)
{
    if (assignAndRefresh(m_familyId, id))
        emit familyIdChanged();
}

void ChildListModel::reload()
{
    m_rows.clear();
    if (m_familyId.isEmpty())
        return;
    auto children =
        workspace()->families().children(workspace()->actor(), m_familyId.toStdString());
    if (!children)
        return;
    const QDate today = QDate::currentDate();
    for (const auto &child : *children) {
        int age = today.year() - child.birthDate.year();
        if (today < child.birthDate.addYears(age))
            --age;
        m_rows.push_back({QString::fromStdString(child.id),
                          (child.firstName + ' ' + child.lastName).trimmed(), age,
                          !child.personnummer.isEmpty()});
    }
}

QVariant ChildListModel::roleData(const ChildRow &row, int role) const
{
    switch (role) {
    case IdRole:
        return row.id;
    case NameRole:
        return row.name;
    case AgeRole:
        return row.age;
    case IdentifiedRole:
        return row.identified;
    default:
        return {};
    }
}

QHash<int, QByteArray> ChildListModel::roleNames() const
{
    return {
        {IdRole, "childId"}, {NameRole, "name"}, {AgeRole, "age"}, {IdentifiedRole, "identified"}};
}

} // namespace lykta::app
