#include "catalog.h"

#include "statement.h"

#include <algorithm>

namespace lykta::sqlitedb {

namespace {

FieldType typeFromDeclared(std::string_view declared)
{
    if (declared == "LONGTEXT")
        return FieldType::LongText;
    if (declared == "INTEGER")
        return FieldType::Integer;
    if (declared == "REAL")
        return FieldType::Real;
    if (declared == "BLOB")
        return FieldType::Blob;
    return FieldType::Text;
}

} // namespace

const FieldDef *EntityDef::field(std::string_view fieldName) const
{
    auto it = std::find_if(fields.begin(), fields.end(),
                           [&](const FieldDef &f) { return f.name == fieldName; });
    return it == fields.end() ? nullptr : &*it;
}

Catalog Catalog::read(sqlite3 *db)
{
    Catalog catalog;
    Statement tables(db, "SELECT name FROM sqlite_schema WHERE type = 'table' AND name IN "
                         "(SELECT m.name FROM sqlite_schema m, pragma_table_info(m.name) c "
                         " WHERE c.name = '_clock') ORDER BY name");
    while (tables.step() == SQLITE_ROW) {
        EntityDef def;
        def.name = std::string(tables.text(0));
        Statement info(db, "SELECT name, type FROM pragma_table_info(?)");
        info.bind(1, def.name);
        while (info.step() == SQLITE_ROW) {
            const std::string name(info.text(0));
            if (name == "id" || name == "_clock")
                continue;
            def.fields.push_back(
                {name, typeFromDeclared(info.text(1)), static_cast<int>(def.fields.size())});
        }
        std::string columns, placeholders, assignments;
        for (const auto &f : def.fields) {
            const std::string n = std::to_string(f.column + 1);
            columns += f.name + ", ";
            placeholders += "?" + n + ", ";
            assignments += f.name + " = ?" + n + ", ";
        }
        const std::string clockN = std::to_string(def.fields.size() + 1);
        const std::string idN = std::to_string(def.fields.size() + 2);
        def.selectSql = "SELECT " + columns + "_clock FROM " + def.name + " WHERE id = ?1";
        def.insertSql = "INSERT INTO " + def.name + "(" + columns + "_clock, id) VALUES (" +
                        placeholders + "?" + clockN + ", ?" + idN + ")";
        def.updateSql = "UPDATE " + def.name + " SET " + assignments + "_clock = ?" + clockN +
                        " WHERE id = ?" + idN;
        catalog.m_entities.push_back(std::move(def));
    }
    return catalog;
}

const EntityDef *Catalog::entity(std::string_view entityName) const
{
    auto it = std::find_if(m_entities.begin(), m_entities.end(),
                           [&](const EntityDef &e) { return e.name == entityName; });
    return it == m_entities.end() ? nullptr : &*it;
}

bool accepts(FieldType type, const sync::Value &value)
{
    if (sync::isNull(value))
        return true;
    switch (type) {
    case FieldType::Integer:
        return std::holds_alternative<std::int64_t>(value);
    case FieldType::Real:
        return std::holds_alternative<double>(value) || std::holds_alternative<std::int64_t>(value);
    case FieldType::Text:
    case FieldType::LongText:
        return std::holds_alternative<std::string>(value);
    case FieldType::Blob:
        return std::holds_alternative<sync::Blob>(value);
    }
    return false;
}

} // namespace lykta::sqlitedb
