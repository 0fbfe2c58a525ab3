#include "tasktext.h"

namespace lykta::app {

QString TaskText::headline(const domain::Task &task)
{
    if (task.kind != domain::Task::Kind::ConcernReport)
        return task.title;
    if (task.title.isEmpty())
        return tr("Orosanmälan");
    //: A task to report a concern to social services; %1 is the child and the conversation
    return tr("Orosanmälan: %1").arg(task.title);
}

QString TaskText::age(int days)
{
    if (days <= 0)
        return tr("Öppen sedan i dag");
    return tr("Öppen i %n dagar", nullptr, days);
}

int TaskText::ageInDays(const domain::Task &task, const QDate &today)
{
    return task.dueDate.isValid()
               ? static_cast<int>(std::max<qint64>(0, task.dueDate.daysTo(today)))
               : 0;
}

} // namespace lykta::app
