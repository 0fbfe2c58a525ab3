#include "followupchartmodel.h"

#include <QVariantList>
#include <QVariantMap>

namespace lykta::app {

int FollowupChartModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_charts.size());
}

QVariant FollowupChartModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const FollowupChart &c = m_charts[static_cast<std::size_t>(index.row())];
    switch (role) {
    case KeyRole:
        return c.key;
    case TitleRole:
        return c.title;
    case NoteRole:
        return c.note;
    case BarsRole: {
        QVariantList bars;
        for (const auto &b : c.bars) {
            bars.append(QVariantMap{{QStringLiteral("barLabel"), b.label},
                                    {QStringLiteral("barText"), b.text},
                                    {QStringLiteral("barFraction"), b.fraction},
                                    {QStringLiteral("barSuppressed"), b.suppressed}});
        }
        return bars;
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> FollowupChartModel::roleNames() const
{
    return {{KeyRole, "chartKey"},
            {TitleRole, "chartTitle"},
            {NoteRole, "chartNote"},
            {BarsRole, "chartBars"}};
}

void FollowupChartModel::setCharts(std::vector<FollowupChart> charts)
{
    const bool countChanges = charts.size() != m_charts.size();
    beginResetModel();
    m_charts = std::move(charts);
    endResetModel();
    if (countChanges)
        emit countChanged();
}

const FollowupChart *FollowupChartModel::find(const QString &key) const
{
    for (const auto &c : m_charts) {
        if (c.key == key)
            return &c;
    }
    return nullptr;
}

} // namespace lykta::app
