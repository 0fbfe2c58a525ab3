#include "managerrole.h"

#include "unitservice.h"

namespace lykta::app {

bool isManager(Workspace &workspace)
{
    const auto staff = domain::UnitService(workspace.store()).staff(workspace.actor().staffId);
    return staff && staff->role == domain::Staff::Role::Manager;
}

} // namespace lykta::app
