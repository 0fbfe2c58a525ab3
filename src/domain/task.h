#pragma once

#include "concernrecord.h"

#include <QDate>
#include <QString>

#include <optional>
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
    // A follow-up's own words; for a concern, about whom, from the data when it was raised:
    // the child's first name, the model and the conversation's number ("Ella (BRA-samtal 2)").
    // The app puts what kind of task it is in front, in the reader's language.
    QString title;
    QDate dueDate; // a concern's: the conversation's date (a report is made at once)
    bool done = false;
    std::optional<ConcernRecord> concern; // a closed concern task's record
};

QString toKey(Task::Kind k);
Task::Kind taskKindFrom(const QString &key);

} // namespace lykta::domain
