#pragma once

#include "sqlitesession.h"
#include "sqlstorage.h"

#include <memory>
#include <mutex>

namespace lykta::crypto {
class Vault;
}

namespace lykta::server {

namespace sqlite {
class Db;
}

// The embedded backend: one SQLite file (WAL, synchronous=FULL, secure_delete), one
// connection behind a mutex. SQLite allows one writer at a time anyway, and a push is one
// short transaction. The file and its WAL are 0600; with a vault, every page of them is
// encrypted (sync/crypto's VFS, the tablet's).
class SqliteStorage : public SqlStorage
{
public:
    // Opens or creates the file and its schema; a file written by a newer server is refused.
    // `vault`: the file is encrypted with its key. A plaintext file opened with a key, an
    // encrypted one without, or one the key does not decrypt is refused before SQLite may
    // write to it, so the file and its WAL stay as they were.
    static StorageResult<std::unique_ptr<SqliteStorage>> open(const std::string &path,
                                                              std::unique_ptr<crypto::Vault> vault);
    // A plaintext file (callers need not see crypto::Vault).
    static StorageResult<std::unique_ptr<SqliteStorage>> open(const std::string &path);
    ~SqliteStorage() override;

    // Writes a consistent copy of the whole database to the new file `path` (refused if
    // anything is there), encrypted with `vault`'s key when given, else plaintext: how a
    // plaintext file is encrypted and how the key is rotated.
    StorageResult<bool> copyTo(const std::string &path, const crypto::Vault *vault);
    // `lykta-server backup`: a consistent copy in the new file `path` while the server runs,
    // encrypted with this file's key when it is encrypted, checked whole before it counts.
    StorageResult<bool> backupTo(const std::string &path);
    // `lykta-server restore`: puts `backup` back as the database at `path` (the server
    // stopped), after checking it whole: it must open with `vault` (or without, when plain), be a
    // lykta-server database no newer than this build, and pass integrity_check; otherwise
    // nothing is changed. A database at `path` is moved aside, never deleted: its new name is
    // returned (empty when there was none). The restored file is then opened as a server opens
    // it, so an older backup is migrated (after its own backup) at once, and given a new epoch.
    static StorageResult<std::string> restore(const std::string &backup, const std::string &path,
                                              std::unique_ptr<crypto::Vault> vault);

    // Also an error when the file was removed, moved or replaced since it was opened: the
    // connection would go on answering from a file no one will find again.
    StorageResult<StorageStatus> status() override;
    StorageResult<StorageStatistics> statistics() override;

protected:
    std::optional<StorageError> connect(const std::function<void(db::Session &)> &work) override;
    std::optional<StorageError> databaseError(const std::exception &e) const override;
    std::optional<StorageError> afterRetention() override;

private:
    SqliteStorage(std::unique_ptr<crypto::Vault> vault, std::unique_ptr<sqlite::Db> db);
    template <class F>
    auto guarded(F &&f) -> StorageResult<decltype(f())>;
    // An error when the file was removed, moved or replaced since it was opened.
    std::optional<StorageError> fileGone();

    std::mutex m_mutex;
    std::unique_ptr<crypto::Vault> m_vault; // outlives the connection that reads through it
    std::unique_ptr<sqlite::Db> m_db;
    SqliteTexts m_texts; // guarded by m_mutex, like the connection
};

} // namespace lykta::server
