#pragma once

#include "sqlstorage.h"

#include <condition_variable>
#include <memory>
#include <mutex>
#include <vector>

namespace lykta::server {

namespace pg {
class Conn;
}

// The backend for deployments that outgrow one file: PostgreSQL (libpq), shared by any
// number of lykta-server processes. Each process keeps a small pool of connections, one per
// request thread at most.
//
// Pull cursors: a push takes the row lock on `log_head` as its first statement and keeps it
// until it commits, and hands out log positions from it (pushes arriving together in one
// process share one transaction and one commit: group commit). So pushes commit one after another
// in position order, and a reader's snapshot always holds every position up to the head it
// sees: a cursor never passes a position that could still appear. Reads take no locks. The
// reasoning and its test are in docs/architecture.md (D7, "Pull cursors").
class PgStorage : public SqlStorage
{
public:
    // Connects (a libpq URL, postgresql://user@host:port/db), migrates the schema, and keeps
    // up to `poolSize` connections. A database of an older schema is first dumped into
    // `backupDir` (empty: the working directory; pgdump.h); when that fails, it is not migrated.
    static constexpr int kDefaultPoolSize = 8;
    static StorageResult<std::unique_ptr<PgStorage>> open(const std::string &url,
                                                          int poolSize = kDefaultPoolSize,
                                                          const std::string &backupDir = {});
    ~PgStorage() override;

protected:
    std::optional<StorageError> connect(const std::function<void(db::Session &)> &work) override;
    std::optional<StorageError> databaseError(const std::exception &e) const override;
    bool endsTransaction(const std::exception &e) const override;

private:
    PgStorage(std::string url, int poolSize, std::unique_ptr<pg::Conn> first);
    // Runs `f` on a pooled connection; a serialization failure or deadlock runs it again.
    template <class F>
    auto withConnection(F &&f) -> StorageResult<decltype(f(std::declval<pg::Conn &>()))>;
    std::unique_ptr<pg::Conn> acquire();
    void release(std::unique_ptr<pg::Conn> conn);

    std::string m_url;
    int m_poolSize;
    std::mutex m_mutex;
    std::condition_variable m_available;
    std::vector<std::unique_ptr<pg::Conn>> m_idle;
    int m_open = 0; // connections handed out or idle
};

} // namespace lykta::server
