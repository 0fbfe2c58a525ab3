#include "storagefactory.h"

#include "dbkey.h"
#include "pgstorage.h"
#include "sqlitestorage.h"
#include "sync/crypto/vault.h"

namespace lykta::server {

StorageResult<std::unique_ptr<crypto::Vault>> openKey(const std::string &keyFile)
{
    auto key = dbkey::read(keyFile);
    if (!key)
        return StorageError{StorageError::Code::Internal, key.error()};
    auto vault = crypto::Vault::fromKey(std::move(*key));
    if (!vault)
        return StorageError{StorageError::Code::Internal,
                            "cannot start encryption: " + vault.error().detail};
    return std::move(*vault);
}

StorageResult<std::unique_ptr<ServerStorage>>
openStorage(const std::string &spec, const std::string &keyFile, const std::string &backupDir)
{
    constexpr std::string_view kSqlite = "sqlite:";
    if (spec.rfind(kSqlite, 0) == 0 && spec.size() > kSqlite.size()) {
        std::unique_ptr<crypto::Vault> vault;
        if (!keyFile.empty()) {
            auto opened = openKey(keyFile);
            if (!opened)
                return opened.error();
            vault = std::move(*opened);
        }
        auto storage = SqliteStorage::open(spec.substr(kSqlite.size()), std::move(vault));
        if (!storage)
            return storage.error();
        return std::unique_ptr<ServerStorage>(std::move(*storage));
    }
    if (spec.rfind("postgresql://", 0) == 0 || spec.rfind("postgres://", 0) == 0) {
        if (!keyFile.empty())
            return StorageError{StorageError::Code::Internal,
                                "--db-key-file encrypts an SQLite file; PostgreSQL's data is "
                                "encrypted at rest by its deployment (disk encryption)"};
        auto storage = PgStorage::open(spec, PgStorage::kDefaultPoolSize, backupDir);
        if (!storage)
            return storage.error();
        return std::unique_ptr<ServerStorage>(std::move(*storage));
    }
    return StorageError{StorageError::Code::NotFound,
                        "unsupported --db '" + spec +
                            "' (expected sqlite:PATH or postgresql://USER@HOST:PORT/DB)"};
}

} // namespace lykta::server
