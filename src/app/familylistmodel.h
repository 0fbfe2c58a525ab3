#pragma once

#include "rowlistmodel.h"

#include <QtQml/qqmlregistration.h>

namespace lykta::app {

struct FamilyRow
{
    QString id, name, problemType, firstContact;
    int children = 0;
};

// The unit's families, filtered by what the person types. Read off the UI thread (a unit
// may have hundreds); busy meanwhile, and an answer for an older filter is dropped.
class FamilyListModel : public RowListModel<FamilyRow>
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

    using RowListModel::RowListModel;

    QString filter() const { return m_filter; }
    void setFilter(const QString &filter);

    QHash<int, QByteArray> roleNames() const override;

signals:
    void filterChanged();

protected:
    void refresh() override;
    void reload() override;
    QVariant roleData(const FamilyRow &row, int role) const override;

private:
    QString m_filter;
};

} // namespace lykta::app
