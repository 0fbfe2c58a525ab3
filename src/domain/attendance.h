#pragma once

#include <string>

namespace lykta::domain {

// Whether one member was present at one session.
struct Attendance
{
    std::string id;
    std::string sessionId;
    std::string memberId;
    bool present = false;
};

} // namespace lykta::domain
