#include "storagefactory.h"

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
    return StorageError{StorageError::Code::NotFound,
                        "unsupported --db '" + spec + "' (expected sqlite:PATH)"};
}

} // namespace lykta::server
