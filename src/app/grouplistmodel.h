#pragma once

#include "rowlistmodel.h"

#include <QtQml/qqmlregistration.h>

namespace lykta::app {

struct GroupRow
{
    QString id, name, programme, ageBand, startDate;
    bool anonymous = true;
    int capacity = 0, members = 0;
};

// The unit's support groups.
class GroupListModel : public RowListModel<GroupRow>
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

    using RowListModel::RowListModel;

    QHash<int, QByteArray> roleNames() const override;

protected:
    void reload() override;
    QVariant roleData(const GroupRow &row, int role) const override;
};

} // namespace lykta::app
