#pragma once

#include "sync/sqlite/catalog.h"

#include <string_view>

namespace lykta::server {

using ColumnDef = sqlitedb::FieldDef;
using EntitySchema = sqlitedb::EntityDef;

// The entities and fields a delta may name, read from the client's own schema: the store's
// migrations are executed in an in-memory SQLite and read by the same sqlitedb::Catalog the
// tablet reads its file with. So the server and the app share one definition and cannot
// disagree about what a field is or how it merges.
class SchemaCatalog
{
public:
    // Throws std::runtime_error when the client's schema lacks a field the server's rules name.
    static SchemaCatalog fromClientSchema();

    const EntitySchema *entity(std::string_view name) const { return m_catalog.entity(name); }
    const std::vector<EntitySchema> &entities() const { return m_catalog.entities(); }

private:
    sqlitedb::Catalog m_catalog;
};

// Fields the server's rules name. Their presence in the schema is checked at start-up.
inline constexpr std::string_view kUnitField = "unit_id";
inline constexpr std::string_view kPublishedField = "published";
inline constexpr std::string_view kInfoCardEntity = "info_card";
inline constexpr std::string_view kHelplineEntity = "helpline";
inline constexpr std::string_view kKioskSettingsEntity = "kiosk_settings";
// A card a native speaker must still review (schema v19): no kiosk is sent it.
inline constexpr std::string_view kNeedsReviewField = "needs_review";

// The waiting-room kiosk's content (its cards, helplines and idle times): only a staff member with
// the content role may write it, and it is all a kiosk may pull.
inline bool isKioskContent(std::string_view entity)
{
    return entity == kInfoCardEntity || entity == kHelplineEntity || entity == kKioskSettingsEntity;
}

} // namespace lykta::server
