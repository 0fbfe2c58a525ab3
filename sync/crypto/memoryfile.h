#pragma once

#include <sqlite3.h>

#include <cstddef>

namespace lykta::crypto {

// SQLite's temporary files (statement journals, sort spills, temp tables) hold rows in the
// clear. Under the encrypted VFS they live here, in memory, and never touch the disk; the
// memory is wiped when it grows and when the file closes.
std::size_t memoryFileSize();
int openMemoryFile(sqlite3_file *file);

} // namespace lykta::crypto
