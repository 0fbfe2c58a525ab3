#pragma once

#include <stdexcept>
#include <string>

namespace lykta::sqlitedb {

// A failed SQLite call: the extended result code and SQLite's message (never row data).
struct Error
{
    int code = 0;
    std::string detail;
};

// The same failure for a caller that unwinds to one boundary instead of checking each call
// (the server's SQLite backend, which turns it into a StorageError there).
struct Exception : std::runtime_error
{
    Exception(int rc, const std::string &what) : std::runtime_error(what), code(rc) {}
    explicit Exception(const Error &e) : Exception(e.code, e.detail) {}
    int code;
};

} // namespace lykta::sqlitedb
