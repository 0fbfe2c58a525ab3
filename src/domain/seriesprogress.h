#pragma once

#include <QDate>

#include <optional>
#include <vector>

namespace lykta::domain {

// Where a series stands: which template steps have a conversation, which is next and when.
struct SeriesProgress
{
    std::vector<int> done; // step indexes with at least one conversation
    std::optional<int> next;
    QDate nextDue; // invalid when no step is next
    bool allRequiredDone = false;
};

} // namespace lykta::domain
