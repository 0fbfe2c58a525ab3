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

protected:
    std::optional<StorageError> connect(const std::function<void(db::Session &)> &work) override;
    std::optional<StorageError> databaseError(const std::exception &e) const override;
    std::optional<StorageError> afterRetention() override;

private:
    SqliteStorage(std::unique_ptr<crypto::Vault> vault, std::unique_ptr<sqlite::Db> db);
    template <class F>
    auto guarded(F &&f) -> StorageResult<decltype(f())>;

    std::mutex m_mutex;
    std::unique_ptr<crypto::Vault> m_vault; // outlives the connection that reads through it
    std::unique_ptr<sqlite::Db> m_db;
    SqliteTexts m_texts; // guarded by m_mutex, like the connection
};

} // namespace lykta::server
