#include "testdatabase.h"

#include <QCoreApplication>
#include <QFile>
#include <QRandomGenerator>

#include <libpq-fe.h>
#include <sqlite3.h>

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <stdexcept>

namespace lykta::test {

namespace {

constexpr int kSkipped = 77; // ctest: SKIP_RETURN_CODE

struct PgConn
{
    explicit PgConn(const std::string &url) : conn(PQconnectdb(url.c_str()))
    {
        if (PQstatus(conn) != CONNECTION_OK)
            throw std::runtime_error(std::string("PostgreSQL: ") + PQerrorMessage(conn));
        PQsetNoticeProcessor(
            conn, [](void *, const char *) {}, nullptr);
    }
    ~PgConn() { PQfinish(conn); }
    PgConn(const PgConn &) = delete;
    PgConn &operator=(const PgConn &) = delete;

    // Runs `sql`; returns its rows' first column, one string per row.
    std::vector<std::string> run(const std::string &sql) const
    {
        std::unique_ptr<PGresult, decltype(&PQclear)> r(PQexec(conn, sql.c_str()), &PQclear);
        const auto status = PQresultStatus(r.get());
        if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
            throw std::runtime_error(sql + ": " + PQresultErrorMessage(r.get()));
        std::vector<std::string> out;
        for (int i = 0; i < PQntuples(r.get()); ++i)
            out.emplace_back(PQgetvalue(r.get(), i, 0), PQgetlength(r.get(), i, 0));
        return out;
    }

    PGconn *conn;
};

// postgresql://user@host:port[/db][?options] with `name` as the database (options kept).
std::string withDatabase(const std::string &url, const std::string &name)
{
    const auto scheme = url.find("://");
    const auto hostStart = scheme == std::string::npos ? 0 : scheme + 3;
    const auto query = url.find('?', hostStart);
    const std::string options = query == std::string::npos ? std::string() : url.substr(query);
    const std::string base = url.substr(0, query);
    const auto slash = base.find('/', hostStart);
    return (slash == std::string::npos ? base : base.substr(0, slash)) + "/" + name + options;
}

} // namespace

Backend testBackend()
{
    return qgetenv("LYKTA_TEST_DB") == "postgresql" ? Backend::Postgresql : Backend::Sqlite;
}

const char *toString(Backend backend)
{
    return backend == Backend::Postgresql ? "postgresql" : "sqlite";
}

TestDatabase::TestDatabase(const QString &dir, Backend backend) : m_backend(backend), m_dir(dir)
{
    if (m_backend == Backend::Sqlite) {
        m_spec = "sqlite:" + dir + "/server.db";
        return;
    }
    m_adminUrl = qEnvironmentVariable("LYKTA_TEST_POSTGRES").toStdString();
    if (m_adminUrl.empty()) {
        std::fprintf(stderr, "LYKTA_TEST_DB=postgresql but LYKTA_TEST_POSTGRES names no cluster "
                             "(scripts/test starts one; or scripts/pg-cluster start DIR): "
                             "skipped\n");
        std::exit(kSkipped);
    }
    m_name = "lykta_test_" + std::to_string(QCoreApplication::applicationPid()) + "_" +
             std::to_string(QRandomGenerator::global()->generate());
    PgConn(m_adminUrl).run("CREATE DATABASE " + m_name);
    m_spec = QString::fromStdString(withDatabase(m_adminUrl, m_name));
}

TestDatabase::~TestDatabase()
{
    if (m_backend != Backend::Postgresql || m_name.empty() ||
        !qEnvironmentVariableIsEmpty("LYKTA_KEEP_TEST_DIRS"))
        return;
    try {
        PgConn(m_adminUrl).run("DROP DATABASE IF EXISTS " + m_name + " WITH (FORCE)");
    } catch (const std::exception &e) {
        std::fprintf(stderr, "%s\n", e.what());
    }
}

bool TestDatabase::remove() const
{
    if (m_backend == Backend::Sqlite) {
        bool removed = true;
        for (const char *suffix : {"", "-wal", "-shm"}) {
            QFile f(m_dir + "/server.db" + suffix);
            removed = (!f.exists() || f.remove()) && removed;
        }
        return removed;
    }
    try {
        PgConn(m_adminUrl).run("DROP DATABASE " + m_name + " WITH (FORCE)");
        return true;
    } catch (const std::exception &e) {
        std::fprintf(stderr, "%s\n", e.what());
        return false;
    }
}

QByteArray TestDatabase::rawContents() const
{
    QByteArray all;
    if (m_backend == Backend::Sqlite) {
        for (const char *suffix : {"", "-wal", "-shm"}) {
            QFile f(m_dir + "/server.db" + suffix);
            if (f.open(QIODevice::ReadOnly))
                all += f.readAll();
        }
        return all;
    }
    const PgConn db(m_spec.toStdString());
    const auto tables = db.run("SELECT quote_ident(table_name) FROM information_schema.tables "
                               "WHERE table_schema = 'public'");
    for (const auto &table : tables) {
        // A row as text shows bytea as hex; add each bytea column decoded as well.
        for (const auto &row : db.run("SELECT t::text FROM " + table + " t"))
            all += QByteArray::fromStdString(row) + '\n';
        const auto byteas =
            db.run("SELECT quote_ident(column_name) FROM information_schema.columns WHERE "
                   "table_schema = 'public' AND data_type = 'bytea' AND table_name = '" +
                   table + "'");
        for (const auto &column : byteas)
            for (const auto &value : db.run("SELECT encode(" + column + ", 'escape') FROM " +
                                            table + " WHERE " + column + " IS NOT NULL"))
                all += QByteArray::fromStdString(value) + '\n';
    }
    return all;
}

long long TestDatabase::scalar(const std::string &sql) const
{
    if (m_backend == Backend::Postgresql) {
        const auto rows = PgConn(m_spec.toStdString()).run(sql);
        return rows.empty() ? 0 : std::atoll(rows[0].c_str());
    }
    sqlite3 *db = nullptr;
    long long value = 0;
    if (sqlite3_open_v2((m_dir + "/server.db").toUtf8().constData(), &db, SQLITE_OPEN_READONLY,
                        nullptr) == SQLITE_OK) {
        sqlite3_stmt *st = nullptr;
        if (sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr) == SQLITE_OK &&
            sqlite3_step(st) == SQLITE_ROW)
            value = sqlite3_column_int64(st, 0);
        sqlite3_finalize(st);
    }
    sqlite3_close(db);
    return value;
}

