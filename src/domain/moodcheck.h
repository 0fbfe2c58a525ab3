#pragma once

#include <optional>
#include <string>

namespace lykta::domain {

// A member's mood at the start and end of a session, 1 (low) to 5 (high).
struct MoodCheck
{
    static constexpr int kMin = 1;
    static constexpr int kMax = 5;

    std::string id;
    std::string sessionId;
    std::string memberId;
    int startMood = 0;
    std::optional<int> endMood;
};

} // namespace lykta::domain
