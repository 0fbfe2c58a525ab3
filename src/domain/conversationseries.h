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
        Completed,
        Declined, // the child or family declined the offer
    };
    enum class Outcome
    {
        None,
        SupportGroup,
        OtherSupport,
        Declined,
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
};

QString toKey(ConversationSeries::Status s);
QString toKey(ConversationSeries::Outcome o);

} // namespace lykta::domain
