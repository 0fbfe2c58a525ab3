#pragma once

// The database an end-to-end test's lykta-server runs on. Every server test runs on both
// backends: plainly on an SQLite file, and with LYKTA_TEST_DB=postgresql on a fresh database
// in the PostgreSQL cluster that LYKTA_TEST_POSTGRES names (scripts/pg-cluster starts one;
// scripts/test and .ci/run do it for you). ctest registers each test once per backend.

#include <QByteArray>
#include <QString>

#include <string>
#include <vector>

namespace lykta::test {

enum class Backend
{
    Sqlite,
    Postgresql,
};

// LYKTA_TEST_DB: "postgresql" or unset/"sqlite".
Backend testBackend();

// SQL that undoes schemas 10 and 9 (v10_compaction.sql: the compaction tables and
// device.pull_cursor; v9_tablets.sql: staff.deactivated_ms, the device's last contact, release and
// erase columns, the server's epoch), for the tests that take a database back to an older schema
// by hand; the version is theirs to set.
std::string undoToSchema8(Backend backend);
const char *toString(Backend backend);

// A fresh, empty database for one test: `dir`/server.db, or a new PostgreSQL database that is
// dropped when this goes. With LYKTA_TEST_DB=postgresql and no cluster named, the test exits
// with 77, which ctest reports as skipped (never as passed).
class TestDatabase
{
public:
    explicit TestDatabase(const QString &dir, Backend backend = testBackend());
    ~TestDatabase();
    TestDatabase(const TestDatabase &) = delete;
    TestDatabase &operator=(const TestDatabase &) = delete;

    Backend backend() const { return m_backend; }
    // What `lykta-server --db` takes.
    QString spec() const { return m_spec; }
    // Everything the database holds, for scans such as "no plaintext token": the SQLite file with
    // its -wal and -shm, or every row of every table of the PostgreSQL database as text.
    QByteArray rawContents() const;
    // One number from SQL, e.g. "SELECT count(*) FROM log" (both backends share these names).
    long long scalar(const std::string &sql) const;
    // The first column of each row of a query, as text (SQLite's own text form of a number).
    std::vector<std::string> texts(const std::string &sql) const;
    // Runs statements as an older server or an operator would (e.g. to rebuild an old schema);
    // false, with the reason on stderr, when they fail.
    bool exec(const std::string &sql) const;
    // Takes the database away under a running server, as a lost disk or a dropped database
    // would: the SQLite file with its -wal and -shm is deleted; the PostgreSQL database is
    // dropped, its connections ended. False when that failed.
    bool remove() const;

private:
    Backend m_backend;
    QString m_dir;
    QString m_spec;
    std::string m_adminUrl; // PostgreSQL: the cluster's maintenance database
    std::string m_name;     // PostgreSQL: this test's database
};

} // namespace lykta::test
