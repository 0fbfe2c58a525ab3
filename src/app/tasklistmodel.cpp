#include "tasklistmodel.h"

#include "taskservice.h"
#include "tasktext.h"

#include <QLocale>

#include <algorithm>

namespace lykta::app {

void TaskListModel::setSubjectEntity(const QString &entity)
{
    if (assignAndRefresh(m_subjectEntity, entity))
        emit subjectChanged();
}

void TaskListModel::setSubjectId(const QString &id)
{
    if (assignAndRefresh(m_subjectId, id))
        emit subjectChanged();
}

void TaskListModel::reload()
{
    domain::TaskService tasks(workspace()->store());
    if (const bool manager = tasks.isManager(workspace()->actor().staffId);
        manager != m_isManager) {
        m_isManager = manager;
        emit isManagerChanged();
    }
    auto open = m_subjectEntity.isEmpty()
                    ? tasks.openTasks(workspace()->actor())
                    : tasks.openTasksAbout(workspace()->actor(), m_subjectEntity.toStdString(),
                                           m_subjectId.toStdString());
    m_rows = open ? std::move(*open) : std::vector<domain::Task>{};
    std::stable_sort(m_rows.begin(), m_rows.end(), [](const auto &a, const auto &b) {
        return a.kind == domain::Task::Kind::ConcernReport &&
               b.kind != domain::Task::Kind::ConcernReport;
    });
}

QVariant TaskListModel::roleData(const domain::Task &row, int role) const
{
    const bool concern = row.kind == domain::Task::Kind::ConcernReport;
    const QDate today = QDate::currentDate();
    switch (role) {
    case IdRole:
        return QString::fromStdString(row.id);
    case HeadlineRole:
        return TaskText::headline(row);
    case DetailRole:
        if (concern && row.dueDate.isValid())
            //: %1 is the date of the conversation that raised the concern
            return tr("Samtal %1 · anmälan ska göras genast")
                .arg(QLocale().toString(row.dueDate, QLocale::ShortFormat));
        return concern ? tr("Anmälan ska göras genast") : QString();
    case BadgeRole:
        if (concern)
            return TaskText::age(TaskText::ageInDays(row, today));
        if (!row.dueDate.isValid())
            return QString();
        if (row.dueDate == today)
            return tr("I dag");
        return QLocale().toString(row.dueDate, QLocale::ShortFormat);
    case UrgentRole:
        return concern || (row.dueDate.isValid() && row.dueDate < today);
    case IsConcernRole:
        return concern;
    default:
        return {};
    }
}

QHash<int, QByteArray> TaskListModel::roleNames() const
{
    return {{IdRole, "taskId"},       {HeadlineRole, "headline"}, {DetailRole, "subline"},
            {BadgeRole, "badgeText"}, {UrgentRole, "urgent"},     {IsConcernRole, "isConcern"}};
}

} // namespace lykta::app
