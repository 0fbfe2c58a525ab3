#pragma once

#include <QDate>
#include <QString>

#include <string>

namespace lykta::domain {

// A documentation note: a draft until signed; a signed note never changes.
struct Note
{
    enum class Status
    {
        Draft,
        Signed,
    };

    std::string id;
    std::string unitId;
    std::string subjectEntity; // group_session, group_member, child, family, ...
    std::string subjectId;
    QString kind;     // session, member, case
    QString caseKind; // a case note's contact: phone_call, home_visit, ... (CaseNoteService)
    std::string author;
    QDate eventDate;
    QString writtenAt;
    QString body;
    bool childWordsPrivate = false; // "the child's own words — not for guardians"
    Status status = Status::Draft;
    std::string signedBy;
    QString signedAt;
};

} // namespace lykta::domain
