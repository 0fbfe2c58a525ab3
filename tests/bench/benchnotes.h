#pragma once

// The notes every store and sync benchmark writes, and the reference they are measured
// against: plain SQLite inserts of the same rows into the same schema.

#include "notetext.h"
#include "store/store.h"
#include "storeinspector.h"
#include "sync/core/uuid.h"

#include <QString>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <vector>

namespace lykta::bench {

using namespace lykta::store;
using Clock = std::chrono::steady_clock;

inline const Actor kActor{"staff-bench", "unit-bench"};

// A store on a file (sealed by `vault` when given); `fresh` also creates kActor's unit.
inline std::unique_ptr<Store> open(const QString &path, std::shared_ptr<crypto::Vault> vault = {},
                                   bool fresh = true)
{
    StoreOptions options;
    options.database.path = path.toStdString();
    options.vault = std::move(vault);
    auto store = Store::open(std::move(options));
    if (!store) {
        std::fprintf(stderr, "open: %s\n", store.error().detail.c_str());
        std::exit(1);
    }
    if (fresh && !(*store)->write(kActor, Change{ChangeKind::Create, "unit", kActor.unitId, {}}))
        std::exit(1);
    return std::move(*store);
}

inline std::vector<Change> makeNotes(std::size_t n, std::mt19937_64 &random)
{
    std::vector<Change> notes;
    notes.reserve(n);
    for (std::size_t i = 0; i < n; ++i) {
        notes.push_back({ChangeKind::Create,
                         "note",
                         sync::newUuidV7(),
                         {{"subject_entity", std::string("child")},
                          {"subject_id", sync::newUuidV7()},
                          {"kind", std::string("case")},
                          {"author", kActor.staffId},
                          {"event_date", std::string("2026-11-20")},
                          {"body", bench::noteText(random)},
                          {"status", std::string("draft")}}});
    }
    return notes;
}

inline double ms(Clock::duration d)
{
    return std::chrono::duration<double, std::milli>(d).count();
}

// The same rows into the same schema (triggers and search index included, unless
// `searchIndex` is false: then the note table's search triggers are dropped first) with plain
// SQLite: one prepared INSERT per note, one transaction, no deltas, no audit; then, with the
// index, the store writes the queued records' search entries (schema v20).
inline double plainInsertMs(const QString &path, const std::vector<Change> &notes,
                            bool searchIndex = true)
{
    auto store = open(path);
    sqlite3 *db = StoreInspector::database(*store).handle();
    if (!searchIndex) {
        std::vector<std::string> triggers;
        {
            Statement list(db, "SELECT name FROM sqlite_master WHERE type = 'trigger' AND "
                               "tbl_name = 'note' AND name LIKE '%search%'");
            while (list.step() == SQLITE_ROW)
                triggers.emplace_back(list.text(0));
        }
        for (const std::string &name : triggers)
            sqlite3_exec(db, ("DROP TRIGGER " + name).c_str(), nullptr, nullptr, nullptr);
    }
    const auto start = Clock::now();
    sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
    Statement insert(db, "INSERT INTO note(id, unit_id, subject_entity, subject_id, kind, author, "
                         "event_date, body, status) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    for (const Change &note : notes) {
        insert.reset();
        insert.bind(1, note.id).bind(2, kActor.unitId);
        for (std::size_t f = 0; f < note.fields.size(); ++f)
            insert.bind(static_cast<int>(f + 3), note.fields[f].value);
        if (insert.step() != SQLITE_DONE) {
            std::fprintf(stderr, "insert: %s\n", sqlite3_errmsg(db));
            std::exit(1);
        }
    }
    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    if (searchIndex && !store->indexQueued(std::chrono::hours(1))) {
        std::fprintf(stderr, "indexing failed\n");
        std::exit(1);
    }
    return ms(Clock::now() - start);
}

} // namespace lykta::bench
