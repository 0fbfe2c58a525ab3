#pragma once

#include "workspacemodel.h"

#include <QtQml/qqmlregistration.h>

namespace lykta::app {

// The unit's families, filtered by what the person types.
class FamilyListModel : public WorkspaceModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString filter READ filter WRITE setFilter NOTIFY filterChanged)

public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        NameRole,
        ProblemTypeRole,
        ChildCountRole,
        FirstContactRole,
    };
    Q_ENUM(Role)

    using WorkspaceModel::WorkspaceModel;

    QString filter() const { return m_filter; }
    void setFilter(const QString &filter);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void filterChanged();

protected:
    void reload() override;

private:
    struct Row
    {
        QString id, name, problemType, firstContact;
        int children = 0;
    };
    QString m_filter;
    std::vector<Row> m_rows;
};

} // namespace lykta::app
