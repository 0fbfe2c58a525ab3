#pragma once

#include "database.h"

#include <cstdint>
#include <limits>

// The records whose search entries wait to be written (search_pending, schema v20), and the one
// code that writes them, from each searched table's search_source_<entity> view. The triggers
// queue a record when what its entry shows changes; the store writes the entries of its own
// writes and of small pulled pages before they commit, and a large first sync's afterwards, a
// slice at a time (Store::indexQueued).
namespace lykta::store::searchqueue {

// Past every position: index(db, after, kEnd) takes all that was queued after `after`.
inline constexpr std::int64_t kEnd = std::numeric_limits<std::int64_t>::max();

// Inside a transaction: the position of the newest queued record (0 when none ever was).
Result<std::int64_t, StoreError> head(Database &db);
// Inside a transaction: the position that ends a slice of the `count` oldest queued records.
Result<std::int64_t, StoreError> sliceEnd(Database &db, std::size_t count);
// Inside a transaction: writes the search_doc row and full-text entry of every record queued
// after `after` up to `through` as its row holds it now (a tombstoned record keeps its
// search_doc row and loses its entry) and takes them off the queue. Returns how many.
Result<std::size_t, StoreError> index(Database &db, std::int64_t after, std::int64_t through);
// How many records wait.
Result<std::size_t, StoreError> length(Database &db);

} // namespace lykta::store::searchqueue
