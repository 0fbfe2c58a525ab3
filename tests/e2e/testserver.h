#pragma once

// Shared by the end-to-end tests: a real lykta-server process on 127.0.0.1 (a free port, a
// real database: an SQLite file in a temporary folder or a fresh PostgreSQL database, see
// testdatabase.h), its admin commands, enrolled clients over libcurl, and deltas built the way
// a tablet's store writes them.

#include "sync/client/transport.h"
#include "sync/core/delta.h"
#include "testdatabase.h"

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <memory>
#include <set>
#include <string>
#include <vector>

namespace lykta::test {

class TestServer
{
public:
    TestServer();
    // A second server process on the same database as `other` (several servers, one database).
    explicit TestServer(const TestServer &other);
    // A server on a database the test prepared (an older schema with its rows, say).
    explicit TestServer(std::shared_ptr<TestDatabase> database);
    ~TestServer();
    TestServer &operator=(const TestServer &) = delete;

    // HTTPS when certFile/keyFile are given, else plain HTTP on loopback.
    bool start(const QString &certFile = {}, const QString &keyFile = {});
    // More options of `serve` for the next start (e.g. --full-pull-interval).
    void setServeArgs(const QStringList &args) { m_serveArgs = args; }
    void stop(); // SIGTERM, wait
    void kill(); // SIGKILL, wait: a crash
    bool running() const;

    // The server's SQLite file is encrypted with the key in `path` (`--db-key-file`, given to
    // serve and admin alike); empty: plaintext.
    void setDbKeyFile(const QString &path) { m_dbKeyFile = path; }

    // `lykta-server admin --db ... <args>`: trimmed stdout; fails the test on a non-zero exit.
    QString admin(const QStringList &args, int *exitCode = nullptr) const;

    std::string baseUrl() const;
    const TestDatabase &database() const { return *m_db; }
    qint64 pid() const;
    QString dir() const { return m_dir.path(); }
    int port() const { return m_port; }
    QByteArray log() const { return m_log; }

    std::unique_ptr<sync::client::Transport> transport(const std::string &token = {},
                                                       const std::string &caFile = {}) const;

    // A unit, a staff member in it and an enrolled staff device; returns the token.
    struct Enrolled
    {
        std::string unit;
        std::string staff;
        sync::DeviceId device = 0;
        std::string token;
    };
    Enrolled enrollStaff(const QString &unitName, sync::DeviceId device);
    // Another device of `who`'s staff member, for example one that only reads (a device never
    // pulls its own deltas back); its token, empty when enrolling failed.
    std::string enrollAnother(const Enrolled &who, sync::DeviceId device) const;
    std::string enrollKiosk(const std::string &unit, sync::DeviceId device);

private:
    mutable QTemporaryDir m_dir;
    std::shared_ptr<TestDatabase> m_db;
    std::unique_ptr<QProcess> m_process;
    int m_port = 0;
    bool m_tls = false;
    QByteArray m_log;
    QString m_dbKeyFile;
    QStringList m_serveArgs;
};

// Builds deltas as a tablet's store would: one hlc per write, counters in order.
class DeltaWriter
{
public:
    DeltaWriter(sync::DeviceId device, std::string author);

    // One write of one record: a delta per field (unit_id included by the caller).
    std::vector<sync::Delta> write(const std::string &entity, const std::string &id,
                                   const std::vector<std::pair<std::string, sync::Value>> &fields,
                                   const sync::Hlc &base = {});
    sync::Batch batch(std::vector<sync::Delta> deltas) const;
    std::uint64_t counter() const { return m_counter; }
    // Goes on after `counter`, as a tablet whose earlier deltas the server has already taken.
    void continueAfter(std::uint64_t counter) { m_counter = counter; }

private:
    sync::DeviceId m_device;
    std::string m_author;
    std::uint64_t m_counter = 0;
    std::int64_t m_lastMs = 0;
};

std::string serverBinary();

// One lykta-server command other than serve (admin, backup, restore, …), run to its end.
struct CommandRun
{
    int exitCode = -1; // -1: it crashed or did not finish
    QString out;       // standard output, trimmed
    QString err;
};
CommandRun runServerCommand(const QStringList &args);
// Any program, run the same way.
CommandRun runCommand(const QString &program, const QStringList &args);
// A script of the project's scripts/ folder (pg-backup, pg-restore, …), run the same way.
CommandRun runScript(const QString &name, const QStringList &args);

// Pushes `count` new notes of `who`'s unit in one batch written by `writer`: their ids, or
// none when the push failed or any delta was refused.
std::vector<std::string> pushNotes(const TestServer &server, const TestServer::Enrolled &who,
                                   DeltaWriter &writer, int count);
// The epoch (protocol::kEpochHeader) a pull with `token` is answered with; empty when the pull
// fails or the answer has none.
std::string answeredEpoch(const TestServer &server, const std::string &token);

// The ids of the records of `entity` that a device with `token` pulls from the start (a device
// never pulls its own deltas back); empty when a pull fails.
std::set<std::string> pulledIds(const TestServer &server, const std::string &token,
                                const std::string &entity);

} // namespace lykta::test
