#include "storagefactory.h"

#include "pgstorage.h"
#include "sqlitestorage.h"

namespace lykta::server {

StorageResult<std::unique_ptr<ServerStorage>> openStorage(const std::string &spec)
{
    constexpr std::string_view kSqlite = "sqlite:";
    if (spec.rfind(kSqlite, 0) == 0 && spec.size() > kSqlite.size()) {
        auto storage = SqliteStorage::open(spec.substr(kSqlite.size()));
        if (!storage)
            return storage.error();
        return std::unique_ptr<ServerStorage>(std::move(*storage));
    }
    if (spec.rfind("postgresql://", 0) == 0 || spec.rfind("postgres://", 0) == 0) {
        auto storage = PgStorage::open(spec);
        if (!storage)
            return storage.error();
        return std::unique_ptr<ServerStorage>(std::move(*storage));
    }
    return StorageError{StorageError::Code::NotFound,
                        "unsupported --db '" + spec +
                            "' (expected sqlite:PATH or postgresql://USER@HOST:PORT/DB)"};
}

} // namespace lykta::server
