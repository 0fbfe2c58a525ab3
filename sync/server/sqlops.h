#pragma once

#include "serverstorage.h"
#include "sqlsession.h"

// Statements SqlStorage's operations share (sqlstorage.cpp, sqllogwrites.cpp).
namespace lykta::server::sqlops {

std::vector<Staff> staff(db::Session &session);
std::vector<Unit> units(db::Session &session);
// The highest counter in the log of deltas written as `device`.
std::uint64_t lastLogCounter(db::Session &session, sync::DeviceId device);
// Audit rows; a tablet's entry stored before (audit_device_entry) is not stored again.
void insertAudit(db::Session &session, const std::vector<AuditEntry> &entries);
// The log's head: the highest position handed out so far (Dialect::logHead).
std::uint64_t logHead(db::Session &session);
// The log position below which compaction may have removed rows (0: never compacted).
std::uint64_t compactionHorizon(db::Session &session);
// "$first, $first+1, …": `n` parameters for an IN list.
std::string parameters(std::size_t n, int first);
// A record's state as stored, or db::Damaged.
RecordState decodeState(std::string_view bytes, std::string_view entity);

} // namespace lykta::server::sqlops
