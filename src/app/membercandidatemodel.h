#pragma once

#include "rowlistmodel.h"

#include <QtQml/qqmlregistration.h>

namespace lykta::app {

struct MemberCandidateRow
{
    QString childId, name, family;
    int age = 0;
};

// Children registered in the unit who may join an identified group, found by name: those in
// the group now are not offered again. The age is on the group's start day.
class MemberCandidateModel : public RowListModel<MemberCandidateRow>
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString groupId READ groupId WRITE setGroupId NOTIFY groupIdChanged)
    Q_PROPERTY(QString filter READ filter WRITE setFilter NOTIFY filterChanged)

public:
    enum Role
    {
        ChildIdRole = Qt::UserRole + 1,
        NameRole,
        FamilyRole,
        AgeRole,
    };
    Q_ENUM(Role)

    using RowListModel::RowListModel;

    QString groupId() const { return m_groupId; }
    void setGroupId(const QString &id);
    QString filter() const { return m_filter; }
    void setFilter(const QString &filter);
    QHash<int, QByteArray> roleNames() const override;

signals:
    void groupIdChanged();
    void filterChanged();

protected:
    void reload() override;
    QVariant roleData(const MemberCandidateRow &row, int role) const override;

private:
    QString m_groupId, m_filter;
};

} // namespace lykta::app
