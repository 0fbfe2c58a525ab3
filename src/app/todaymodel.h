#pragma once

#include "agenda.h"
#include "rowlistmodel.h"

#include <QtQml/qqmlregistration.h>

namespace lykta::app {

// The Today screen: booked conversation steps (with their time and place), conversation
// steps due and group sessions planned, in sections, with overdue ones marked. (The open
// tasks above them are TaskListModel's.)
class TodayModel : public RowListModel<domain::AgendaItem>
{
    Q_OBJECT
    QML_ELEMENT

public:
    enum Role
    {
        KindRole = Qt::UserRole + 1, // "booking", "conversation" or "session"
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

protected:
    // The agenda takes a few queries per active series: it is read on the ReadWorker, and the
    // rows change when the read answers.
    void refresh() override;
    void reload() override;
    QVariant roleData(const domain::AgendaItem &row, int role) const override;
};

} // namespace lykta::app
