#pragma once

#include "workspace.h"

namespace lykta::app {

// Whether the acting staff member has the manager role, as the server set it on their staff
// record: managers edit the unit's conversation models, KVÅ codes and staff list. A device
// not yet told its role is not a manager.
bool isManager(Workspace &workspace);

} // namespace lykta::app
