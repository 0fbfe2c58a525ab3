#pragma once

#include "rowlistmodel.h"
#include "staff.h"

#include <QtQml/qqmlregistration.h>

namespace lykta::app {

// Mer → Personal: the unit's staff with name, title and role. Managers correct a name or a
// title (save); roles are the server's to set and only shown. Anyone else is refused
// (canEdit).
class StaffListModel : public RowListModel<domain::Staff>
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool canEdit READ canEdit NOTIFY reloaded)

public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        NameRole,
        TitleRole,
        RoleTextRole,
        IsMeRole,
    };
    Q_ENUM(Role)

    using RowListModel::RowListModel;
    QHash<int, QByteArray> roleNames() const override;
    bool canEdit() const { return m_canEdit; }
    // A role in words, as staff lists show it.
    static QString roleText(domain::Staff::Role role);

    // True when saved; errorText says why not.
    Q_INVOKABLE bool save(const QString &staffId, const QString &name, const QString &title);

protected:
    void reload() override;
    QVariant roleData(const domain::Staff &row, int role) const override;

private:
    bool m_canEdit = false;
};

} // namespace lykta::app
