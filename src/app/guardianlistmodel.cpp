#include "guardianlistmodel.h"

#include "guardianeditor.h"

#include <algorithm>

namespace lykta::app {

void GuardianListModel::setFamilyId(const QString &id)
{
    if (assignAndRefresh(m_familyId, id))
        emit familyIdChanged();
}

void GuardianListModel::reload()
{
    m_rows.clear();
    if (m_familyId.isEmpty())
        return;
    auto guardians =
        workspace()->families().guardians(workspace()->actor(), m_familyId.toStdString());
    if (!guardians)
        return;
    for (const auto &g : *guardians) {
        QStringList detail;
        if (g.isFormer())
            detail << tr("Inte längre i familjen sedan %1").arg(g.leftOn.toString(Qt::ISODate));
        else if (g.custody)
            detail << tr("Vårdnadshavare");
        if (!g.phone.isEmpty())
            detail << g.phone;
        if (g.interpreter)
            detail << tr("Behöver tolk");
        m_rows.push_back({QString::fromStdString(g.id), g.name,
                          GuardianEditor::relationLabel(g.relation),
                          detail.join(QStringLiteral(" · ")), g.leftOn.toString(Qt::ISODate),
                          g.custody, g.isFormer(), false});
    }
    std::stable_sort(m_rows.begin(), m_rows.end(), [](const GuardianRow &a, const GuardianRow &b) {
        return !a.former && b.former;
    });
    const auto first =
        std::find_if(m_rows.begin(), m_rows.end(), [](const GuardianRow &r) { return r.former; });
    if (first != m_rows.end())
        first->firstFormer = true;
}

QVariant GuardianListModel::roleData(const GuardianRow &row, int role) const
{
    switch (role) {
    case IdRole:
        return row.id;
    case NameRole:
        return row.name;
    case RelationRole:
        return row.relation;
    case DetailRole:
        return row.detail;
    case CustodyRole:
        return row.custody;
    case FormerRole:
        return row.former;
    case FirstFormerRole:
        return row.firstFormer;
    case LeftOnRole:
        return row.leftOn;
    default:
        return {};
    }
}

QHash<int, QByteArray> GuardianListModel::roleNames() const
{
    return {{IdRole, "guardianId"},           {NameRole, "name"},       {RelationRole, "relation"},
            {DetailRole, "detail"},           {CustodyRole, "custody"}, {FormerRole, "former"},
            {FirstFormerRole, "firstFormer"}, {LeftOnRole, "leftOn"}};
}

} // namespace lykta::app
