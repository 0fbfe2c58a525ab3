#include "encryptedvfs.h"

#include "filelayout.h"
#include "memoryfile.h"
#include "unitcipher.h"

#include <sodium.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <new>

namespace lykta::crypto {

struct VfsAccess
{
    static sqlite3_vfs *base(sqlite3_vfs *vfs) { return owner(vfs)->m_base; }
    static const KeySlot &slot(sqlite3_vfs *vfs) { return owner(vfs)->m_slot; }
    static EncryptedVfs *owner(sqlite3_vfs *vfs)
    {
        return static_cast<EncryptedVfs *>(vfs->pAppData);
    }
};

namespace {

constexpr auto kUnit = static_cast<std::int64_t>(kUnitSize);
constexpr auto kSealedSize = kUnitSize + kUnitOverhead;

// One open file: SQLite's handle, then the real file of the default VFS right behind it.
struct CryptFile
{
    sqlite3_file base;
    const KeySlot *slot = nullptr;
    FileLayout layout{FileLayout::Shape::Blocks};
    FileKind kind = FileKind::Database;
    bool strict = true; // the database and the WAL: whole pages only, a bad seal is an error
    sqlite3_file *real = nullptr;
};

constexpr std::size_t kRealOffset = (sizeof(CryptFile) + 15) & ~std::size_t{15};

CryptFile *self(sqlite3_file *file)
{
    return reinterpret_cast<CryptFile *>(file);
}

// A unit as read from disk: its plain bytes and how many of them it holds.
struct Unit
{
    std::array<unsigned char, kUnitSize> plain{};
    std::int64_t fill = 0;
    bool damaged = false;
    ~Unit() { sodium_memzero(plain.data(), plain.size()); }
};

int loadUnit(CryptFile *p, const Segment &s, Unit &unit)
{
    std::array<unsigned char, kSealedSize> sealed;
    int rc = p->real->pMethods->xRead(p->real, sealed.data(), static_cast<int>(sealed.size()),
                                      s.physical);
    auto onDisk = static_cast<std::int64_t>(sealed.size());
    if (rc == SQLITE_IOERR_SHORT_READ) {
        sqlite3_int64 size = 0;
        if (int r = p->real->pMethods->xFileSize(p->real, &size); r != SQLITE_OK)
            return r;
        onDisk = std::max<std::int64_t>(0, size - s.physical);
    } else if (rc != SQLITE_OK) {
        return rc;
    }
    unit.plain.fill(0);
    if (onDisk == 0) {
        unit.fill = 0;
        unit.damaged = false;
        return SQLITE_OK;
    }
    if (onDisk <= static_cast<std::int64_t>(kUnitOverhead)) {
        unit.fill = 0;
        unit.damaged = true;
        return SQLITE_OK;
    }
    unit.fill = onDisk - static_cast<std::int64_t>(kUnitOverhead);
    unit.damaged = !openUnit(p->slot->key, p->kind, s.unit,
                             {sealed.data(), static_cast<std::size_t>(onDisk)}, unit.plain.data());
    return SQLITE_OK;
}

int storeUnit(CryptFile *p, const Segment &s, const unsigned char *plain, std::int64_t fill)
{
    std::array<unsigned char, kSealedSize> sealed;
    sealUnit(p->slot->key, p->kind, s.unit, {plain, static_cast<std::size_t>(fill)}, sealed.data());
    return p->real->pMethods->xWrite(
        p->real, sealed.data(), static_cast<int>(fill + static_cast<std::int64_t>(kUnitOverhead)),
        s.physical);
}

// Before a unit past the end of a block file is written, every unit before it is made
// whole (zeros, sealed), so a gap never reads as a damaged unit.
int fillGapBefore(CryptFile *p, const Segment &target)
{
    if (p->layout.shape() != FileLayout::Shape::Blocks)
        return SQLITE_OK;
    sqlite3_int64 physical = 0;
    if (int rc = p->real->pMethods->xFileSize(p->real, &physical); rc != SQLITE_OK)
        return rc;
    if (physical >= target.physical)
        return SQLITE_OK;
    std::int64_t logical = p->layout.logicalSize(physical);
    Unit unit;
    while (logical < target.logical) {
        const Segment s = p->layout.segmentAt(logical);
        if (int rc = loadUnit(p, s, unit); rc != SQLITE_OK)
            return rc;
        if (unit.damaged)
            return SQLITE_IOERR_DATA;
        if (int rc = storeUnit(p, s, unit.plain.data(), kUnit); rc != SQLITE_OK)
            return rc;
        logical = s.logical + kUnit;
    }
    return SQLITE_OK;
}

int cryptClose(sqlite3_file *file)
{
    CryptFile *p = self(file);
    const int rc = p->real->pMethods ? p->real->pMethods->xClose(p->real) : SQLITE_OK;
    p->~CryptFile();
    return rc;
}

int cryptRead(sqlite3_file *file, void *out, int amount, sqlite3_int64 offset)
{
    CryptFile *p = self(file);
    if (!p->slot->unlocked.load())
        return SQLITE_IOERR_AUTH;
    auto *dst = static_cast<unsigned char *>(out);
    const std::int64_t end = offset + amount;
    // Whole WAL frames are read only by WAL recovery: a frame whose page fails its seal
    // there is the torn tail of a crash, and reads as zeros so SQLite's checksum drops it.
    // Journals are played back the same way: zeros end the playback.
    const Segment first = p->layout.segmentAt(offset);
    const bool lenient = !p->strict || (p->kind == FileKind::Wal && !first.sealed &&
                                        offset >= FileLayout::kWalHeader);
    bool shortRead = false;
    Unit unit;
    for (std::int64_t pos = offset; pos < end;) {
        const Segment s = p->layout.segmentAt(pos);
        const std::int64_t within = pos - s.logical;
        const std::int64_t chunk = std::min(end - pos, s.capacity - within);
        unsigned char *d = dst + (pos - offset);
        if (!s.sealed) {
            const int rc =
                p->real->pMethods->xRead(p->real, d, static_cast<int>(chunk), s.physical + within);
            if (rc == SQLITE_IOERR_SHORT_READ)
                shortRead = true;
            else if (rc != SQLITE_OK)
                return rc;
        } else {
            if (int rc = loadUnit(p, s, unit); rc != SQLITE_OK)
                return rc;
            if (unit.damaged && !lenient)
                return SQLITE_IOERR_DATA;
            const std::int64_t have = std::clamp<std::int64_t>(unit.fill - within, 0, chunk);
            std::memcpy(d, unit.plain.data() + within, static_cast<std::size_t>(have));
            std::memset(d + have, 0, static_cast<std::size_t>(chunk - have));
            if (have < chunk)
                shortRead = true;
        }
        pos += chunk;
    }
    return shortRead ? SQLITE_IOERR_SHORT_READ : SQLITE_OK;
}

int cryptWrite(sqlite3_file *file, const void *in, int amount, sqlite3_int64 offset)
{
    CryptFile *p = self(file);
    if (!p->slot->unlocked.load())
        return SQLITE_IOERR_AUTH;
    const auto *src = static_cast<const unsigned char *>(in);
    const std::int64_t end = offset + amount;
    Unit unit;
    for (std::int64_t pos = offset; pos < end;) {
        const Segment s = p->layout.segmentAt(pos);
        const std::int64_t within = pos - s.logical;
        const std::int64_t chunk = std::min(end - pos, s.capacity - within);
        const unsigned char *from = src + (pos - offset);
        int rc = SQLITE_OK;
        if (!s.sealed) {
            rc = p->real->pMethods->xWrite(p->real, from, static_cast<int>(chunk),
                                           s.physical + within);
        } else if (within == 0 && chunk == s.capacity) {
            rc = fillGapBefore(p, s);
            if (rc == SQLITE_OK)
                rc = storeUnit(p, s, from, chunk);
        } else if (p->strict) {
            // Only a page size other than 4096 writes part of a page.
            return SQLITE_IOERR_WRITE;
        } else {
            rc = fillGapBefore(p, s);
            if (rc == SQLITE_OK)
                rc = loadUnit(p, s, unit);
            if (rc == SQLITE_OK && unit.damaged)
                rc = SQLITE_IOERR_DATA;
            if (rc == SQLITE_OK) {
                std::memcpy(unit.plain.data() + within, from, static_cast<std::size_t>(chunk));
                rc = storeUnit(p, s, unit.plain.data(), std::max(unit.fill, within + chunk));
            }
        }
        if (rc != SQLITE_OK)
            return rc;
        pos += chunk;
    }
    return SQLITE_OK;
}

int cryptTruncate(sqlite3_file *file, sqlite3_int64 size)
{
    CryptFile *p = self(file);
    if (!p->slot->unlocked.load())
        return SQLITE_IOERR_AUTH;
    // A cut through a unit reseals what stays of it, so it still opens.
    const Segment s = p->layout.segmentAt(size);
    const std::int64_t within = size - s.logical;
    if (s.sealed && within > 0 && within < s.capacity) {
        Unit unit;
        if (int rc = loadUnit(p, s, unit); rc != SQLITE_OK)
            return rc;
        if (!unit.damaged && unit.fill > within) {
            if (int rc = storeUnit(p, s, unit.plain.data(), within); rc != SQLITE_OK)
                return rc;
        }
    }
    return p->real->pMethods->xTruncate(p->real, p->layout.physicalSize(size));
}

int cryptSync(sqlite3_file *file, int flags)
{
    CryptFile *p = self(file);
    return p->real->pMethods->xSync(p->real, flags);
}

int cryptFileSize(sqlite3_file *file, sqlite3_int64 *size)
{
    CryptFile *p = self(file);
    sqlite3_int64 physical = 0;
    const int rc = p->real->pMethods->xFileSize(p->real, &physical);
    *size = p->layout.logicalSize(physical);
    return rc;
}

int cryptLock(sqlite3_file *file, int level)
{
    CryptFile *p = self(file);
    return p->real->pMethods->xLock(p->real, level);
}

int cryptUnlock(sqlite3_file *file, int level)
{
    CryptFile *p = self(file);
    return p->real->pMethods->xUnlock(p->real, level);
}

int cryptCheckReservedLock(sqlite3_file *file, int *out)
{
    CryptFile *p = self(file);
    return p->real->pMethods->xCheckReservedLock(p->real, out);
}

int cryptFileControl(sqlite3_file *file, int op, void *arg)
{
    CryptFile *p = self(file);
    // Size hints and chunked growth would be read as logical sizes by the real file and
    // would pad it: the layout derives every size from the file's length on disk.
    if (op == SQLITE_FCNTL_SIZE_HINT || op == SQLITE_FCNTL_CHUNK_SIZE)
        return SQLITE_OK;
    return p->real->pMethods->xFileControl(p->real, op, arg);
}

int cryptSectorSize(sqlite3_file *)
{
    return static_cast<int>(kUnitSize);
}

int cryptDeviceCharacteristics(sqlite3_file *file)
{
    CryptFile *p = self(file);
    int flags = p->real->pMethods->xDeviceCharacteristics(p->real);
    // Sealing rewrites whole units: no write is atomic at any size, and a journal's
    // read-modify-write may disturb the bytes next to the ones written.
    flags &= ~(SQLITE_IOCAP_ATOMIC | SQLITE_IOCAP_ATOMIC512 | SQLITE_IOCAP_ATOMIC1K |
               SQLITE_IOCAP_ATOMIC2K | SQLITE_IOCAP_ATOMIC4K | SQLITE_IOCAP_ATOMIC8K |
               SQLITE_IOCAP_ATOMIC16K | SQLITE_IOCAP_ATOMIC32K | SQLITE_IOCAP_ATOMIC64K |
               SQLITE_IOCAP_BATCH_ATOMIC);
    if (!p->strict)
        flags &= ~SQLITE_IOCAP_POWERSAFE_OVERWRITE;
    return flags;
}

int cryptShmMap(sqlite3_file *file, int region, int size, int extend, void volatile **out)
{
    CryptFile *p = self(file);
    return p->real->pMethods->xShmMap(p->real, region, size, extend, out);
}

int cryptShmLock(sqlite3_file *file, int offset, int n, int flags)
{
    CryptFile *p = self(file);
    return p->real->pMethods->xShmLock(p->real, offset, n, flags);
}

void cryptShmBarrier(sqlite3_file *file)
{
    CryptFile *p = self(file);
    p->real->pMethods->xShmBarrier(p->real);
}

int cryptShmUnmap(sqlite3_file *file, int deleteFlag)
{
    CryptFile *p = self(file);
    return p->real->pMethods->xShmUnmap(p->real, deleteFlag);
}

// Version 2: shared memory for WAL, and no xFetch, so SQLite never maps the file into
// memory and reads every page through cryptRead.
const sqlite3_io_methods kCryptMethods = {
    2,
    cryptClose,
    cryptRead,
    cryptWrite,
    cryptTruncate,
    cryptSync,
    cryptFileSize,
    cryptLock,
    cryptUnlock,
    cryptCheckReservedLock,
    cryptFileControl,
    cryptSectorSize,
    cryptDeviceCharacteristics,
    cryptShmMap,
    cryptShmLock,
    cryptShmBarrier,
    cryptShmUnmap,
    nullptr,
    nullptr,
};

constexpr int kTemporary = SQLITE_OPEN_TEMP_DB | SQLITE_OPEN_TEMP_JOURNAL | SQLITE_OPEN_SUBJOURNAL |
                           SQLITE_OPEN_TRANSIENT_DB;

int vfsOpen(sqlite3_vfs *vfs, sqlite3_filename name, sqlite3_file *file, int flags, int *outFlags)
{
    file->pMethods = nullptr;
    const KeySlot &slot = VfsAccess::slot(vfs);
    if (!slot.unlocked.load())
        return SQLITE_IOERR_AUTH;
    if (!name || (flags & kTemporary)) {
        if (outFlags)
            *outFlags = flags;
        return openMemoryFile(file);
    }
    auto *p = new (file) CryptFile{};
    p->slot = &slot;
    p->real = reinterpret_cast<sqlite3_file *>(reinterpret_cast<char *>(file) + kRealOffset);
    p->real->pMethods = nullptr;
    if (flags & SQLITE_OPEN_WAL) {
        p->layout = FileLayout(FileLayout::Shape::Wal);
        p->kind = FileKind::Wal;
        p->strict = true;
    } else if (flags & (SQLITE_OPEN_MAIN_JOURNAL | SQLITE_OPEN_SUPER_JOURNAL)) {
        p->layout = FileLayout(FileLayout::Shape::Blocks);
        p->kind = FileKind::Journal;
        p->strict = false;
    } else {
        p->layout = FileLayout(FileLayout::Shape::Blocks);
        p->kind = FileKind::Database;
        p->strict = true;
    }
    sqlite3_vfs *base = VfsAccess::base(vfs);
    const int rc = base->xOpen(base, name, p->real, flags, outFlags);
    if (rc != SQLITE_OK) {
        if (p->real->pMethods)
            p->real->pMethods->xClose(p->real);
        p->~CryptFile();
        file->pMethods = nullptr;
        return rc;
    }
    p->base.pMethods = &kCryptMethods;
    return SQLITE_OK;
}

int vfsDelete(sqlite3_vfs *vfs, const char *name, int syncDir)
{
    sqlite3_vfs *base = VfsAccess::base(vfs);
    return base->xDelete(base, name, syncDir);
}

int vfsAccess(sqlite3_vfs *vfs, const char *name, int flags, int *out)
{
    sqlite3_vfs *base = VfsAccess::base(vfs);
    return base->xAccess(base, name, flags, out);
}

int vfsFullPathname(sqlite3_vfs *vfs, const char *name, int size, char *out)
{
    sqlite3_vfs *base = VfsAccess::base(vfs);
    return base->xFullPathname(base, name, size, out);
}

void *vfsDlOpen(sqlite3_vfs *vfs, const char *name)
{
    sqlite3_vfs *base = VfsAccess::base(vfs);
    return base->xDlOpen(base, name);
}

void vfsDlError(sqlite3_vfs *vfs, int size, char *out)
{
    sqlite3_vfs *base = VfsAccess::base(vfs);
    base->xDlError(base, size, out);
}

void (*vfsDlSym(sqlite3_vfs *vfs, void *handle, const char *symbol))(void)
{
    sqlite3_vfs *base = VfsAccess::base(vfs);
    return base->xDlSym(base, handle, symbol);
}

void vfsDlClose(sqlite3_vfs *vfs, void *handle)
{
    sqlite3_vfs *base = VfsAccess::base(vfs);
    base->xDlClose(base, handle);
}

int vfsRandomness(sqlite3_vfs *vfs, int size, char *out)
{
    sqlite3_vfs *base = VfsAccess::base(vfs);
    return base->xRandomness(base, size, out);
}

int vfsSleep(sqlite3_vfs *vfs, int microseconds)
{
    sqlite3_vfs *base = VfsAccess::base(vfs);
    return base->xSleep(base, microseconds);
}

int vfsCurrentTime(sqlite3_vfs *vfs, double *out)
{
    sqlite3_vfs *base = VfsAccess::base(vfs);
    return base->xCurrentTime(base, out);
}

int vfsGetLastError(sqlite3_vfs *vfs, int size, char *out)
{
    sqlite3_vfs *base = VfsAccess::base(vfs);
    return base->xGetLastError(base, size, out);
}

int vfsCurrentTimeInt64(sqlite3_vfs *vfs, sqlite3_int64 *out)
{
    sqlite3_vfs *base = VfsAccess::base(vfs);
    return base->xCurrentTimeInt64(base, out);
}

} // namespace

std::unique_ptr<EncryptedVfs> EncryptedVfs::registerVfs(std::string name, const KeySlot &slot)
{
    sqlite3_vfs *base = sqlite3_vfs_find(nullptr);
    if (!base || base->iVersion < 2 || name.empty() || sqlite3_vfs_find(name.c_str()))
        return nullptr;
    std::unique_ptr<EncryptedVfs> vfs(new EncryptedVfs(std::move(name), slot, base));
    if (sqlite3_vfs_register(&vfs->m_vfs, 0) != SQLITE_OK)
        return nullptr;
    return vfs;
}

EncryptedVfs::EncryptedVfs(std::string name, const KeySlot &slot, sqlite3_vfs *base)
    : m_name(std::move(name)), m_base(base), m_slot(slot)
{
    m_vfs.iVersion = 2;
    m_vfs.szOsFile = static_cast<int>(
        std::max(kRealOffset + static_cast<std::size_t>(base->szOsFile), memoryFileSize()));
    m_vfs.mxPathname = base->mxPathname;
    m_vfs.zName = m_name.c_str();
    m_vfs.pAppData = this;
    m_vfs.xOpen = vfsOpen;
    m_vfs.xDelete = vfsDelete;
    m_vfs.xAccess = vfsAccess;
    m_vfs.xFullPathname = vfsFullPathname;
    m_vfs.xDlOpen = vfsDlOpen;
    m_vfs.xDlError = vfsDlError;
    m_vfs.xDlSym = vfsDlSym;
    m_vfs.xDlClose = vfsDlClose;
    m_vfs.xRandomness = vfsRandomness;
    m_vfs.xSleep = vfsSleep;
    m_vfs.xCurrentTime = vfsCurrentTime;
    m_vfs.xGetLastError = vfsGetLastError;
    m_vfs.xCurrentTimeInt64 = vfsCurrentTimeInt64;
}

EncryptedVfs::~EncryptedVfs()
{
    sqlite3_vfs_unregister(&m_vfs);
}

} // namespace lykta::crypto
