#include "devicemanagement.h"

#include <algorithm>

namespace lykta::server::devicemanagement {

namespace {

Refusal storageRefusal(StorageError error)
{
    return {Refusal::Code::Storage, std::move(error)};
}

AuditEntry entry(const Actor &actor, std::int64_t nowMs, std::string action, std::string entity,
                 std::string subject)
{
    return {0,
            nowMs,
            actor.requestId,
            actor.device,
            actor.staffId,
            {},
            std::move(action),
            std::move(entity),
            std::move(subject)};
}

} // namespace

Outcome<IssuedCode> issueCode(ServerStorage &storage, EnrollmentCodeRecord request,
                              std::int64_t minutes, std::int64_t nowMs, const Actor &actor)
{
    if (request.kind == DeviceKind::Staff) {
        auto staff = storage.staff();
        if (!staff)
            return storageRefusal(staff.error());
        const auto it = std::find_if(staff->begin(), staff->end(),
                                     [&](const Staff &s) { return s.id == request.staffId; });
        if (it == staff->end())
            return Refusal{Refusal::Code::NoSuchStaff};
        if (it->deactivatedMs)
            return Refusal{Refusal::Code::StaffInactive};
        request.unitId.clear(); // a staff device's scope is its staff member's units
    }
    IssuedCode issued{credentials::newEnrollmentCode(), nowMs + minutes * 60'000};
    const auto hash = credentials::passwordHash(issued.code.secret);
    if (!hash)
        return Refusal{Refusal::Code::NoHash};
    request.id = issued.code.id;
    request.secretHash = *hash;
    request.createdMs = nowMs;
    request.expiresMs = issued.expiresMs;
    if (auto r = storage.createCode(request); !r)
        return storageRefusal(r.error());
    // Who may enroll a device, from when, is part of the audit trail (the secret is not).
    AuditEntry audit = entry(actor, nowMs, "enroll_code",
                             std::string("enrollment_code:") + toString(request.kind), request.id);
    audit.unitId = request.unitId;
    if (audit.staffId.empty()) // the operator: the row names the staff member the code is for
        audit.staffId = request.staffId;
    if (auto r = storage.appendAudit({audit}); !r)
        return storageRefusal(r.error());
    return issued;
}

Outcome<bool> revoke(ServerStorage &storage, sync::DeviceId device, bool erase, std::int64_t nowMs,
                     const Actor &actor)
{
    auto revoked = storage.revokeDevice(device, nowMs, erase);
    if (!revoked)
        return storageRefusal(revoked.error());
    if (!*revoked)
        return Refusal{Refusal::Code::NoSuchDevice};
    if (auto r = storage.appendAudit({entry(actor, nowMs, erase ? "revoke_erase" : "revoke",
                                            "device", std::to_string(device))});
        !r)
        return storageRefusal(r.error());
    return true;
}

Outcome<StaffDeactivation> setStaffActive(ServerStorage &storage, const std::string &staffId,
                                          bool active, std::int64_t nowMs, const Actor &actor)
{
    auto done = storage.setStaffActive(staffId, active, nowMs);
    if (!done)
        return storageRefusal(done.error());
    if (!*done)
        return Refusal{Refusal::Code::NoSuchStaff};
    std::vector<AuditEntry> audit{
        entry(actor, nowMs, active ? "reactivate_staff" : "deactivate_staff", "staff", staffId)};
    for (const sync::DeviceId device : (*done)->revoked)
        audit.push_back(entry(actor, nowMs, "revoke", "device", std::to_string(device)));
    if (auto r = storage.appendAudit(audit); !r)
        return storageRefusal(r.error());
    return std::move(**done);
}

} // namespace lykta::server::devicemanagement
