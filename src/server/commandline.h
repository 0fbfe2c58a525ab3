#pragma once

// lykta-server's options, one table for the command line and the configuration file
// (`--config FILE`, /etc/lykta/server.conf in the Debian package): a line `name = value` (or
// `name` alone for a switch) of the file is the option `--name value` given before the command
// line's own, so the command line wins. `#` starts a comment line.

#include "serve.h"

#include <string>
#include <variant>
#include <vector>

namespace lykta::server {

struct CommandLine
{
    std::string mode; // serve, admin, backup, restore, retention, report
    std::string db;
    std::string dbKeyFile;
    std::string migrationBackupDir;
    ServeOptions serve;
    std::vector<std::string> rest; // the command's own words (admin's COMMAND, --out, …)
};

// What to do instead of running a command.
struct ShowHelp
{
};
struct ShowVersion
{
};
struct UsageError
{
    std::string message; // one line, without the usage text
};

using Parsed = std::variant<CommandLine, ShowHelp, ShowVersion, UsageError>;

// `args` is argv without the program's name. `defaultDb` is the --db when none is given.
Parsed parseCommandLine(const std::vector<std::string> &args, const std::string &defaultDb);

// The names of every option (without --), for the documentation's checks.
std::vector<std::string> optionNames();

// The lines of a configuration file as command-line words (`--name`, `value`, …), or a
// UsageError naming the file and line of an unknown option or a malformed line.
std::variant<std::vector<std::string>, UsageError> readConfigFile(const std::string &path);

} // namespace lykta::server
