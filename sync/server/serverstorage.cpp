#include "serverstorage.h"

#include <algorithm>

namespace lykta::server {

const char *toString(DeviceKind kind)
{
    return kind == DeviceKind::Kiosk ? "kiosk" : "staff";
}

DeviceKind deviceKindFromString(std::string_view text)
{
    return text == toString(DeviceKind::Kiosk) ? DeviceKind::Kiosk : DeviceKind::Staff;
}

Principal principalOf(Device device, std::string staffName, std::string_view role,
                      std::vector<std::string> staffUnits)
{
    Principal p;
    if (device.kind == DeviceKind::Kiosk) {
        p.units.push_back(device.unitId);
    } else {
        p.staffName = std::move(staffName);
        p.role = staffRoleFromString(role).value_or(StaffRole::Staff);
        p.units = std::move(staffUnits);
    }
    p.device = std::move(device);
    return p;
}

sync::Delta asDelta(const StoredRecord &record, const std::string &field, const StoredField &f,
                    bool withAuthor)
{
    return {f.writer,
            record.entity,
            record.id,
            field,
            f.state.value,
            f.state.hlc,
            withAuthor ? f.state.author : std::string(),
            f.state.base};
}

void finishLogPage(LogPage &page, bool full, std::uint64_t highWater, std::uint64_t since)
{
    page.hasMore = full && !page.entries.empty();
    page.cursor = page.hasMore ? page.entries.back().seq : std::max(highWater, since);
}

// The redeem rule: a used code before an expired one, both before a deactivated staff
// member, all before the device check; a refusal
// commits too, since the try goes back all the same (the secret was right).
StorageResult<RedeemResult> ServerStorage::redeemCode(const std::string &codeId,
                                                      const Device &device,
                                                      const std::string &tokenHash,
                                                      std::int64_t nowMs)
{
    RedeemResult result = RedeemResult::Redeemed;
    auto done = enrollment([&](EnrollTransaction &tx) {
        const auto code = tx.releaseAttempt(codeId);
        if (!code) {
            result = RedeemResult::UnknownCode;
            return;
        }
        if (code->used) {
            result = RedeemResult::Used;
            return;
        }
        if (code->expiresMs <= nowMs) {
            result = RedeemResult::Expired;
            return;
        }
        if (device.kind == DeviceKind::Staff && !tx.staffActive(device.staffId)) {
            result = RedeemResult::StaffInactive;
            return;
        }
        const auto known = tx.device(device.id);
        if (known && !mayEnrollAgain(*known, device)) {
            result = RedeemResult::DeviceExists;
            return;
        }
        if (known)
            tx.reenrollDevice(device, tokenHash);
        else
            tx.insertDevice(device, tokenHash);
        tx.markCodeUsed(codeId, device.id, nowMs);
    });
    if (!done)
        return done.error();
    return result;
}

} // namespace lykta::server
