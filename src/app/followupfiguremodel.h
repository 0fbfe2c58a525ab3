#pragma once

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

#include <vector>

namespace lykta::app {

// One key figure of the Follow-up screen: a number with its name and a sentence saying
// what it counts. `text` is what the screen shows ("färre än 5" for a hidden number).
struct FollowupFigure
{
    QString key; // the indicator key, e.g. "children_reached"
    QString label;
    QString text;
    QString note;
    bool suppressed = false;
};

// The key figures of the follow-up, in the order the screen shows them. FollowupController
// fills it; QML only shows it.
class FollowupFigureModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("FollowupController provides it")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role
    {
        KeyRole = Qt::UserRole + 1,
        LabelRole,
        TextRole,
        NoteRole,
        SuppressedRole,
    };
    Q_ENUM(Role)

    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    int count() const { return rowCount(); }

    void setFigures(std::vector<FollowupFigure> figures);
    const std::vector<FollowupFigure> &figures() const { return m_figures; }
    // The figure with this key, or nullptr.
    const FollowupFigure *find(const QString &key) const;

signals:
    void countChanged();

private:
    std::vector<FollowupFigure> m_figures;
};

} // namespace lykta::app
