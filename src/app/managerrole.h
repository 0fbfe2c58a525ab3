#pragma once

#include "sync/client/transport.h"
#include "workspace.h"

#include <memory>
#include <string>

namespace lykta::app {

// Whether the acting staff member has the manager role, as the server set it on their staff
// record: managers edit the unit's conversation models, KVÅ codes and staff list. A device
// not yet told its role is not a manager.
bool isManager(Workspace &workspace);

// A manager's requests to the server (the audit extract, the unit's tablets and staff): the
// transport of the store's enrollment (its token sealed with the store's key), and the
// server's address in `server`; null when the store is not enrolled as a staff tablet. Off the
// UI thread: it derives the key and opens the file.
std::unique_ptr<sync::client::Transport> staffTransport(const store::StoreOptions &storeOptions,
                                                        std::string *server = nullptr);

} // namespace lykta::app
