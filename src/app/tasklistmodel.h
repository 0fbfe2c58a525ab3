#pragma once

#include "rowlistmodel.h"
#include "task.h"

#include <QtQml/qqmlregistration.h>

namespace lykta::app {

// The signed-in staff member's open tasks (Today, and Mer → Uppgifter): concerns to report
// first, then follow-ups by due date. With a subject set (a family's or a child's page), the
// open tasks about that family or child instead, whoever has them. Opening one shows
// TaskEditor's page. Reading the list is logged per task: a concern's title names the child.
class TaskListModel : public RowListModel<domain::Task>
{
    Q_OBJECT
    QML_ELEMENT
    // Whether the staff member is a manager, who also sees the unit's open concerns.
    Q_PROPERTY(bool isManager READ isManager NOTIFY isManagerChanged)
    // "family" or "child" with its id; empty: the staff member's own tasks.
    Q_PROPERTY(
        QString subjectEntity READ subjectEntity WRITE setSubjectEntity NOTIFY subjectChanged)
    Q_PROPERTY(QString subjectId READ subjectId WRITE setSubjectId NOTIFY subjectChanged)

public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        HeadlineRole,
        DetailRole,
        BadgeRole,
        UrgentRole, // a concern, or a follow-up past its date
        IsConcernRole,
    };
    Q_ENUM(Role)

    using RowListModel::RowListModel;
    QHash<int, QByteArray> roleNames() const override;
    bool isManager() const { return m_isManager; }
    QString subjectEntity() const { return m_subjectEntity; }
    void setSubjectEntity(const QString &entity);
    QString subjectId() const { return m_subjectId; }
    void setSubjectId(const QString &id);

signals:
    void isManagerChanged();
    void subjectChanged();

protected:
    void reload() override;
    QVariant roleData(const domain::Task &row, int role) const override;

private:
    bool m_isManager = false;
    QString m_subjectEntity, m_subjectId;
};

} // namespace lykta::app
