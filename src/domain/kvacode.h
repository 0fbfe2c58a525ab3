#pragma once

#include <QString>

#include <string>
#include <vector>

namespace lykta::domain {

// One code of an imported KVÅ code list, mapped to a conversation kind (a template's kind:
// bra, fbt, ...; empty while unmapped). Codes are data: Lykta never ships or invents one.
struct KvaCode
{
    std::string id;
    QString listVersion;
    QString code;
    QString title;
    QString conversationKind;
    bool retired = false; // missing from a later import of its list: kept, no longer offered
};

// What importing a file would do to its list version, computed without writing anything.
struct KvaImportPreview
{
    std::vector<KvaCode> added;   // codes new to the list version
    std::vector<KvaCode> changed; // codes whose title or kind changes, or that come back
    std::vector<KvaCode> retired; // codes of the list version the file no longer has
    std::size_t unchanged = 0;
};

} // namespace lykta::domain
