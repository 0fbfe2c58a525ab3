#pragma once

#include "rowlistmodel.h"

#include <QtQml/qqmlregistration.h>

namespace lykta::app {

struct SessionRow
{
    QString id, date, time, theme;
    int number = 0, present = 0;
    bool cancelled = false;
};

// The planned sessions of one support group, with how many attended each; a cancelled
// session stays in the list, marked.
class SessionListModel : public RowListModel<SessionRow>
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString groupId READ groupId WRITE setGroupId NOTIFY groupIdChanged)

public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        NumberRole,
        DateRole,
        ThemeRole,
        PresentRole,
        TimeRole, // HH:mm, empty when not set
        CancelledRole,
    };
    Q_ENUM(Role)

    using RowListModel::RowListModel;

    QString groupId() const { return m_groupId; }
    void setGroupId(const QString &id);

    QHash<int, QByteArray> roleNames() const override;

    // Plans the next session (yyyy-MM-dd, a theme); its id, or empty with errorText set.
    Q_INVOKABLE QString plan(const QString &date, const QString &theme);

signals:
    void groupIdChanged();

protected:
    void reload() override;
    QVariant roleData(const SessionRow &row, int role) const override;

private:
    QString m_groupId;
};

} // namespace lykta::app
