// lykta-fieldgen: a build tool. Runs the tablet's migrations (sync/schema/sql) on an in-memory
// database, reads the synced entities from it as the store does (sync/sqlite/catalog.h) and
// writes store/fields.h: a namespace per entity with a store::Field per column. Code that
// names a field through it stops building when a migration renames or drops the column.
#include "migrations_sql.h"
#include "sync/sqlite/catalog.h"

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>

namespace {

using lykta::sqlitedb::FieldType;

const char *typeName(FieldType type)
{
    switch (type) {
    case FieldType::Integer:
        return "Integer";
    case FieldType::Real:
        return "Real";
    case FieldType::Text:
        return "Text";
    case FieldType::LongText:
        return "LongText";
    case FieldType::Blob:
        return "Blob";
    }
    return "Text";
}

// A column named like a C++ keyword gets a trailing underscore.
std::string identifier(const std::string &column)
{
    static constexpr std::array kKeywords = {
        "alignas", "alignof",   "and",    "asm",      "auto",     "bool",     "break",    "case",
        "catch",   "char",      "class",  "concept",  "const",    "continue", "default",  "delete",
        "do",      "double",    "else",   "enum",     "explicit", "export",   "extern",   "false",
        "float",   "for",       "friend", "goto",     "if",       "inline",   "int",      "long",
        "mutable", "namespace", "new",    "noexcept", "not",      "nullptr",  "operator", "or",
        "private", "protected", "public", "register", "requires", "return",   "short",    "signed",
        "sizeof",  "static",    "struct", "switch",   "template", "this",     "throw",    "true",
        "try",     "typedef",   "typeid", "typename", "union",    "unsigned", "using",    "virtual",
        "void",    "volatile",  "while",  "xor"};
    const bool keyword = std::find(kKeywords.begin(), kKeywords.end(), column) != kKeywords.end();
    return keyword ? column + "_" : column;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 2) {
        std::fputs("usage: lykta-fieldgen OUTPUT (a build step; see src/store/CMakeLists.txt)\n",
                   stderr);
        return 2;
    }
    sqlite3 *db = nullptr;
    if (sqlite3_open(":memory:", &db) != SQLITE_OK)
        return 1;
    for (const std::string_view script : lykta::store::sql::kAll) {
        char *error = nullptr;
        if (sqlite3_exec(db, std::string(script).c_str(), nullptr, nullptr, &error) != SQLITE_OK) {
            std::fprintf(stderr, "lykta-fieldgen: a migration failed: %s\n", error);
            sqlite3_free(error);
            return 1;
        }
    }
    const auto catalog = lykta::sqlitedb::Catalog::read(db);
    sqlite3_close(db);
    if (catalog.entities().empty()) {
        std::fputs("lykta-fieldgen: the migrations make no synced entity\n", stderr);
        return 1;
    }

    std::ostringstream out;
    out << "#pragma once\n"
           "// Generated at build time by lykta-fieldgen (src/store/fieldgen.cpp) from the "
           "tablet's\n// migrations in sync/schema/sql. Do not edit: change a migration.\n"
           "#include \"store/field.h\"\n\n"
           "namespace lykta::store::fields {\n";
    for (const auto &entity : catalog.entities()) {
        out << "\nnamespace " << identifier(entity.name) << " {\n"
            << "inline constexpr std::string_view kEntity = \"" << entity.name << "\";\n";
        for (const auto &field : entity.fields)
            out << "inline constexpr Field " << identifier(field.name) << "{kEntity, \""
                << field.name << "\", FieldType::" << typeName(field.type) << "};\n";
        out << "} // namespace " << identifier(entity.name) << "\n";
    }
    // The fields every entity has, for code that handles records of any entity.
    out << "\n// Every entity's fields, for code that handles records of any entity.\nnamespace "
           "any {\n";
    for (const auto &field : catalog.entities().front().fields) {
        const bool everywhere =
            std::all_of(catalog.entities().begin(), catalog.entities().end(), [&](const auto &e) {
                const auto *other = e.field(field.name);
                return other && other->type == field.type;
            });
        if (everywhere)
            out << "inline constexpr Field " << identifier(field.name) << "{{}, \"" << field.name
                << "\", FieldType::" << typeName(field.type) << "};\n";
    }
    out << "} // namespace any\n";
    out << "\n// Every entity's every field, in the migrations' order.\ninline constexpr Field "
           "kAll[] = {\n";
    for (const auto &entity : catalog.entities())
        for (const auto &field : entity.fields)
            out << "    " << identifier(entity.name) << "::" << identifier(field.name) << ",\n";
    out << "};\n";
    out << "\n} // namespace lykta::store::fields\n";

    // Rewritten only when it changed, so a migration that adds no column rebuilds nothing.
    const std::string text = out.str();
    {
        std::ifstream current(argv[1], std::ios::binary);
        std::stringstream old;
        old << current.rdbuf();
        if (current && old.str() == text)
            return 0;
    }
    std::ofstream file(argv[1], std::ios::binary | std::ios::trunc);
    file << text;
    return file.flush() ? 0 : 1;
}
