#pragma once

#include "participants.h"

#include <QDate>
#include <QString>

#include <string>

namespace lykta::domain {

// One conversation in a series: when, where, with whom, what was said, and its flags.
struct Conversation
{
    enum class Status
    {
        Draft,
        Signed, // never changes again; corrections are amendments
    };
    struct Sections
    {
        QString wantsToKnow;      // what the child wants to know
        QString informationGiven; // information given
        QString childView;        // the child's own view, in its own words
        QString advice;
        QString supportAgreed;
        QString nextStep;
    };

    std::string id;
    std::string unitId;
    std::string seriesId;
    int step = 0; // index into the template's steps
    QDate date;
    int durationMin = 0;
    QString place;
    Participants participants = Participants::Parents;
    std::string staffId;
    QString kind;    // conversation kind for KVÅ mapping: parent, parent_and_child, child, ...
    QString kvaCode; // optional; must be in an imported code list
    Sections sections;
    bool childWordsPrivate = false; // "the child's own words — not for guardians"
    bool concernToReport = false;   // orosanmälan: creates a task for the staff member
    Status status = Status::Draft;
    std::string signedBy;
    QString signedAt;
};

} // namespace lykta::domain
