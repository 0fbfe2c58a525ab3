#include "unitconcernmodel.h"

#include "errortext.h"
#include "taskservice.h"
#include "tasktext.h"
#include "unitservice.h"

#include <QLocale>

namespace lykta::app {

void UnitConcernModel::reload()
{
    m_rows.clear();
    auto open = domain::TaskService(workspace()->store()).openConcernsOfUnit(workspace()->actor());
    const bool permitted = open || open.error().code != domain::DomainErrc::NotPermitted;
    if (permitted != m_permitted) {
        m_permitted = permitted;
        emit permittedChanged();
    }
    if (!open) {
        setErrorText(permitted ? ui::ErrorText::forDomain(open.error())
                               : tr("Bara chefer ser enhetens öppna orosanmälningar."));
        return;
    }
    setErrorText({});
    const domain::UnitService units(workspace()->store());
    const QDate today = QDate::currentDate();
    for (auto &task : *open) {
        UnitConcernRow row;
        if (auto staff = units.staff(task.assignee))
            row.assigneeName = staff->name;
        row.ageDays = TaskText::ageInDays(task, today);
        row.task = std::move(task);
        m_rows.push_back(std::move(row));
    }
}

QVariant UnitConcernModel::roleData(const UnitConcernRow &row, int role) const
{
    switch (role) {
    case IdRole:
        return QString::fromStdString(row.task.id);
    case HeadlineRole:
        return TaskText::headline(row.task);
    case DetailRole: {
        const QString day = row.task.dueDate.isValid()
                                ? QLocale().toString(row.task.dueDate, QLocale::ShortFormat)
                                : QString();
        //: %1 is the staff member the task is for, %2 the date of the conversation
        return day.isEmpty() ? row.assigneeName : tr("%1 · samtal %2").arg(row.assigneeName, day);
    }
    case AgeDaysRole:
        return row.ageDays;
    case AgeRole:
        return TaskText::age(row.ageDays);
    default:
        return {};
    }
}

QHash<int, QByteArray> UnitConcernModel::roleNames() const
{
    return {{IdRole, "taskId"},
            {HeadlineRole, "headline"},
            {DetailRole, "subline"},
            {AgeDaysRole, "ageDays"},
            {AgeRole, "age"}};
}

} // namespace lykta::app
