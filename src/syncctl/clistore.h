#pragma once

#include "store/store.h"

#include <memory>
#include <string>

namespace lykta::syncctl {

// Opens a store for a command-line tool. A store the app encrypted (a `<db>.key` next to
// it) is unlocked with the passphrase from LYKTA_PASSPHRASE or, when that is unset, typed at
// the terminal without echo. Returns StoreOptions with the vault, so a tool can reopen it.
struct CliStore
{
    store::StoreOptions options;
    std::unique_ptr<store::Store> store;
};
Result<CliStore, std::string> openCliStore(const std::string &path);

} // namespace lykta::syncctl
