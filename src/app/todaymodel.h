#pragma once

#include "agenda.h"
#include "rowlistmodel.h"

#include <QtQml/qqmlregistration.h>

namespace lykta::app {

// The Today screen: booked conversation steps (with their time and place), conversation
// steps due, group sessions planned and open tasks, in sections, with overdue ones marked. Tasks
// can be ticked off here.
class TodayModel : public RowListModel<domain::AgendaItem>
{
    Q_OBJECT
    QML_ELEMENT

public:
    enum Role
    {
        KindRole = Qt::UserRole + 1, // "booking", "conversation", "session" or "task"
        SectionRole,
        TitleRole,
        DetailRole,
        DueRole,
        OverdueRole,
        TargetIdRole,
        TargetNameRole,
    };
    Q_ENUM(Role)

    using RowListModel::RowListModel;
    QHash<int, QByteArray> roleNames() const override;

    // Marks an open task done; false (and nothing changed) when it cannot be.
    Q_INVOKABLE bool completeTask(const QString &taskId);

protected:
    void reload() override;
    QVariant roleData(const domain::AgendaItem &row, int role) const override;
};

} // namespace lykta::app
