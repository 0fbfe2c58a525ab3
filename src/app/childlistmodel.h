#pragma once

#include "rowlistmodel.h"

#include <QtQml/qqmlregistration.h>

namespace lykta::app {

struct ChildRow
{
    QString id, name;
    int age = 0;
    bool identified = false;
};

// The children of one family. Loading it opens case data, so it is audited as a read.
class ChildListModel : public RowListModel<ChildRow>
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

    using RowListModel::RowListModel;

    QString familyId() const { return m_familyId; }
    void setFamilyId(const QString &id);

    QHash<int, QByteArray> roleNames() const override;

signals:
    void familyIdChanged();

protected:
    void reload() override;
    QVariant roleData(const ChildRow &row, int role) const override;

private:
    QString m_familyId;
};

} // namespace lykta::app
