#pragma once

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

#include <optional>
#include <vector>

namespace lykta::app {

// One bar of a follow-up chart. `fraction` is the bar's length relative to the chart's
// longest bar (0–1); a hidden number ("färre än 5") has no bar.
struct FollowupBar
{
    QString label;
    std::optional<double> value;
    QString text;
    double fraction = 0;
    bool suppressed = false;
};

// A breakdown as a horizontal bar chart: its title, a sentence saying what it counts, and
// its bars (a handful each, so they go to QML as a short list of plain maps).
struct FollowupChart
{
    QString key; // the indicator key, e.g. "children_by_age_band"
    QString title;
    QString note;
    std::vector<FollowupBar> bars;
};

// The charts of the Follow-up screen, in the order it shows them. FollowupController fills
// it; QML only draws it.
class FollowupChartModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("FollowupController provides it")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role
    {
        KeyRole = Qt::UserRole + 1,
        TitleRole,
        NoteRole,
        BarsRole, // [{barLabel, barText, barFraction, barSuppressed}]
    };
    Q_ENUM(Role)

    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    int count() const { return rowCount(); }

    void setCharts(std::vector<FollowupChart> charts);
    const std::vector<FollowupChart> &charts() const { return m_charts; }
    // The chart with this key, or nullptr.
    const FollowupChart *find(const QString &key) const;

signals:
    void countChanged();

private:
    std::vector<FollowupChart> m_charts;
};

} // namespace lykta::app
