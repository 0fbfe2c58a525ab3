#include "managerservice.h"

#include "sync/core/limits.h"

#include <algorithm>
#include <chrono>

namespace lykta::server {

using sync::protocol::ApiError;

namespace {

bool sharesUnit(const Principal &who, const std::vector<std::string> &units)
{
    return std::any_of(units.begin(), units.end(),
                       [&](const std::string &unit) { return inScope(who, unit); });
}

const Staff *findStaff(const std::vector<Staff> &staff, const std::string &id)
{
    const auto it =
        std::find_if(staff.begin(), staff.end(), [&](const Staff &s) { return s.id == id; });
    return it == staff.end() ? nullptr : &*it;
}

bool inUnit(const Staff &staff, const std::string &unit)
{
    return std::find(staff.units.begin(), staff.units.end(), unit) != staff.units.end();
}

} // namespace

ManagerService::ManagerService(ServerStorage &storage, SyncService::Clock clock)
    : m_storage(storage), m_clock(std::move(clock))
{}

devicemanagement::Actor ManagerService::actor(const Principal &who,
                                              const std::string &requestId) const
{
    return {requestId, who.device.id, who.device.staffId};
}

ApiFailure ManagerService::refuse(const Principal &who, const char *detail,
                                  const std::string &subject, const std::string &requestId)
{
    if (auto r = m_storage.appendAudit({{0,
                                         m_clock(),
                                         requestId,
                                         who.device.id,
                                         who.device.staffId,
                                         {},
                                         "manage_denied",
                                         std::string("manage:") + detail,
                                         subject}});
        !r)
        return storageFailure(r.error());
    return ApiFailure{403, ApiError::Forbidden, detail};
}

std::optional<ApiFailure> ManagerService::notAManager(const Principal &who,
                                                      const std::string &subject,
                                                      const std::string &requestId)
{
    if (who.device.kind == DeviceKind::Kiosk)
        return refuse(who, "kiosk", subject, requestId);
    if (who.role != StaffRole::Manager)
        return refuse(who, "manager_role", subject, requestId);
    return std::nullopt;
}

ApiFailure ManagerService::failure(const devicemanagement::Refusal &refusal) const
{
    using Code = devicemanagement::Refusal::Code;
    switch (refusal.code) {
    case Code::Storage:
        return storageFailure(refusal.storage);
    case Code::NoSuchStaff:
        return ApiFailure{403, ApiError::Forbidden, "staff"};
    case Code::StaffInactive:
        return ApiFailure{409, ApiError::StaffInactive, {}};
    case Code::NoSuchDevice:
        return ApiFailure{404, ApiError::NotFound, "device"};
    case Code::NoHash:
        break;
    }
    return ApiFailure{500, ApiError::Internal, "hash"};
}

ApiResult<sync::UnitDevices> ManagerService::unitDevices(const Principal &who,
                                                         const std::string &unit,
                                                         const std::string &requestId)
{
    if (unit.empty())
        return ApiFailure{400, ApiError::BadRequest, "unit"};
    if (auto refused = notAManager(who, unit, requestId))
        return *refused;
    if (!inScope(who, unit))
        return refuse(who, "unit", unit, requestId);
    auto staff = m_storage.staff();
    if (!staff)
        return storageFailure(staff.error());
    auto devices = m_storage.devices();
    if (!devices)
        return storageFailure(devices.error());
    sync::UnitDevices out;
    out.unit = unit;
    for (const Staff &s : *staff) {
        if (inUnit(s, unit) && out.staff.size() < sync::limits::kMaxUnitDevices)
            out.staff.push_back({s.id, s.name, toString(s.role), s.deactivatedMs.value_or(0)});
    }
    // Newest enrollment first: the tablets in use now come before those revoked long ago.
    std::sort(devices->begin(), devices->end(), [](const Device &a, const Device &b) {
        return a.enrolledMs != b.enrolledMs ? a.enrolledMs > b.enrolledMs : a.id > b.id;
    });
    for (const Device &d : *devices) {
        const Staff *owner = d.kind == DeviceKind::Staff ? findStaff(*staff, d.staffId) : nullptr;
        const bool ofUnit =
            d.kind == DeviceKind::Kiosk ? d.unitId == unit : owner && inUnit(*owner, unit);
        if (!ofUnit || out.devices.size() >= sync::limits::kMaxUnitDevices)
            continue;
        out.devices.push_back({d.id, toString(d.kind), d.name, d.staffId,
                               owner ? owner->name : std::string(), d.appVersion, d.enrolledMs,
                               d.lastSeenMs.value_or(0), d.revokedMs.value_or(0),
                               d.eraseOrderedMs.value_or(0), d.erasedMs.value_or(0)});
    }
    return out;
}

ApiResult<devicemanagement::IssuedCode>
ManagerService::issueCode(const Principal &who, const std::string &unit, DeviceKind kind,
                          const std::string &staffId, const std::string &requestId)
{
    if (unit.empty() || (kind == DeviceKind::Staff && staffId.empty()))
        return ApiFailure{400, ApiError::BadRequest, kind == DeviceKind::Staff ? "staff" : "unit"};
    if (auto refused = notAManager(who, unit, requestId))
        return *refused;
    if (!inScope(who, unit))
        return refuse(who, "unit", unit, requestId);
    EnrollmentCodeRecord request;
    request.kind = kind;
    if (kind == DeviceKind::Staff) {
        auto staff = m_storage.staff();
        if (!staff)
            return storageFailure(staff.error());
        const Staff *member = findStaff(*staff, staffId);
        if (!member || !inUnit(*member, unit))
            return refuse(who, "staff", staffId, requestId);
        request.staffId = staffId;
    } else {
        request.unitId = unit;
    }
    const auto minutes =
        std::chrono::duration_cast<std::chrono::minutes>(sync::limits::kDefaultCodeLifetime)
            .count();
    auto issued = devicemanagement::issueCode(m_storage, std::move(request), minutes, m_clock(),
                                              actor(who, requestId));
    if (!issued)
        return failure(issued.error());
    return std::move(*issued);
}

ApiResult<bool> ManagerService::revoke(const Principal &who, sync::DeviceId device, bool erase,
                                       const std::string &requestId)
{
    const std::string subject = std::to_string(device);
    if (auto refused = notAManager(who, subject, requestId))
        return *refused;
    auto devices = m_storage.devices();
    if (!devices)
        return storageFailure(devices.error());
    const auto it = std::find_if(devices->begin(), devices->end(),
                                 [&](const Device &d) { return d.id == device; });
    bool ofManager = false;
    if (it != devices->end() && it->kind == DeviceKind::Kiosk) {
        ofManager = inScope(who, it->unitId);
    } else if (it != devices->end()) {
        auto staff = m_storage.staff();
        if (!staff)
            return storageFailure(staff.error());
        const Staff *owner = findStaff(*staff, it->staffId);
        ofManager = owner && sharesUnit(who, owner->units);
    }
    if (!ofManager)
        return refuse(who, "device", subject, requestId);
    auto revoked =
        devicemanagement::revoke(m_storage, device, erase, m_clock(), actor(who, requestId));
    if (!revoked)
        return failure(revoked.error());
    return true;
}

ApiResult<StaffDeactivation> ManagerService::setStaffActive(const Principal &who,
                                                            const std::string &staffId, bool active,
                                                            const std::string &requestId)
{
    if (auto refused = notAManager(who, staffId, requestId))
        return *refused;
    if (staffId == who.device.staffId)
        return refuse(who, "self", staffId, requestId);
    auto staff = m_storage.staff();
    if (!staff)
        return storageFailure(staff.error());
    const Staff *member = findStaff(*staff, staffId);
    if (!member || !sharesUnit(who, member->units))
        return refuse(who, "staff", staffId, requestId);
    auto done = devicemanagement::setStaffActive(m_storage, staffId, active, m_clock(),
                                                 actor(who, requestId));
    if (!done)
        return failure(done.error());
    return std::move(*done);
}

} // namespace lykta::server
