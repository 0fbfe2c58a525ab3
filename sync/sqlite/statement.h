#pragma once

#include "error.h"
#include "sync/core/value.h"

#include <sqlite3.h>

#include <cstdint>
#include <string>
#include <string_view>

namespace lykta::sqlitedb {

// One prepared SQLite statement. Binds and reads lykta::sync::Value, the same variant a delta
// carries, so field values move between rows and deltas without conversion.
//
// Two ways to step, one per kind of caller: step() returns SQLite's code for a caller that
// classifies each failure (the tablet's store); next() throws Exception for one that unwinds to
// a boundary (the server's backend). A statement that failed to prepare fails either way.
class Statement
{
public:
    Statement(sqlite3 *db, std::string_view sql);
    // A statement that was never prepared: every step() returns `failure`.
    explicit Statement(int failure) : m_prepareRc(failure) {}
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool valid() const { return m_stmt != nullptr; }
    int prepareResult() const { return m_prepareRc; }

    Statement &bind(int index, const sync::Value &value);
    Statement &bind(int index, std::string_view text);
    Statement &bind(int index, const std::string &text)
    {
        return bind(index, std::string_view(text));
    }
    Statement &bind(int index, const char *text) { return bind(index, std::string_view(text)); }
    Statement &bind(int index, std::int64_t number);
    Statement &bindBlob(int index, std::string_view bytes);
    Statement &bindNull(int index);
    // Text and bytes SQLite reads in place instead of copying: they must stay unchanged until
    // the statement is reset, which also drops the binding. For a caller that binds, steps to
    // the end and resets within the life of the bytes.
    Statement &bindBorrowed(int index, std::string_view text);
    Statement &bindBlobBorrowed(int index, std::string_view bytes);

    // SQLITE_ROW, SQLITE_DONE or an error code.
    int step();
    // true: a row is ready; false: done. Throws Exception on any other code.
    bool next();
    void reset();

    int columnCount() const;
    std::string columnName(int column) const;
    sync::Value value(int column) const;
    std::int64_t integer(int column) const;
    // Valid until the next step() or reset(); copy what must outlive the row.
    std::string_view text(int column) const;
    std::string_view blob(int column) const;
    bool isNull(int column) const;

private:
    [[noreturn]] void raise(int rc) const;

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    int m_prepareRc = SQLITE_OK;
    std::string m_prepareError; // SQLite's message when the statement did not prepare
};

} // namespace lykta::sqlitedb
