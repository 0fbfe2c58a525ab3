#pragma once

#include "rowlistmodel.h"
#include "task.h"

#include <QtQml/qqmlregistration.h>

namespace lykta::app {

struct UnitConcernRow
{
    domain::Task task;
    QString assigneeName;
    int ageDays = 0;
};

// A manager's view of the unit's open concern tasks (Mer → Uppgifter → Enhetens
// orosanmälningar): oldest first, with how many days each has waited and whose it is.
// For anyone without the manager role nothing is read: `permitted` is false, the list
// empty and errorText says why.
class UnitConcernModel : public RowListModel<UnitConcernRow>
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool permitted READ permitted NOTIFY permittedChanged)

public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        HeadlineRole,
        DetailRole,
        AgeDaysRole,
        AgeRole,
    };
    Q_ENUM(Role)

    using RowListModel::RowListModel;
    QHash<int, QByteArray> roleNames() const override;
    bool permitted() const { return m_permitted; }

signals:
    void permittedChanged();

protected:
    void reload() override;
    QVariant roleData(const UnitConcernRow &row, int role) const override;

private:
    bool m_permitted = false;
};

} // namespace lykta::app