std::vector<std::string> TestDatabase::texts(const std::string &sql) const
{
    if (m_backend == Backend::Postgresql) {
        try {
            return PgConn(m_spec.toStdString()).run(sql);
        } catch (const std::exception &e) {
            std::fprintf(stderr, "%s\n", e.what());
            return {};
        }
    }
    std::vector<std::string> rows;
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2((m_dir + "/server.db").toUtf8().constData(), &db, SQLITE_OPEN_READONLY,
                        nullptr) == SQLITE_OK) {
        sqlite3_stmt *st = nullptr;
        if (sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr) == SQLITE_OK) {
            while (sqlite3_step(st) == SQLITE_ROW) {
                const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(st, 0));
                rows.emplace_back(text ? text : "");
            }
        } else {
            std::fprintf(stderr, "%s: %s\n", sql.c_str(), sqlite3_errmsg(db));
        }
        sqlite3_finalize(st);
    }
    sqlite3_close(db);
    return rows;
}

bool TestDatabase::exec(const std::string &sql) const
{
    if (m_backend == Backend::Postgresql) {
        try {
            PgConn(m_spec.toStdString()).run(sql);
            return true;
        } catch (const std::exception &e) {
            std::fprintf(stderr, "%s\n", e.what());
            return false;
        }
    }
    sqlite3 *db = nullptr;
    char *error = nullptr;
    bool ok = sqlite3_open((m_dir + "/server.db").toUtf8().constData(), &db) == SQLITE_OK &&
              sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &error) == SQLITE_OK;
    if (!ok)
        std::fprintf(stderr, "%s: %s\n", sql.c_str(), error ? error : sqlite3_errmsg(db));
    sqlite3_free(error);
    sqlite3_close(db);
    return ok;
}

std::string undoToSchema8(Backend backend)
{
    const std::string schema10 = "DROP TABLE compaction; DROP TABLE compacted_counter; ALTER "
                                 "TABLE device DROP COLUMN pull_cursor; ";
    if (backend == Backend::Postgresql)
        return schema10 +
               "ALTER TABLE staff DROP COLUMN deactivated_ms; ALTER TABLE device DROP COLUMN "
               "last_seen_ms, DROP COLUMN app_version, DROP COLUMN erase_ordered_ms, DROP COLUMN "
               "erased_ms; DROP TABLE server_epoch; ";
    return schema10 +
           "ALTER TABLE staff DROP COLUMN deactivated_ms; ALTER TABLE device DROP COLUMN "
           "last_seen_ms; ALTER TABLE device DROP COLUMN app_version; ALTER TABLE device DROP "
           "COLUMN erase_ordered_ms; ALTER TABLE device DROP COLUMN erased_ms; DROP TABLE "
           "server_epoch; ";
}

} // namespace lykta::test
