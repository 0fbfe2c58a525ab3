#include "schemafixtures.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>
#include <cstdio>

namespace lykta::test {

namespace {

bool postgres(const TestDatabase &db)
{
    return db.backend() == Backend::Postgresql;
}

std::string joined(const std::vector<std::string> &parts, const std::string &separator)
{
    std::string all;
    for (const auto &p : parts)
        all += (all.empty() ? "" : separator) + p;
    return all;
}

} // namespace

QStringList migrationFiles(Backend backend)
{
    const QDir dir(QStringLiteral(LYKTA_SOURCE_DIR "/sync/server/sql/") +
                   (backend == Backend::Postgresql ? "pg" : "sqlite"));
    QStringList files = dir.entryList({"v*.sql"}, QDir::Files);
    const auto number = [](const QString &name) {
        return QRegularExpression("^v(\\d+)_").match(name).captured(1).toInt();
    };
    std::sort(files.begin(), files.end(),
              [&](const QString &a, const QString &b) { return number(a) < number(b); });
    for (QString &f : files)
        f = dir.filePath(f);
    return files;
}

bool createSchema(const TestDatabase &db, int version)
{
    const QStringList files = migrationFiles(db.backend());
    if (version < 1 || version > files.size()) {
        std::fprintf(stderr, "no shipped migration makes schema %d\n", version);
        return false;
    }
    for (int v = 0; v < version; ++v) {
        QFile f(files[v]);
        if (!f.open(QIODevice::ReadOnly) || !db.exec(f.readAll().toStdString()))
            return false;
    }
    const std::string n = std::to_string(version);
    return postgres(db) ? db.exec("CREATE TABLE lykta_schema (version integer NOT NULL); "
                                  "INSERT INTO lykta_schema (version) VALUES (" +
                                  n + ");")
                        : db.exec("PRAGMA user_version = " + n + ";");
}

std::vector<TableColumns> schemaTables(const TestDatabase &scratch)
{
    const auto tables =
        postgres(scratch)
            ? scratch.texts("SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = "
                            "c.relnamespace WHERE n.nspname = 'public' AND c.relkind = 'r' AND "
                            "c.relname <> 'lykta_schema' ORDER BY c.oid")
            : scratch.texts("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT "
                            "LIKE 'sqlite_%' ORDER BY rowid");
    std::vector<TableColumns> all;
    for (const auto &table : tables) {
        all.push_back({table,
                       postgres(scratch)
                           ? scratch.texts("SELECT column_name FROM information_schema.columns "
                                           "WHERE table_schema = 'public' AND table_name = '" +
                                           table + "' ORDER BY ordinal_position")
                           : scratch.texts("SELECT name FROM pragma_table_info('" + table +
                                           "') ORDER BY cid"),
                       scratch.scalar("SELECT count(*) FROM " + table) > 0});
    }
    return all;
}

std::string dumpRows(const TestDatabase &db, const std::vector<TableColumns> &tables)
{
    const char *quote = postgres(db) ? "quote_nullable" : "quote";
    std::string sql;
    for (const auto &[table, columns, seeded] : tables) {
        if (seeded)
            sql += "DELETE FROM " + table + ";\n";
        std::vector<std::string> values;
        for (const auto &c : columns)
            values.push_back(std::string(quote) + "(" + c + ")");
        // PostgreSQL takes a value for an identity column only when told to.
        const bool identity =
            postgres(db) &&
            db.scalar("SELECT count(*) FROM information_schema.columns WHERE table_schema = "
                      "'public' AND table_name = '" +
                      table + "' AND is_identity = 'YES'") > 0;
        const std::string insert = "INSERT INTO " + table + " (" + joined(columns, ", ") + ")" +
                                   (identity ? " OVERRIDING SYSTEM VALUE" : "") + " VALUES (";
        for (const auto &row : db.texts("SELECT '" + insert + "' || " +
                                        joined(values, " || ', ' || ") + " || ');' FROM " + table))
            sql += row + "\n";
    }
    if (!postgres(db))
        return sql;
    // The identity and serial columns' sequences go on after the rows, as the server left them.
    for (const auto &[table, columns, seeded] : tables) {
        for (const auto &c : columns) {
            if (db.scalar("SELECT (pg_get_serial_sequence('" + table + "', '" + c +
                          "') IS NOT NULL)::int") == 1)
                sql += "SELECT setval(pg_get_serial_sequence('" + table + "', '" + c +
                       "'), (SELECT max(" + c + ") FROM " + table + "));\n";
        }
    }
    return sql;
}

QString fixturePath(Backend backend, int version)
{
    return QStringLiteral(LYKTA_SOURCE_DIR "/tests/data/server-schema/%1-v%2.sql")
        .arg(backend == Backend::Postgresql ? "pg" : "sqlite")
        .arg(version);
}

} // namespace lykta::test
