#pragma once

#include "workspacemodel.h"

#include <QtQml/qqmlregistration.h>

namespace lykta::app {

// The planned sessions of one support group, with how many attended each.
class SessionListModel : public WorkspaceModel
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
    };
    Q_ENUM(Role)

    using WorkspaceModel::WorkspaceModel;

    QString groupId() const { return m_groupId; }
    void setGroupId(const QString &id);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void groupIdChanged();

protected:
    void reload() override;

private:
    struct Row
    {
        QString id, date, theme;
        int number = 0, present = 0;
    };
    QString m_groupId;
    std::vector<Row> m_rows;
};

} // namespace lykta::app
