#include "backupcommands.h"

#include "sqlitestorage.h"
#include "storagefactory.h"
#include "sync/crypto/vault.h"

namespace lykta::server {

namespace {

constexpr std::string_view kSqlite = "sqlite:";

// The FILE of exactly `name FILE`, or empty.
std::string only(const std::vector<std::string> &args, const std::string &name)
{
    return args.size() == 2 && args[0] == name ? args[1] : std::string();
}

} // namespace

int runBackup(ServerStorage &storage, const std::vector<std::string> &args, std::ostream &out,
              std::ostream &err)
{
    const std::string path = only(args, "--out");
    if (path.empty()) {
        err << "usage: lykta-server backup [--db sqlite:PATH [--db-key-file KEY]] --out BACKUP\n";
        return 2;
    }
    auto *sqlite = dynamic_cast<SqliteStorage *>(&storage);
    if (!sqlite) {
        err << "lykta-server: backup copies an SQLite file; back up PostgreSQL with "
               "scripts/pg-backup "
               "(README: Deploying for a region)\n";
        return 2;
    }
    if (auto copied = sqlite->backupTo(path); !copied) {
        err << "lykta-server: " << copied.error().detail << "\n";
        return 1;
    }
    out << path << "\n";
    return 0;
}

int runRestore(const std::string &dbSpec, const std::string &keyFile,
               const std::vector<std::string> &args, std::ostream &out, std::ostream &err)
{
    const std::string backup = only(args, "--from");
    if (backup.empty() || dbSpec.rfind(kSqlite, 0) != 0 || dbSpec.size() == kSqlite.size()) {
        err << "usage: lykta-server restore --db sqlite:PATH [--db-key-file KEY] --from BACKUP\n"
               "(stop the server first; restore PostgreSQL with scripts/pg-restore, "
               "README: Deploying for a region)\n";
        return 2;
    }
    std::unique_ptr<crypto::Vault> vault;
    if (!keyFile.empty()) {
        auto opened = openKey(keyFile);
        if (!opened) {
            err << "lykta-server: " << opened.error().detail << "\n";
            return 1;
        }
        vault = std::move(*opened);
    }
    const std::string path = dbSpec.substr(kSqlite.size());
    auto restored = SqliteStorage::restore(backup, path, std::move(vault));
    if (!restored) {
        err << "lykta-server: " << restored.error().detail << "\n";
        return 1;
    }
    if (!restored->empty())
        err << "lykta-server: the database that was at " << path << " is kept as " << *restored
            << "\n";
    out << path << "\n";
    return 0;
}

} // namespace lykta::server
