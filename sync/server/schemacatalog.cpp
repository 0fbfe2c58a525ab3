#include "schemacatalog.h"

#include "migrations_sql.h"
#include "sqlite.h"

#include <algorithm>
#include <stdexcept>

namespace lykta::server {

namespace {

ColumnType typeFromDeclared(std::string_view declared)
{
    if (declared == "LONGTEXT")
        return ColumnType::LongText;
    if (declared == "INTEGER")
        return ColumnType::Integer;
    if (declared == "REAL")
        return ColumnType::Real;
    if (declared == "BLOB")
        return ColumnType::Blob;
    return ColumnType::Text;
}

} // namespace

bool ColumnDef::accepts(const sync::Value &value) const
{
    if (sync::isNull(value))
        return true;
    switch (type) {
    case ColumnType::Integer:
        return std::holds_alternative<std::int64_t>(value);
    case ColumnType::Real:
        return std::holds_alternative<double>(value) || std::holds_alternative<std::int64_t>(value);
    case ColumnType::Text:
    case ColumnType::LongText:
        return std::holds_alternative<std::string>(value);
    case ColumnType::Blob:
        return std::holds_alternative<sync::Blob>(value);
    }
    return false;
}

const ColumnDef *EntitySchema::field(std::string_view fieldName) const
{
    auto it = std::find_if(fields.begin(), fields.end(),
                           [&](const ColumnDef &f) { return f.name == fieldName; });
    return it == fields.end() ? nullptr : &*it;
}

SchemaCatalog SchemaCatalog::fromClientSchema()
{
    sqlite::Db db(":memory:");
    for (const std::string_view script : store::sql::kAll)
        db.exec(script);

    SchemaCatalog catalog;
    sqlite::Stmt tables(db.handle(),
                        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name IN "
                        "(SELECT m.name FROM sqlite_schema m, pragma_table_info(m.name) c "
                        " WHERE c.name = '_clock') ORDER BY name");
    while (tables.step()) {
        EntitySchema entity{tables.text(0), {}};
        sqlite::Stmt info(db.handle(), "SELECT name, type FROM pragma_table_info(?)");
        info.bind(1, std::string_view(entity.name));
        while (info.step()) {
            std::string name = info.text(0);
            if (name == "id" || name == "_clock")
                continue;
            entity.fields.push_back({std::move(name), typeFromDeclared(info.text(1))});
        }
        if (!entity.field(kUnitField) || !entity.field(sync::kDeletedField))
            throw std::runtime_error("client schema: " + entity.name + " lacks unit_id/deleted");
        catalog.m_entities.push_back(std::move(entity));
    }
    const EntitySchema *cards = catalog.entity(kInfoCardEntity);
    if (!cards || !cards->field(kPublishedField) || !catalog.entity(kHelplineEntity))
        throw std::runtime_error("client schema: no info_card.published or helpline");
    return catalog;
}

const EntitySchema *SchemaCatalog::entity(std::string_view name) const
{
    auto it = std::find_if(m_entities.begin(), m_entities.end(),
                           [&](const EntitySchema &e) { return e.name == name; });
    return it == m_entities.end() ? nullptr : &*it;
}

} // namespace lykta::server
