#pragma once

#include <QString>

#include <string>

namespace lykta::domain {

// A correction of a signed note or conversation. The original stays as it was, readable.
struct Amendment
{
    std::string id;
    std::string unitId;
    std::string targetEntity; // note or conversation
    std::string targetId;
    std::string author;
    QString writtenAt;
    QString reason;
    QString body;
};

} // namespace lykta::domain
