#pragma once

#include <string>

namespace lykta::server::sqlitefile {

// What lies at a database path, told from the first bytes, before SQLite opens it: a
// plaintext file starts with "SQLite format 3"; an encrypted one (sync/crypto) with a nonce.
enum class Format
{
    Missing,
    Empty, // created, nothing written yet: either kind may start here
    Plain,
    Other, // encrypted, or not a database at all
};

Format format(const std::string &path);

// Creates an empty file only its owner may read and write, if nothing is there. SQLite gives
// the WAL, the -shm and any journal the database file's mode, so they are 0600 too.
bool createPrivate(const std::string &path);

// Narrows the database file and its WAL, -shm and journal to 0600 where they exist: files an
// older server (or another umask) left readable by others.
void makePrivate(const std::string &path);

} // namespace lykta::server::sqlitefile
