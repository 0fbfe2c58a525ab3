#include "clistore.h"

#include "sync/crypto/vault.h"

#include <termios.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <iostream>

namespace lykta::syncctl {

namespace {

std::string readPassphrase()
{
    if (const char *env = std::getenv("LYKTA_PASSPHRASE"))
        return env;
    std::cerr << "Passphrase: " << std::flush;
    termios saved{};
    const bool tty = isatty(STDIN_FILENO) && tcgetattr(STDIN_FILENO, &saved) == 0;
    if (tty) {
        termios quiet = saved;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    std::string line;
    std::getline(std::cin, line);
    if (tty) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        std::cerr << "\n";
    }
    return line;
}

} // namespace

Result<CliStore, std::string> openCliStore(const std::string &path)
{
    CliStore cli;
    cli.options.database.path = path;
    const std::string keyFile = path + ".key";
    if (std::filesystem::exists(keyFile)) {
        auto vault = crypto::Vault::open(keyFile);
        if (!vault)
            return std::string("cannot read the key file: ") + vault.error().detail;
        std::string passphrase = readPassphrase();
        auto unlocked = (*vault)->unlock(passphrase);
        std::fill(passphrase.begin(), passphrase.end(), '\0');
        if (!unlocked)
            return std::string("the passphrase does not open this store");
        cli.options.vault = std::move(*vault);
    }
    auto opened = store::Store::open(cli.options);
    if (!opened)
        return std::string(store::toString(opened.error().code)) + " " + opened.error().detail;
    cli.store = std::move(*opened);
    return cli;
}

} // namespace lykta::syncctl
