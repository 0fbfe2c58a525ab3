#pragma once

#include <QString>

#include <string>

namespace lykta::domain {

// An organisational unit (enhet): the scope that data belongs to and syncs by.
struct Unit
{
    std::string id;
    QString name;
    QString organisation;
    bool usesKva = false; // health care counts conversations with KVÅ codes; social services rarely
};

} // namespace lykta::domain
