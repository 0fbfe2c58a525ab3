#pragma once

#include "workspacemodel.h"

#include <QtQml/qqmlregistration.h>

namespace lykta::app {

// The children of one family. Loading it opens case data, so it is audited as a read.
class ChildListModel : public WorkspaceModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString familyId READ familyId WRITE setFamilyId NOTIFY familyIdChanged)

public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        NameRole,
        AgeRole,
        IdentifiedRole,
    };
    Q_ENUM(Role)

    using WorkspaceModel::WorkspaceModel;

    QString familyId() const { return m_familyId; }
    void setFamilyId(const QString &id);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void familyIdChanged();

protected:
    void reload() override;

private:
    struct Row
    {
        QString id, name;
        int age = 0;
        bool identified = false;
    };
    QString m_familyId;
    std::vector<Row> m_rows;
};

} // namespace lykta::app
