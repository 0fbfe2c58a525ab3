#pragma once

#include <QDate>
#include <QString>

#include <string>

namespace lykta::domain {

// One child's series of conversations following a template.
struct ConversationSeries
{
    enum class Status
    {
        Active,
        Completed, // carried out (possibly with a referral onwards)
        Declined,  // the child or family declined the offer
        Ended,     // ended early: the family moved, or another reason
    };
    enum class Outcome
    {
        None, // closed without a referral onwards (or still active)
        SupportGroup,
        OtherSupport,
        Declined,
        Moved,
        Other, // ended for another reason, said in outcomeText
    };

    std::string id;
    std::string unitId;
    std::string childId;
    std::string familyId;
    std::string templateId;
    QDate started;
    Status status = Status::Active;
    Outcome outcome = Outcome::None;
    std::string staffId;
    int declinedStep = -1;       // the step at which the offer was declined; -1 when not
    std::string referralGroupId; // Outcome::SupportGroup
    QString outcomeText;         // what the other support or the other reason was
    QDate closed;                // invalid while active
    std::string closedBy;        // who closed it; empty while active and before schema v16
    QString reopenReason;        // why it was last reopened; empty if never
    std::string reopenedBy;
    QDate reopened;
};

// How a person closes a series: the outcome (None = carried out, no referral onwards) and
// what belongs to it. The status follows from the outcome (statusFor).
struct SeriesClosing
{
    ConversationSeries::Outcome outcome = ConversationSeries::Outcome::None;
    QDate date;
    int declinedStep = -1;
    std::string groupId; // SupportGroup
    QString text;        // OtherSupport, Other (required); Moved (optional)
};

QString toKey(ConversationSeries::Status s);
QString toKey(ConversationSeries::Outcome o);
ConversationSeries::Status seriesStatusFromKey(const QString &s);
ConversationSeries::Outcome seriesOutcomeFromKey(const QString &s);
ConversationSeries::Status statusFor(ConversationSeries::Outcome o);

} // namespace lykta::domain
