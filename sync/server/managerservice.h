#pragma once

#include "devicemanagement.h"
#include "sync/core/unitdevices.h"
#include "syncservice.h"

#include <string>

namespace lykta::server {

// A manager's handling of the unit's tablets and staff from the app (the kManage*Path
// requests): the list of the unit's devices and staff, enrollment codes, revoking a device
// (plainly, or as lost or stolen) and deactivating a leaver. Only a staff device whose staff
// member is a manager of the unit may; anyone else gets 403 Forbidden with a detail (kiosk,
// manager_role, unit; device or staff for one not of the manager's units, unknown ones alike so
// a refusal does not tell whether it exists; self for deactivating oneself), and the refusal
// is audited as manage_denied. The work itself is devicemanagement's, as for the operator.
class ManagerService
{
public:
    ManagerService(ServerStorage &storage, SyncService::Clock clock);

    ApiResult<sync::UnitDevices> unitDevices(const Principal &who, const std::string &unit,
                                             const std::string &requestId);
    // For a staff member of `unit` (kind Staff) or a kiosk of `unit`: valid
    // limits::kDefaultCodeLifetime. 409 StaffInactive for a deactivated staff member.
    ApiResult<devicemanagement::IssuedCode> issueCode(const Principal &who, const std::string &unit,
                                                      DeviceKind kind, const std::string &staffId,
                                                      const std::string &requestId);
    // 404 NotFound when the device is revoked already (with `erase`: erase ordered already).
    ApiResult<bool> revoke(const Principal &who, sync::DeviceId device, bool erase,
                           const std::string &requestId);
    ApiResult<StaffDeactivation> setStaffActive(const Principal &who, const std::string &staffId,
                                                bool active, const std::string &requestId);

private:
    // The refusal, audited, when `who` is not a manager's staff device; nullopt when it is.
    std::optional<ApiFailure> notAManager(const Principal &who, const std::string &subject,
                                          const std::string &requestId);
    ApiFailure refuse(const Principal &who, const char *detail, const std::string &subject,
                      const std::string &requestId);
    devicemanagement::Actor actor(const Principal &who, const std::string &requestId) const;
    ApiFailure failure(const devicemanagement::Refusal &refusal) const;

    ServerStorage &m_storage;
    SyncService::Clock m_clock;
};

} // namespace lykta::server
