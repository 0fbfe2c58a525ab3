#pragma once

#include "sync/core/auditupload.h"
#include "sync/core/batch.h"
#include "sync/core/pushresponse.h"
#include "sync/core/result.h"
#include "sync/core/statepage.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace lykta::sync::client {

// The device's side of a sync, as the session needs it: the outbox to push, the answer to
// record, the cursor to pull from and the pages to apply (with their cursor, atomically).
// The tablet's store implements it (src/syncctl); sync/client itself never sees SQLite.
class LocalReplica
{
public:
    virtual ~LocalReplica() = default;
    virtual DeviceId deviceId() const = 0;
    // Unacknowledged deltas, oldest first.
    virtual Result<std::vector<Delta>, std::string> pending(std::size_t limit) = 0;
    virtual Result<bool, std::string> acknowledge(const PushResponse &response) = 0;
    virtual Result<std::uint64_t, std::string> pullCursor() = 0;
    // Applies a pulled page and stores page.cursor in one transaction.
    virtual Result<bool, std::string> applyPage(const Batch &page) = 0;
    // Whether the next pull is a page of the server's state (a first sync, or one cut short).
    virtual Result<bool, std::string> pullsState() = 0;
    // Applies a state page and stores page.cursor in one transaction; the last page (hasMore
    // false) ends the state sync, and the log pull goes on from its cursor.
    virtual Result<bool, std::string> applyState(const StatePage &page) = 0;
    // The server compacted its log past this replica's cursor: the next pull starts a state
    // sync from 0 (what the replica holds stays; the state is applied over it).
    virtual Result<bool, std::string> restartFromState() = 0;
    // The device's access-log entries the server has not acknowledged, oldest first.
    virtual Result<std::vector<AuditRecord>, std::string> pendingAudit(std::size_t limit) = 0;
    // The server has settled every entry up to `through`: never send them again.
    virtual Result<bool, std::string> acknowledgeAudit(std::uint64_t through) = 0;

    // Which copy of the server's database answered (Transport::answeredEpoch). The first one
    // heard of is kept. A different one means the server was restored from a backup and may
    // have lost what it took after it: the replica then queues its own current values again
    // ahead of its outbox under new counters, sends its access log again and pulls from 0,
    // in one transaction, and answers true.
    virtual Result<bool, std::string> noteServerEpoch(const std::string &epoch) = 0;
    // The epoch found restored until the server has taken a push after it; pushes carry it
    // (Transport::push) so the restored copy accepts the new counters. nullopt otherwise.
    virtual Result<std::optional<std::string>, std::string> resumeEpoch() = 0;
};

} // namespace lykta::sync::client
