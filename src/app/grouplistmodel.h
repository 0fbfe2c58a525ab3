#pragma once

#include "workspacemodel.h"

#include <QtQml/qqmlregistration.h>

namespace lykta::app {

// The unit's support groups.
class GroupListModel : public WorkspaceModel
{
    Q_OBJECT
    QML_ELEMENT

public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        NameRole,
        ProgrammeRole,
        AgeBandRole,
        AnonymousRole,
        CapacityRole,
        MemberCountRole,
        StartDateRole,
    };
    Q_ENUM(Role)

    using WorkspaceModel::WorkspaceModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

protected:
    void reload() override;

private:
    struct Row
    {
        QString id, name, programme, ageBand, startDate;
        bool anonymous = true;
        int capacity = 0, members = 0;
    };
    std::vector<Row> m_rows;
};

} // namespace lykta::app
