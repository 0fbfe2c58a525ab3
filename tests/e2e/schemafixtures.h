#pragma once

// The server's released schemas, for the upgrade test and the program that writes its fixtures
// (tests/data/server-schema): each schema version N is what the shipped migration files
// v1..vN of sync/server/sql/<backend> make, and a fixture holds the rows of a server's database
// narrowed to the tables and columns schema N has.

#include "testdatabase.h"

#include <QString>

#include <string>
#include <vector>

namespace lykta::test {

// The schema this build's server migrates to, and the folder of the committed fixtures.
inline constexpr int kCurrentServerSchema = 10;

// The shipped migration files of `backend`, in order (v1_initial.sql, …).
QStringList migrationFiles(Backend backend);

// Gives an empty database schema `version` as a server of that version left it: the shipped
// files v1..v<version>, and the version recorded where that server recorded it. False, with
// the reason on stderr, when a file is missing or fails.
bool createSchema(const TestDatabase &db, int version);

// The tables of schema `version` (in the order they were created) with their columns, read
// from `scratch`, an empty database given that schema.
struct TableColumns
{
    std::string table;
    std::vector<std::string> columns;
    bool seeded = false; // the migrations put rows in it (PostgreSQL's log_head)
};
std::vector<TableColumns> schemaTables(const TestDatabase &scratch);

// One INSERT per row of each table of `tables` in `db` (columns narrowed to those named; a
// seeded table emptied first), PostgreSQL's sequences set past the rows: SQL text that loads
// them into the schema `tables` was read from.
std::string dumpRows(const TestDatabase &db, const std::vector<TableColumns> &tables);

// tests/data/server-schema/<backend>-v<version>.sql.
QString fixturePath(Backend backend, int version);

} // namespace lykta::test
