#include "keycommands.h"

#include "dbkey.h"
#include "sqlitestorage.h"
#include "storagefactory.h"
#include "sync/crypto/vault.h"

namespace lykta::server {

namespace {

// The value after `name` in args (from the second word on), or empty.
std::string option(const std::vector<std::string> &args, const std::string &name)
{
    for (std::size_t i = 1; i + 1 < args.size(); ++i)
        if (args[i] == name)
            return args[i + 1];
    return {};
}

} // namespace

int runNewKey(const std::vector<std::string> &args, std::ostream &out, std::ostream &err)
{
    const std::string path = option(args, "--out");
    if (path.empty() || args.size() != 3) {
        err << "usage: lykta-server admin new-key --out FILE\n";
        return 2;
    }
    if (auto made = dbkey::create(path); !made) {
        err << "lykta-server: " << made.error() << "\n";
        return 1;
    }
    out << path << "\n";
    return 0;
}

int runEncrypt(ServerStorage &storage, const std::vector<std::string> &args, std::ostream &out,
               std::ostream &err)
{
    const std::string path = option(args, "--out");
    const std::string keyFile = option(args, "--key-file");
    if (path.empty() || keyFile.empty() || args.size() != 5) {
        err << "usage: lykta-server admin [--db sqlite:PATH [--db-key-file OLD]] encrypt --out "
               "NEW_PATH --key-file FILE\n";
        return 2;
    }
    auto *sqlite = dynamic_cast<SqliteStorage *>(&storage);
    if (!sqlite) {
        err << "lykta-server: encrypt copies an SQLite file; PostgreSQL's data is encrypted at "
               "rest by its deployment\n";
        return 2;
    }
    auto vault = openKey(keyFile);
    if (!vault) {
        err << "lykta-server: " << vault.error().detail << "\n";
        return 1;
    }
    if (auto copied = sqlite->copyTo(path, vault->get()); !copied) {
        err << "lykta-server: " << copied.error().detail << "\n";
        return 1;
    }
    out << path << "\n";
    err << "lykta-server: wrote an encrypted copy; serve it with --db sqlite:" << path
        << " --db-key-file " << keyFile
        << ", then delete the old file and its -wal and -shm (and their backups)\n";
    return 0;
}

} // namespace lykta::server
