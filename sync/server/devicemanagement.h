#pragma once

#include "credentials.h"
#include "serverstorage.h"

#include <cstdint>
#include <string>

// The unit's tablets and staff, handled the same way from `lykta-server admin` (an operator)
// and from a manager's app (ManagerService over HTTP): enrollment codes, revoking a device
// (plainly, or as lost or stolen: erase on its next contact), and deactivating a staff member
// who leaves. Each operation writes its audit entry; who may call it is the caller's to check.
namespace lykta::server::devicemanagement {

// Who acts, for the audit log: the operator (request id "admin", no device) or a manager's
// device and staff member with the request's id.
struct Actor
{
    std::string requestId;
    sync::DeviceId device = 0;
    std::string staffId;
};

struct Refusal
{
    enum class Code : std::uint8_t
    {
        Storage,       // the database failed: `storage` says how
        NoSuchStaff,   // no staff member with that id
        StaffInactive, // the staff member has been deactivated
        NoSuchDevice,  // no such device, or revoked already (as asked)
        NoHash,        // the secret could not be hashed (out of memory)
    };
    Code code = Code::Storage;
    StorageError storage = {};
};

template <class T>
using Outcome = Result<T, Refusal>;

struct IssuedCode
{
    credentials::EnrollmentCode code;
    std::int64_t expiresMs = 0;
};

// A new enrollment code for `request` (kind, staffId or unitId) valid `minutes`: refused for a
// staff member who does not exist or is deactivated. Audited as enroll_code (never the secret).
Outcome<IssuedCode> issueCode(ServerStorage &storage, EnrollmentCodeRecord request,
                              std::int64_t minutes, std::int64_t nowMs, const Actor &actor);

// Revokes a device (ServerStorage::revokeDevice); audited as revoke or, lost or stolen,
// revoke_erase.
Outcome<bool> revoke(ServerStorage &storage, sync::DeviceId device, bool erase, std::int64_t nowMs,
                     const Actor &actor);

// Deactivates (active false) or reactivates a staff member (ServerStorage::setStaffActive);
// audited as deactivate_staff or reactivate_staff, with a revoke entry per device revoked.
Outcome<StaffDeactivation> setStaffActive(ServerStorage &storage, const std::string &staffId,
                                          bool active, std::int64_t nowMs, const Actor &actor);

} // namespace lykta::server::devicemanagement
