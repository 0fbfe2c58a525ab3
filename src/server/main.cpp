// lykta-server: the central sync server, and its operator commands.
#include "admin.h"
#include "backupcommands.h"
#include "commandline.h"
#include "compactcli.h"
#include "credentials.h"
#include "keycommands.h"
#include "pgschema.h"
#include "reportcommand.h"
#include "retentioncli.h"
#include "serve.h"
#include "serverlog.h"
#include "serverreport.h"
#include "sqliteschema.h"
#include "storagefactory.h"
#include "sync/core/codec.h"
#include "sync/core/hlc.h"
#include "sync/core/version.h"

#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <memory>
#include <string>
#include <sys/stat.h>
#include <vector>

using namespace lykta::server;

namespace {

constexpr const char *kUsage =
    "usage:\n"
    "  lykta-server --version\n"
    "  lykta-server serve [--db DB] [--listen HOST] [--port N] [--port-file FILE]\n"
    "                     (--tls-cert PEM --tls-key PEM | --insecure-http) [--quiet]\n"
    "                     [--threads N] [--retention-daily]\n"
    "                     [--max-connections-per-address N]\n"
    "                     [--full-pull-burst N] [--full-pull-interval SECONDS]\n"
    "                     [--metrics-token-file FILE] [--config FILE]\n"
    "  lykta-server admin [--db DB] COMMAND ...   (lykta-server admin help)\n"
    "  lykta-server backup [--db sqlite:PATH] --out BACKUP   (while it serves)\n"
    "  lykta-server restore --db sqlite:PATH --from BACKUP   (the server stopped)\n"
    "  lykta-server retention run [--db DB] [--now YYYY-MM-DD] [--dry-run]\n"
    "  lykta-server compact [--db DB] [--keep-days N] [--horizon POSITION] [--batch N]\n"
    "  lykta-server report [--db DB] --unit UNIT --from YYYY-MM-DD --to YYYY-MM-DD\n"
    "                      --format csv|pdf [--out FILE]\n"
    "DB is sqlite:PATH or postgresql://USER@HOST:PORT/NAME.\n"
    "--config FILE (any command): options from FILE, a line \"name = value\" (or \"name\" for\n"
    "a switch) per option, \"#\" starting a comment; the command line's own win. The Debian\n"
    "package's service reads /etc/lykta/server.conf, where every option is described.\n"
    "--db defaults to sqlite:lykta-server.db; postgresql://USER@HOST:PORT/DB shares one\n"
    "PostgreSQL database between several servers. --port 0 takes any free port.\n"
    "--db-key-file FILE (any command): the SQLite file is encrypted with the key in FILE\n"
    "(lykta-server admin new-key --out FILE makes one; mode 0600).\n"
    "A database of an older schema is backed up before it is migrated: an SQLite file to\n"
    "PATH.schema-vN.bak beside it; a PostgreSQL one with pg_dump to\n"
    "DIR/lykta-pg-schema-vN-TIME.dump, DIR given by --migration-backup-dir DIR (any\n"
    "command; default: the working directory). A database newer than this lykta-server is\n"
    "refused and left as it is.\n"
    "A device may pull from cursor 0 (a whole copy) N times in a row (default 6), then once\n"
    "every SECONDS (default 120); past that it is answered 429 with Retry-After.\n"
    "compact removes superseded versions from the log up to the lowest position a staff\n"
    "tablet that synced in the last N days (default 90) pulled from; a tablet away longer\n"
    "syncs from the server's current state instead.\n"
    "GET /v1/health: the process answers (liveness); GET /v1/ready: its database answers\n"
    "too (readiness; 503 when not). GET /metrics (Prometheus text format) answers a scraper\n"
    "sending \"Authorization: Bearer TOKEN\", TOKEN being the one line of the file\n"
    "--metrics-token-file names (not readable by every user); without it, 404.\n";

int usage(const std::string &problem = {})
{
    if (problem.empty()) {
        std::printf("%s\n%s", kUsage, adminUsage());
        return 0;
    }
    std::fprintf(stderr, "lykta-server: %s\n%s", problem.c_str(), kUsage);
    return 2;
}

} // namespace

int main(int argc, char **argv)
{
    const Parsed parsed =
        parseCommandLine(std::vector<std::string>(argv + 1, argv + argc), kDefaultDbSpec);
    if (std::holds_alternative<ShowHelp>(parsed))
        return usage();
    if (const auto *error = std::get_if<UsageError>(&parsed))
        return usage(error->message);
    if (std::holds_alternative<ShowVersion>(parsed)) {
        std::printf(
            "lykta-server %s\n"
            "wire format %u, schema %u; database schema: SQLite %d, PostgreSQL %d\n",
            std::string(lykta::kVersion).c_str(), unsigned(lykta::sync::wire::kFormatVersion),
            unsigned(lykta::sync::wire::kSchemaVersion), static_cast<int>(SqliteSchema::Current),
            static_cast<int>(pg::SchemaVersion::Current));
        return 0;
    }
    CommandLine command = std::get<CommandLine>(parsed);
    // Help opens no database (a default one would be created where it was asked).
    if (command.mode == "admin" &&
        (command.rest.empty() || command.rest[0] == "help" || command.rest[0] == "--help")) {
        std::fputs(adminUsage(), command.rest.empty() ? stderr : stdout);
        return command.rest.empty() ? 2 : 0;
    }
    if (!credentials::init()) {
        std::fputs("lykta-server: libsodium failed to start\n", stderr);
        return 1;
    }
    // Whatever the server writes (the database, its WAL, a report, the port file) is its own.
    ::umask(077);
    useServerLogFormat();
    const std::string &mode = command.mode;
    const std::string &db = command.db;
    const std::string &dbKeyFile = command.dbKeyFile;
    const std::vector<std::string> &rest = command.rest;
    // Before anything opens the database: it is being replaced.
    if (mode == "restore")
        return runRestore(db, dbKeyFile, rest, std::cout, std::cerr);

    if (mode == "admin" && !rest.empty() && rest[0] == "new-key")
        return runNewKey(rest, std::cout, std::cerr);
    auto storage = openStorage(db, dbKeyFile, command.migrationBackupDir);
    if (!storage) {
        std::fprintf(stderr, "lykta-server: %s\n", storage.error().detail.c_str());
        return 1;
    }
    if (mode == "serve") {
        command.serve.report = reportMaker(**storage);
        return serve(**storage, command.serve);
    }
    if (mode == "backup")
        return runBackup(**storage, rest, std::cout, std::cerr);
    if (mode == "report")
        return runReport(**storage, rest, std::cout, std::cerr);
    if (mode == "retention")
        return runRetentionCommand(**storage, rest, lykta::sync::HlcClock::systemMilliseconds(),
                                   std::cout, std::cerr);
    if (mode == "compact")
        return runCompactCommand(**storage, rest, lykta::sync::HlcClock::systemMilliseconds(),
                                 std::cout, std::cerr);
    if (!rest.empty() && rest[0] == "encrypt")
        return runEncrypt(**storage, rest, std::cout, std::cerr);
    return runAdmin(**storage, rest, std::cout, std::cerr);
}
