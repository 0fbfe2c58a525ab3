#include "connection.h"

#include <chrono>
#include <thread>

namespace lykta::sqlitedb {

namespace {

// While another connection writes, a write waits in steps of 1 ms, for up to about 5 s.
// SQLite's own busy timeout backs off to sleeps of 25-100 ms, so a write on the UI thread
// behind a sync's short transactions (store/storesync.cpp) would wait far longer than they run.
int waitForWriter(void *, int attempts)
{
    constexpr int kAttempts = 5000;
    if (attempts >= kAttempts)
        return 0;
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
    return 1;
}

} // namespace

SqlResult<std::unique_ptr<Connection>> Connection::open(const std::string &path, int flags,
                                                        const std::string &vfs)
{
    sqlite3 *raw = nullptr;
    const int rc = sqlite3_open_v2(path.c_str(), &raw, flags | SQLITE_OPEN_NOMUTEX,
                                   vfs.empty() ? nullptr : vfs.c_str());
    std::unique_ptr<Connection> db(new Connection(raw));
    if (rc != SQLITE_OK) {
        // The extended code tells a page that fails its seal (encrypted VFS) from other I/O.
        Error e{raw ? sqlite3_extended_errcode(raw) : rc,
                raw ? sqlite3_errmsg(raw) : sqlite3_errstr(rc)};
        return e;
    }
    sqlite3_extended_result_codes(raw, 1);
    sqlite3_busy_handler(raw, waitForWriter, nullptr);
    return db;
}

Connection::~Connection()
{
    close();
}

void Connection::interrupt() const
{
    if (m_db)
        sqlite3_interrupt(m_db);
}

void Connection::close()
{
    m_statements.clear();
    sqlite3_close_v2(m_db);
    m_db = nullptr;
}

Statement &Connection::cached(std::string_view sql)
{
    if (!m_db)
        return m_closed;
    auto it = m_statements.find(sql);
    if (it == m_statements.end())
        it = m_statements.emplace(std::string(sql), std::make_unique<Statement>(m_db, sql)).first;
    it->second->reset();
    return *it->second;
}

void Connection::releaseReads()
{
    for (auto &[sql, statement] : m_statements)
        statement->reset();
}

SqlResult<bool> Connection::exec(std::string_view sql)
{
    if (!m_db)
        return lastError(SQLITE_MISUSE);
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db, std::string(sql).c_str(), nullptr, nullptr, &message);
    if (rc == SQLITE_OK)
        return true;
    Error e{sqlite3_extended_errcode(m_db), message ? message : sqlite3_errstr(rc)};
    sqlite3_free(message);
    return e;
}

Error Connection::lastError(int rc) const
{
    if (!m_db)
        return {SQLITE_MISUSE, "the connection is closed"};
    return {rc, sqlite3_errmsg(m_db)};
}

Transaction::~Transaction()
{
    if (m_open && m_db.isOpen()) {
        m_db.releaseReads();
        sqlite3_exec(m_db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
    }
}

SqlResult<bool> Transaction::begin(Mode mode)
{
    m_db.releaseReads();
    auto r = m_db.exec(mode == Mode::Write ? "BEGIN IMMEDIATE" : "BEGIN");
    m_open = r.ok();
    return r;
}

SqlResult<bool> Transaction::commit()
{
    m_db.releaseReads(); // no statement may keep the snapshot past the transaction
    auto r = m_db.exec("COMMIT");
    if (r)
        m_open = false;
    return r;
}

} // namespace lykta::sqlitedb
