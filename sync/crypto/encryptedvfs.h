#pragma once

#include "securekey.h"

#include <sqlite3.h>

#include <atomic>
#include <memory>
#include <string>

namespace lykta::crypto {

// The key the files of one EncryptedVfs are sealed with, and whether it may be used. A Vault
// owns it; the VFS only reads it. While locked every read and write fails with
// SQLITE_IOERR_AUTH and no file opens.
struct KeySlot
{
    SecureKey key = SecureKey::zeroed();
    std::atomic<bool> unlocked{false};
};

// An SQLite VFS shim over the default VFS that seals every page of every file it opens: the
// database, its WAL (the page in each frame), rollback journals and backups made through it.
// Temporary files stay in memory. A page that was altered or sealed with another key reads
// as SQLITE_IOERR_DATA, never as data; only a WAL frame read during recovery reads as zeros,
// so SQLite drops it as the torn tail of a crash, exactly as it does without encryption.
// SQLite must use 4096-byte pages (the store sets them); other writes fail cleanly.
class EncryptedVfs
{
public:
    // Registers the VFS under `name` (never as the default). Null when the name is taken or
    // SQLite has no default VFS. `slot` must outlive the VFS and every file opened through it.
    static std::unique_ptr<EncryptedVfs> registerVfs(std::string name, const KeySlot &slot);
    ~EncryptedVfs();
    EncryptedVfs(const EncryptedVfs &) = delete;
    EncryptedVfs &operator=(const EncryptedVfs &) = delete;

    const std::string &name() const { return m_name; }

private:
    EncryptedVfs(std::string name, const KeySlot &slot, sqlite3_vfs *base);

    std::string m_name;
    sqlite3_vfs m_vfs{};
    sqlite3_vfs *m_base = nullptr;
    const KeySlot &m_slot;

    friend struct VfsAccess;
};

} // namespace lykta::crypto
