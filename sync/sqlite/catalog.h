#pragma once

#include "sync/core/merge.h"
#include "sync/core/value.h"

#include <string>
#include <string_view>
#include <vector>

struct sqlite3;

namespace lykta::sqlitedb {

enum class FieldType : std::uint8_t
{
    Integer,
    Real,
    Text,
    LongText, // free text: concurrent edits are kept as conflict copies, never dropped
    Blob,
};

// Whether a value may be stored in a field of this type (NULL always may).
bool accepts(FieldType type, const sync::Value &value);

struct FieldDef
{
    std::string name;
    FieldType type = FieldType::Text;
    int column = 0; // index in EntityDef::fields, which follows the table's column order

    sync::FieldKind kind() const
    {
        return type == FieldType::LongText ? sync::FieldKind::LongText : sync::FieldKind::Plain;
    }
    bool accepts(const sync::Value &value) const { return sqlitedb::accepts(type, value); }
};

// An entity type and its synced fields, read from the schema itself (every table that has
// `id` and `_clock`) so the migrations are the one place a field is declared.
struct EntityDef
{
    std::string name;             // = table name
    std::vector<FieldDef> fields; // every column but `id` and `_clock`

    // Statements derived from the columns, built once when the catalog is read.
    std::string selectSql; // SELECT <fields>, _clock FROM <table> WHERE id = ?1
    std::string insertSql; // INSERT INTO <table>(<fields>, _clock, id) VALUES (...)
    std::string updateSql; // UPDATE <table> SET <fields>, _clock WHERE id = ?N

    const FieldDef *field(std::string_view fieldName) const;
    bool hasField(std::string_view fieldName) const { return field(fieldName) != nullptr; }
};

// The synced entities of an open database, as its migrations made them. The tablet reads its
// own file; the server reads the tablet's migrations run in memory, so the two cannot disagree
// about what a field is or how it merges.
class Catalog
{
public:
    static Catalog read(sqlite3 *db);

    const EntityDef *entity(std::string_view entityName) const;
    const std::vector<EntityDef> &entities() const { return m_entities; }

private:
    std::vector<EntityDef> m_entities;
};

} // namespace lykta::sqlitedb
