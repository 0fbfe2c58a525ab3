#include "pgstorage.h"

#include "pg.h"
#include "pgdump.h"
#include "pgschema.h"
#include "pgsession.h"
#include "serverlog.h"

namespace lykta::server {

namespace {

constexpr int kMaxAttempts = 5; // serialization failures and deadlocks in a row

StorageError toStorageError(const pg::Error &e)
{
    StorageError::Code code = StorageError::Code::Internal;
    if (e.connectionLost() || e.retryable() || e.state == "55P03" || e.state == "57014")
        code = StorageError::Code::Busy;
    else if (e.state == "23503")
        code = StorageError::Code::NotFound;
    else if (e.state == "23505")
        code = StorageError::Code::Conflict;
    else if (e.state == pg::kTooNewState)
        code = StorageError::Code::TooNew;
    else if (e.state == "XX001" || e.state == "XX002")
        code = StorageError::Code::Corrupt;
    return {code, e.what()};
}

} // namespace

PgStorage::PgStorage(std::string url, int poolSize, std::unique_ptr<pg::Conn> first)
    : m_url(std::move(url)), m_poolSize(std::max(1, poolSize))
{
    m_idle.push_back(std::move(first));
    m_open = 1;
}

PgStorage::~PgStorage() = default;

StorageResult<std::unique_ptr<PgStorage>> PgStorage::open(const std::string &url, int poolSize,
                                                          const std::string &backupDir)
{
    try {
        auto conn = std::make_unique<pg::Conn>(url);
        pg::migrate(*conn, [&](int version) {
            const std::string dump =
                pg::dumpBeforeMigration(url, version, backupDir.empty() ? "." : backupDir);
            qCInfo(lcServer, "backed up PostgreSQL schema %d to %s before migrating", version,
                   dump.c_str());
        });
        return std::unique_ptr<PgStorage>(new PgStorage(url, poolSize, std::move(conn)));
    } catch (const pg::Error &e) {
        return toStorageError(e);
    }
}

std::unique_ptr<pg::Conn> PgStorage::acquire()
{
    std::unique_lock lock(m_mutex);
    m_available.wait(lock, [&] { return !m_idle.empty() || m_open < m_poolSize; });
    if (!m_idle.empty()) {
        auto conn = std::move(m_idle.back());
        m_idle.pop_back();
        return conn;
    }
    ++m_open;
    lock.unlock();
    try {
        auto conn = std::make_unique<pg::Conn>(m_url);
        // A server process that dies mid-transaction leaves nothing held for long.
        conn->exec("SET idle_in_transaction_session_timeout = '60s'");
        return conn;
    } catch (...) {
        release(nullptr);
        throw;
    }
}

void PgStorage::release(std::unique_ptr<pg::Conn> conn)
{
    {
        std::lock_guard lock(m_mutex);
        if (conn && conn->ok())
            m_idle.push_back(std::move(conn));
        else
            --m_open; // a broken connection is dropped; the next acquire opens a new one
    }
    m_available.notify_one();
}

template <class F>
auto PgStorage::withConnection(F &&f) -> StorageResult<decltype(f(std::declval<pg::Conn &>()))>
{
    for (int attempt = 1;; ++attempt) {
        std::unique_ptr<pg::Conn> conn;
        try {
            conn = acquire();
        } catch (const pg::Error &e) {
            return toStorageError(e);
        }
        try {
            auto result = f(*conn);
            release(std::move(conn));
            return result;
        } catch (const pg::Error &e) {
            release(e.connectionLost() ? nullptr : std::move(conn));
            if (e.retryable() && attempt < kMaxAttempts)
                continue;
            return toStorageError(e);
        } catch (const db::Damaged &e) {
            release(std::move(conn));
            return StorageError{StorageError::Code::Corrupt, e.what()};
        } catch (...) {
            release(nullptr);
            throw;
        }
    }
}

std::optional<StorageError> PgStorage::databaseError(const std::exception &e) const
{
    if (const auto *error = dynamic_cast<const pg::Error *>(&e))
        return toStorageError(*error);
    return std::nullopt;
}

bool PgStorage::endsTransaction(const std::exception &e) const
{
    const auto *error = dynamic_cast<const pg::Error *>(&e);
    return error && (error->connectionLost() || error->retryable());
}

std::optional<StorageError> PgStorage::connect(const std::function<void(db::Session &)> &work)
{
    auto done = withConnection([&](pg::Conn &c) {
        work(*pgSession(c));
        return true;
    });
    if (!done)
        return done.error();
    return std::nullopt;
}

} // namespace lykta::server
