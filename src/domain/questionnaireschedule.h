#pragma once

#include <QDate>
#include <QString>

#include <string>

namespace lykta::domain {

// When a follow-up questionnaire is due. The instrument's licensed content is entered by
// the customer; Lykta stores only its name and the scores.
struct QuestionnaireSchedule
{
    enum class Timepoint
    {
        Before,
        After,
        FollowUp6Months,
    };

    std::string id;
    std::string unitId;
    std::string subjectEntity; // child, group_member
    std::string subjectId;
    QString instrument; // SDQ, Livsstegen, KASAM, ...
    Timepoint timepoint = Timepoint::Before;
    QDate dueDate;
};

QString toKey(QuestionnaireSchedule::Timepoint t);

} // namespace lykta::domain
