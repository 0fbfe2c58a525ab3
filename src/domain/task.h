#pragma once

#include <QDate>
#include <QString>

#include <string>

namespace lykta::domain {

// Something a staff member must do, e.g. file a concern report (orosanmälan).
struct Task
{
    enum class Kind
    {
        ConcernReport,
        FollowUp,
    };

    std::string id;
    std::string unitId;
    std::string assignee;
    Kind kind = Kind::FollowUp;
    std::string subjectEntity;
    std::string subjectId;
    QString title;
    QDate dueDate;
    bool done = false;
};

QString toKey(Task::Kind k);

} // namespace lykta::domain
