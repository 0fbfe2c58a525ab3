#pragma once

#include "sync/core/merge.h"
#include "sync/core/value.h"

#include <string>
#include <string_view>
#include <vector>

namespace lykta::server {

enum class ColumnType : std::uint8_t
{
    Integer,
    Real,
    Text,
    LongText,
    Blob,
};

struct ColumnDef
{
    std::string name;
    ColumnType type = ColumnType::Text;
    sync::FieldKind kind() const
    {
        return type == ColumnType::LongText ? sync::FieldKind::LongText : sync::FieldKind::Plain;
    }
    bool accepts(const sync::Value &value) const;
};

struct EntitySchema
{
    std::string name;
    std::vector<ColumnDef> fields; // every synced column but `id` and `_clock`
    const ColumnDef *field(std::string_view fieldName) const;
};

// The entities and fields a delta may name, read from the client's own schema: the store's
// migrations are executed in an in-memory SQLite and every table with `id` and `_clock` is an
// entity, exactly as lykta::store::Catalog reads it on the tablet. So the server and the app
// share one definition and cannot disagree about what a field is or how it merges.
class SchemaCatalog
{
public:
    static SchemaCatalog fromClientSchema();

    const EntitySchema *entity(std::string_view name) const;
    const std::vector<EntitySchema> &entities() const { return m_entities; }

private:
    std::vector<EntitySchema> m_entities;
};

// Fields the server's rules name. Their presence in the schema is checked at start-up.
inline constexpr std::string_view kUnitField = "unit_id";
inline constexpr std::string_view kPublishedField = "published";
inline constexpr std::string_view kInfoCardEntity = "info_card";
inline constexpr std::string_view kHelplineEntity = "helpline";

// The waiting-room kiosk's content: only a staff member with the content role may write it,
// and it is all a kiosk may pull.
inline bool isKioskContent(std::string_view entity)
{
    return entity == kInfoCardEntity || entity == kHelplineEntity;
}

} // namespace lykta::server
