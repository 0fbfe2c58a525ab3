#include "memoryfile.h"

#include <sodium.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <new>

namespace lykta::crypto {

namespace {

struct MemoryFile
{
    sqlite3_file base;
    unsigned char *data = nullptr;
    sqlite3_int64 size = 0;
    sqlite3_int64 capacity = 0;
};

MemoryFile *self(sqlite3_file *file)
{
    return reinterpret_cast<MemoryFile *>(file);
}

void release(MemoryFile *m)
{
    if (m->data) {
        sodium_memzero(m->data, static_cast<std::size_t>(m->capacity));
        std::free(m->data);
    }
    m->data = nullptr;
    m->size = m->capacity = 0;
}

// Grows to hold `size` bytes; the old buffer is wiped before it is freed.
bool reserve(MemoryFile *m, sqlite3_int64 size)
{
    if (size <= m->capacity)
        return true;
    const sqlite3_int64 capacity = std::max<sqlite3_int64>(size, m->capacity * 2);
    auto *grown = static_cast<unsigned char *>(std::calloc(static_cast<std::size_t>(capacity), 1));
    if (!grown)
        return false;
    if (m->data) {
        std::memcpy(grown, m->data, static_cast<std::size_t>(m->size));
        sodium_memzero(m->data, static_cast<std::size_t>(m->capacity));
        std::free(m->data);
    }
    m->data = grown;
    m->capacity = capacity;
    return true;
}

int memClose(sqlite3_file *file)
{
    release(self(file));
    return SQLITE_OK;
}

int memRead(sqlite3_file *file, void *out, int amount, sqlite3_int64 offset)
{
    MemoryFile *m = self(file);
    const sqlite3_int64 available = std::clamp<sqlite3_int64>(m->size - offset, 0, amount);
    if (available > 0)
        std::memcpy(out, m->data + offset, static_cast<std::size_t>(available));
    if (available < amount) {
        std::memset(static_cast<unsigned char *>(out) + available, 0,
                    static_cast<std::size_t>(amount - available));
        return SQLITE_IOERR_SHORT_READ;
    }
    return SQLITE_OK;
}

int memWrite(sqlite3_file *file, const void *in, int amount, sqlite3_int64 offset)
{
    MemoryFile *m = self(file);
    if (!reserve(m, offset + amount))
        return SQLITE_IOERR_NOMEM;
    std::memcpy(m->data + offset, in, static_cast<std::size_t>(amount));
    m->size = std::max(m->size, offset + amount);
    return SQLITE_OK;
}

int memTruncate(sqlite3_file *file, sqlite3_int64 size)
{
    MemoryFile *m = self(file);
    if (size < m->size)
        sodium_memzero(m->data + size, static_cast<std::size_t>(m->size - size));
    else if (!reserve(m, size))
        return SQLITE_IOERR_NOMEM;
    m->size = size;
    return SQLITE_OK;
}

int memSync(sqlite3_file *, int)
{
    return SQLITE_OK;
}

int memFileSize(sqlite3_file *file, sqlite3_int64 *size)
{
    *size = self(file)->size;
    return SQLITE_OK;
}

int memLock(sqlite3_file *, int)
{
    return SQLITE_OK;
}

int memCheckReservedLock(sqlite3_file *, int *out)
{
    *out = 0;
    return SQLITE_OK;
}

int memFileControl(sqlite3_file *, int, void *)
{
    return SQLITE_NOTFOUND;
}

int memSectorSize(sqlite3_file *)
{
    return 4096;
}

int memDeviceCharacteristics(sqlite3_file *)
{
    return SQLITE_IOCAP_POWERSAFE_OVERWRITE | SQLITE_IOCAP_SAFE_APPEND | SQLITE_IOCAP_SEQUENTIAL;
}

const sqlite3_io_methods kMemoryMethods = {
    1,
    memClose,
    memRead,
    memWrite,
    memTruncate,
    memSync,
    memFileSize,
    memLock,
    memLock,
    memCheckReservedLock,
    memFileControl,
    memSectorSize,
    memDeviceCharacteristics,
    nullptr,
    nullptr,
    nullptr,
    nullptr,
    nullptr,
    nullptr,
};

} // namespace

std::size_t memoryFileSize()
{
    return sizeof(MemoryFile);
}

int openMemoryFile(sqlite3_file *file)
{
    auto *m = new (file) MemoryFile{};
    m->base.pMethods = &kMemoryMethods;
    return SQLITE_OK;
}

} // namespace lykta::crypto
