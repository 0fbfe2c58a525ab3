#pragma once

namespace lykta::store {

// PRAGMA user_version of the local database. Each value names the migration that
// produces it (sync/schema/sql/vN_*.sql). Add a value and a script; never edit a shipped one.
enum class SchemaVersion : int
{
    Empty = 0,
    Initial = 1,      // entities, outbox, audit log, signed-entry triggers
    Search = 2,       // FTS5 index over notes, amendments and conversations
    Sync = 3,         // conflict copies, applied-delta ledger, refused edits
    Kiosk = 4,        // helplines in every content language, cards with the emergency line
    Retention = 5,    // pulled retention tombstones may delete notes, conversations, amendments
    Resolve = 6,      // the versions a conflict resolution replaced; refused edits marked handled
    CaseNotes = 7,    // a case note's kind of contact and its child's-own-words flag
    Programme = 8,    // session start time and cancelled flag; a member's join date
    Groups = 9,       // a group's place and status; the day a member left the group
    Concern = 10,     // what was done about a concern to report, on its task
    Booking = 11,     // booked series steps; how a series was closed or reopened
    Guardians = 12,   // guardians' contact details, custody and leaving; a family's case closed
    Templates = 13,   // a series keeps its template's steps and version; KVÅ codes retire
    SearchKinds = 14, // search knows each hit's kind, day and author; families, children, groups

    Drafts = 15,         // what is being typed in a form, local to the device (never synced)
    SeriesClosedBy = 16, // who closed a conversation series
    SearchOrder = 17,    // the search index in the order hits are shown: names, then newest
    ForwardedUnit = 18,  // an outbox delta may carry another device's timestamp (a unit)
    KioskReview = 19,    // drafts for review; Ukrainian, Finnish, chat and web; idle times
    SearchQueue = 20,    // the search index is written from a queue (bulk after a first sync)

    Current = SearchQueue,
    MinReadable = Initial, // the oldest schema this build can migrate
};

} // namespace lykta::store
