#pragma once

#include "participants.h"

#include <QString>

#include <string>
#include <vector>

namespace lykta::domain {

// A conversation model as data an organisation can edit: its steps in order, who takes part
// and when each step is due. Lykta ships step names only, never a model's guide texts.
struct ConversationTemplate
{
    struct Step
    {
        QString name;
        Participants participants = Participants::Parents;
        int followUpDays = 0; // due this many days after the previous step
        bool optional = false;
    };

    std::string id;
    QString name;
    QString kind; // bra, fbt, beardslee, or an organisation's own
    int minAge = 0;
    int maxAge = 18;
    std::vector<Step> steps;
    int version = 1; // counts the template's edits; a series keeps the one it started from
};

} // namespace lykta::domain
