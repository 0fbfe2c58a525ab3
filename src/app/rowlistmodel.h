#pragma once

#include "workspacemodel.h"

#include <vector>

namespace lykta::app {

// A WorkspaceModel whose rows are plain structs: holds them and answers rowCount() and
// data(); a subclass fills m_rows in reload() and maps a role to a value in roleData().
template <class Row>
class RowListModel : public WorkspaceModel
{
public:
    using WorkspaceModel::WorkspaceModel;

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid))
            return {};
        return roleData(m_rows[static_cast<std::size_t>(index.row())], role);
    }

protected:
    virtual QVariant roleData(const Row &row, int role) const = 0;

    // Shows rows read in the background (see readInBackground).
    void replaceRows(std::vector<Row> rows)
    {
        const int before = rowCount();
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
        if (before != rowCount())
            emit countChanged();
        emit reloaded();
    }

    std::vector<Row> m_rows;
};

} // namespace lykta::app
