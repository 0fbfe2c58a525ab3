#pragma once

namespace lykta::store {

// PRAGMA user_version of the local database. Each value names the migration that
// produces it (src/store/sql/vN_*.sql). Add a value and a script; never edit a shipped one.
enum class SchemaVersion : int
{
    Empty = 0,
    Initial = 1,   // entities, outbox, audit log, signed-entry triggers
    Search = 2,    // FTS5 index over notes, amendments and conversations
    Sync = 3,      // conflict copies, applied-delta ledger, refused edits
    Kiosk = 4,     // helplines in every content language, cards with the emergency line
    Retention = 5, // pulled retention tombstones may delete notes, conversations, amendments
    Resolve = 6,   // the versions a conflict resolution replaced; refused edits marked handled
    Templates = 7, // a series keeps its template's steps and version; KVÅ codes retire

    Current = Templates,
    MinReadable = Initial, // the oldest schema this build can migrate
};

} // namespace lykta::store
