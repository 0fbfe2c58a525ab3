#pragma once

#include "rowlistmodel.h"

#include <QtQml/qqmlregistration.h>

namespace lykta::app {

struct GuardianRow
{
    QString id, name, relation, detail, leftOn;
    bool custody = false, former = false, firstFormer = false;
};

// The guardians of one family: those in it first, then the former ones (no longer in the
// family), each part by name. Loading it opens case data, so it is audited as a read.
class GuardianListModel : public RowListModel<GuardianRow>
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString familyId READ familyId WRITE setFamilyId NOTIFY familyIdChanged)

public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        NameRole,
        RelationRole, // in words
        DetailRole,   // custody, phone, interpreter need, in words
        CustodyRole,
        FormerRole,
        FirstFormerRole, // the first former guardian: a heading goes above it
        LeftOnRole,
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
    QVariant roleData(const GuardianRow &row, int role) const override;

private:
    QString m_familyId;
};

} // namespace lykta::app
