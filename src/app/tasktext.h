#pragma once

#include "task.h"

#include <QCoreApplication>
#include <QString>

namespace lykta::app {

// A task in words: what it is and about whom ("Orosanmälan: Ella (BRA-samtal 2)"), and how
// long a concern has waited. The kind is Lykta's word, so it follows the reader's language;
// the rest is the data the task was raised with.
class TaskText
{
    Q_DECLARE_TR_FUNCTIONS(TaskText)

public:
    static QString headline(const domain::Task &task);
    // "Öppen sedan i dag", "Öppen i 3 dagar".
    static QString age(int days);
    // Days from the task's due date (a concern's conversation) to `today`; 0 when undated.
    static int ageInDays(const domain::Task &task, const QDate &today);
};

} // namespace lykta::app
