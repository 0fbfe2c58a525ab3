#include "managerrole.h"

#include "enrollment.h"
#include "unitservice.h"

namespace lykta::app {

bool isManager(Workspace &workspace)
{
    const auto staff = domain::UnitService(workspace.store()).staff(workspace.actor().staffId);
    return staff && staff->role == domain::Staff::Role::Manager;
}

std::unique_ptr<sync::client::Transport> staffTransport(const store::StoreOptions &storeOptions,
                                                        std::string *server)
{
    const auto e = syncctl::loadEnrollment(storeOptions);
    if (!e || e->kind == "kiosk")
        return nullptr;
    if (server)
        *server = e->server;
    return sync::client::makeCurlTransport(e->transport());
}

} // namespace lykta::app
