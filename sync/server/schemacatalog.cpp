#include "schemacatalog.h"

#include "migrations_sql.h"
#include "sqlite.h"

#include <stdexcept>

namespace lykta::server {

SchemaCatalog SchemaCatalog::fromClientSchema()
{
    sqlite::Db db(":memory:");
    for (const std::string_view script : store::sql::kAll)
        db.exec(script);

    SchemaCatalog catalog;
    catalog.m_catalog = sqlitedb::Catalog::read(db.handle());
    if (catalog.entities().empty())
        throw std::runtime_error("client schema: no synced entities");
    for (const EntitySchema &entity : catalog.entities()) {
        if (!entity.field(kUnitField) || !entity.field(sync::kDeletedField))
            throw std::runtime_error("client schema: " + entity.name + " lacks unit_id/deleted");
    }
    const EntitySchema *cards = catalog.entity(kInfoCardEntity);
    if (!cards || !cards->field(kPublishedField) || !catalog.entity(kHelplineEntity))
        throw std::runtime_error("client schema: no info_card.published or helpline");
    return catalog;
}

} // namespace lykta::server
