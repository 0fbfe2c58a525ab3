#pragma once

#include <QString>

#include <string>

namespace lykta::domain {

// One code of an imported KVÅ code list, mapped to a conversation kind. Codes are data:
// Lykta never ships or invents one.
struct KvaCode
{
    std::string id;
    QString listVersion;
    QString code;
    QString title;
    QString conversationKind;
};

} // namespace lykta::domain
