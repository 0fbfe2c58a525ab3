#pragma once

#include "database.h"

#include <map>
#include <string>
#include <vector>

namespace lykta::store {

enum class FieldType
{
    Integer,
    Real,
    Text,
    LongText, // free text: concurrent edits are kept as conflict copies, never dropped
    Blob,
};

struct FieldDef
{
    std::string name;
    FieldType type = FieldType::Text;
    int column = 0; // index in Entity::fields, which follows the table's column order
};

// An entity type and its synced fields, read from the schema itself (every table that has
// `id` and `_clock`) so the migrations are the one place a field is declared.
struct EntityDef
{
    std::string name; // = table name
    std::vector<FieldDef> fields;

    // Statements derived from the columns, built once when the catalog is read.
    std::string selectSql; // SELECT <fields>, _clock FROM <table> WHERE id = ?1
    std::string insertSql; // INSERT INTO <table>(<fields>, _clock, id) VALUES (...)
    std::string updateSql; // UPDATE <table> SET <fields>, _clock WHERE id = ?N

    const FieldDef *field(std::string_view fieldName) const;
    bool hasField(std::string_view fieldName) const { return field(fieldName) != nullptr; }
};

class Catalog
{
public:
    static Catalog read(Database &db);

    const EntityDef *entity(std::string_view entityName) const;
    const std::vector<EntityDef> &entities() const { return m_entities; }

private:
    std::vector<EntityDef> m_entities;
};

bool accepts(FieldType type, const sync::Value &value);

} // namespace lykta::store
