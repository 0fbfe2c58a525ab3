#pragma once

#include <QDate>

#include <string>

namespace lykta::domain {

// The score of one questionnaire taken at one scheduled time.
struct QuestionnaireScore
{
    std::string id;
    std::string scheduleId;
    double score = 0;
    QDate takenDate;
};

} // namespace lykta::domain
