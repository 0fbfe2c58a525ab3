#pragma once

#include "rowlistmodel.h"

#include <QtQml/qqmlregistration.h>

namespace lykta::app {

struct FamilyRow
{
    QString id, name, problemType, firstContact, closedOn;
    int children = 0;
};

// The unit's families, filtered by what the person types. Closed cases are left out of the
// plain list unless showClosed is on; a typed filter is a search and finds them too. Each
// closed one is marked (closedOn). Read off the UI thread (a unit may have hundreds); busy
// meanwhile, and an answer for an older filter is dropped.
class FamilyListModel : public RowListModel<FamilyRow>
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString filter READ filter WRITE setFilter NOTIFY filterChanged)
    Q_PROPERTY(bool showClosed READ showClosed WRITE setShowClosed NOTIFY showClosedChanged)

public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        NameRole,
        ProblemTypeRole,
        ChildCountRole,
        FirstContactRole,
        ClosedOnRole, // yyyy-MM-dd of "ärendet avslutat"; empty for an open case
    };
    Q_ENUM(Role)

    using RowListModel::RowListModel;

    QString filter() const { return m_filter; }
    void setFilter(const QString &filter);
    bool showClosed() const { return m_showClosed; }
    void setShowClosed(bool show);

    QHash<int, QByteArray> roleNames() const override;

signals:
    void filterChanged();
    void showClosedChanged();

protected:
    void refresh() override;
    void reload() override;
    QVariant roleData(const FamilyRow &row, int role) const override;

private:
    QString m_filter;
    bool m_showClosed = false;
};

} // namespace lykta::app
