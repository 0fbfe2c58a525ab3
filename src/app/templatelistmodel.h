#pragma once

#include "rowlistmodel.h"

#include <QtQml/qqmlregistration.h>

namespace lykta::app {

struct TemplateRow
{
    QString id, name;
    int minAge = 0, maxAge = 18, steps = 0, version = 1;
    bool own = false; // the unit's own model, not one Lykta ships
};

// The conversation models a series can follow (BRA-samtal, Föra barnen på tal, Beardslee,
// and any the organisation added), for the "start a series" choice and the template list.
class TemplateListModel : public RowListModel<TemplateRow>
{
    Q_OBJECT
    QML_ELEMENT

public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        NameRole,
        AgesRole,
        StepsRole,
        VersionRole,
        OwnRole,
    };
    Q_ENUM(Role)

    using RowListModel::RowListModel;
    QHash<int, QByteArray> roleNames() const override;

protected:
    void reload() override;
    QVariant roleData(const TemplateRow &row, int role) const override;
};

} // namespace lykta::app
