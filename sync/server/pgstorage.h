#pragma once

#include "sqlstorage.h"

#include <condition_variable>
#include <deque>
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
// reasoning and its test are in docs/architecture.md ("Pull cursors on PostgreSQL").
class PgStorage : public SqlStorage
{
public:
    // Connects (a libpq URL, postgresql://user@host:port/db), migrates the schema, and keeps
    // up to `poolSize` connections.
    static StorageResult<std::unique_ptr<PgStorage>> open(const std::string &url, int poolSize = 8);
    ~PgStorage() override;

    StorageResult<std::vector<AuditEntry>>
    auditFor(const std::vector<std::string> &subjects) override;
    StorageResult<std::vector<std::string>> recordsAbout(const std::string &subject,
                                                         const std::string &unit) override;

    StorageResult<bool> push(sync::DeviceId device,
                             const std::function<void(PushTransaction &)> &work) override;
    StorageResult<LogPage> pullLog(const std::vector<std::string> &units, sync::DeviceId exclude,
                                   std::uint64_t since, std::uint32_t limit,
                                   std::uint64_t maxBytes) override;
    StorageResult<RecordPage> changedRecords(const std::string &unit,
                                             const std::vector<std::string> &entities,
                                             std::uint64_t since, std::uint32_t limit,
                                             std::uint64_t maxBytes) override;

    StorageResult<bool> retention(const std::function<void(RetentionTransaction &)> &work) override;
    StorageResult<bool> directory(const std::function<void(DirectoryTransaction &)> &work) override;

protected:
    std::optional<StorageError> run(Access access,
                                    const std::function<void(db::Session &)> &work) override;

private:
    struct PendingPush
    {
        sync::DeviceId device;
        const std::function<void(PushTransaction &)> *work;
        std::optional<StorageError> error;
        bool done;
    };

    PgStorage(std::string url, int poolSize, std::unique_ptr<pg::Conn> first);
    void runGroup(const std::vector<PendingPush *> &group);
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

    std::mutex m_pushMutex; // group commit (see push())
    std::condition_variable m_pushDone;
    std::deque<PendingPush *> m_pushQueue;
    bool m_leading = false;
};

} // namespace lykta::server
