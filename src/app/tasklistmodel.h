#pragma once

#include "rowlistmodel.h"
#include "task.h"

#include <QtQml/qqmlregistration.h>

namespace lykta::app {

// The signed-in staff member's open tasks (Today, and Mer → Uppgifter): concerns to report
// first, then follow-ups by due date. Opening one shows TaskEditor's page. Reading the list
// is logged per task: a concern's title names the child.
class TaskListModel : public RowListModel<domain::Task>
{
    Q_OBJECT
    QML_ELEMENT
    // Whether the staff member is a manager, who also sees the unit's open concerns.
    Q_PROPERTY(bool isManager READ isManager NOTIFY isManagerChanged)

public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        HeadlineRole,
        DetailRole,
        BadgeRole,
        UrgentRole, // a concern, or a follow-up past its date
        IsConcernRole,
    };
    Q_ENUM(Role)

    using RowListModel::RowListModel;
    QHash<int, QByteArray> roleNames() const override;
    bool isManager() const { return m_isManager; }

signals:
    void isManagerChanged();

protected:
    void reload() override;
    QVariant roleData(const domain::Task &row, int role) const override;

private:
    bool m_isManager = false;
};

} // namespace lykta::app
