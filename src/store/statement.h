#pragma once

#include "sync/core/value.h"

#include <sqlite3.h>

#include <cstdint>
#include <string>
#include <string_view>

namespace lykta::store {

// One prepared SQLite statement. Binds and reads lykta::sync::Value, the same variant a
// delta carries, so field values move between rows and deltas without conversion.
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
    Statement &bind(int index, std::int64_t number);
    Statement &bindNull(int index);

    // SQLITE_ROW, SQLITE_DONE or an error code.
    int step();
    void reset();

    int columnCount() const;
    std::string columnName(int column) const;
    sync::Value value(int column) const;
    std::int64_t integer(int column) const;
    std::string_view text(int column) const;
    std::string_view blob(int column) const;
    bool isNull(int column) const;

private:
    sqlite3_stmt *m_stmt = nullptr;
    int m_prepareRc = SQLITE_OK;
};

} // namespace lykta::store
