#include "followupfiguremodel.h"

namespace lykta::app {

int FollowupFigureModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_figures.size());
}

QVariant FollowupFigureModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const FollowupFigure &f = m_figures[static_cast<std::size_t>(index.row())];
    switch (role) {
    case KeyRole:
        return f.key;
    case LabelRole:
        return f.label;
    case TextRole:
        return f.text;
    case NoteRole:
        return f.note;
    case SuppressedRole:
        return f.suppressed;
    default:
        return {};
    }
}

QHash<int, QByteArray> FollowupFigureModel::roleNames() const
{
    // Not "title"/"detail": a delegate's required properties of those names bind to themselves.
    return {{KeyRole, "figureKey"},
            {LabelRole, "figureLabel"},
            {TextRole, "figureText"},
            {NoteRole, "figureNote"},
            {SuppressedRole, "figureSuppressed"}};
}

void FollowupFigureModel::setFigures(std::vector<FollowupFigure> figures)
{
    const bool countChanges = figures.size() != m_figures.size();
    beginResetModel();
    m_figures = std::move(figures);
    endResetModel();
    if (countChanges)
        emit countChanged();
}

const FollowupFigure *FollowupFigureModel::find(const QString &key) const
{
    for (const auto &f : m_figures) {
        if (f.key == key)
            return &f;
    }
    return nullptr;
}

} // namespace lykta::app
