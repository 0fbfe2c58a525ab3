#include "admin.h"

#include "isotime.h"

#include "credentials.h"
#include "devicemanagement.h"
#include "retentioncli.h"
#include "staffdirectory.h"
#include "sync/core/hlc.h"
#include "sync/core/limits.h"
#include "sync/core/uuid.h"

#include <cctype>
#include <charconv>
#include <chrono>
#include <iomanip>
#include <map>

namespace lykta::server {

namespace {

constexpr const char *kUsage =
    "usage: lykta-server admin [--db sqlite:PATH|postgresql://...] COMMAND\n"
    "  create-unit --name NAME [--id UUID]\n"
    "  create-staff --name NAME --unit UNIT [--unit UNIT...] [--id UUID] [--role ROLE]\n"
    "  set-role --staff STAFF --role ROLE\n"
    "  enroll-code (--staff STAFF | --kiosk --unit UNIT) [--valid-minutes N]\n"
    "              [--server ADDRESS]\n"
    "                         (N from 1 to 10080, 7 days; 1440 when not given; with --server\n"
    "                         a second line holds the enrollment QR code's contents,\n"
    "                         lykta://enroll?server=ADDRESS&code=CODE, for a QR generator)\n"
    "  list-units\n"
    "  list-staff\n"
    "  list-devices\n"
    "  revoke-device DEVICE [--erase]\n"
    "                         (--erase: lost or stolen; on its next contact the device\n"
    "                         erases its store, key and drafts and the server records it)\n"
    "  deactivate-staff --staff STAFF   (a leaver: their devices revoked, unused codes\n"
    "                         expired, no new code until reactivated; authorship stays)\n"
    "  reactivate-staff --staff STAFF\n"
    "  audit SUBJECT          (a record id, a device id for enrollments, or an enrollment\n"
    "                         code's id (before the dash) for its issue and refused tries)\n"
    "  retention list\n"
    "  retention set --type TYPE (--years N | --permanent)\n"
    "  new-key --out FILE     (a key for --db-key-file; 0600, never overwrites)\n"
    "  encrypt --out PATH --key-file FILE   (an encrypted copy of an SQLite --db; also\n"
    "                         rotates its key when the --db is opened with --db-key-file OLD)\n"
    "ROLE is staff (the default), manager (fetches the unit's follow-up report) or content\n"
    "(writes the kiosk's info cards and helplines).\n";

} // namespace

const char *adminUsage()
{
    return kUsage;
}

namespace {

// What the enrollment QR code holds (the app's EnrollmentForm reads it): the address
// percent-encoded, so that it survives as one query value.
std::string enrollPayload(const std::string &server, const std::string &code)
{
    std::string out = "lykta://enroll?server=";
    for (const unsigned char c : server) {
        if (std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~') {
            out += static_cast<char>(c);
        } else {
            static constexpr char kHex[] = "0123456789ABCDEF";
            out += '%';
            out += kHex[c >> 4];
            out += kHex[c & 15];
        }
    }
    return out + "&code=" + code;
}

// --name value pairs (repeatable) and positional words.
struct Options
{
    std::multimap<std::string, std::string> named;
    std::vector<std::string> positional;
    std::vector<std::string> flags;

    std::string get(const std::string &key) const
    {
        auto it = named.find(key);
        return it == named.end() ? std::string() : it->second;
    }
    bool has(const std::string &flag) const
    {
        return std::find(flags.begin(), flags.end(), flag) != flags.end();
    }
};

Options parse(const std::vector<std::string> &args, std::size_t from)
{
    Options o;
    for (std::size_t i = from; i < args.size(); ++i) {
        const std::string &a = args[i];
        if (a == "--kiosk" || a == "--erase") { // the switches; every other --name has a value
            o.flags.push_back(a);
        } else if (a.rfind("--", 0) == 0 && i + 1 < args.size()) {
            o.named.emplace(a.substr(2), args[++i]);
        } else {
            o.positional.push_back(a);
        }
    }
    return o;
}

std::int64_t nowMs()
{
    return sync::HlcClock::systemMilliseconds();
}

int storageError(std::ostream &err, const StorageError &e)
{
    err << "lykta-server: " << e.detail << "\n";
    return 1;
}

// After a change to the unit or staff table: the devices' unit and staff records follow. Should
// this fail, the table holds the change and the next server start writes the records.
int publishStaff(ServerStorage &storage, std::ostream &err)
{
    if (auto r = staffdirectory::publish(storage); !r) {
        err << "lykta-server: saved, but the staff records are not written yet (the next "
               "server start writes them): "
            << r.error().detail << "\n";
        return 1;
    }
    return 0;
}

// The operator, as the audit log names them.
const devicemanagement::Actor kOperator{"admin", 0, {}};

// Says why an operation was refused; returns the exit code.
int refusal(std::ostream &err, const devicemanagement::Refusal &why, const std::string &staff)
{
    using Code = devicemanagement::Refusal::Code;
    switch (why.code) {
    case Code::Storage:
        return storageError(err, why.storage);
    case Code::NoSuchStaff:
        err << "lykta-server: no staff member " << staff << "\n";
        return 1;
    case Code::StaffInactive:
        err << "lykta-server: " << staff
            << " is deactivated; reactivate-staff first to enroll a device for them\n";
        return 1;
    case Code::NoSuchDevice:
        err << "lykta-server: no such device\n";
        return 1;
    case Code::NoHash:
        err << "lykta-server: cannot hash the code (out of memory?)\n";
        return 1;
    }
    return 1;
}

// --role, StaffRole::Staff when not given; nullopt (and the reason on `err`) when unknown.
std::optional<StaffRole> roleOption(const Options &o, std::ostream &err)
{
    if (o.named.find("role") == o.named.end())
        return StaffRole::Staff;
    const auto role = staffRoleFromString(o.get("role"));
    if (!role)
        err << "lykta-server: unknown role \"" << o.get("role")
            << "\" (staff, manager or content)\n";
    return role;
}

} // namespace

int runAdmin(ServerStorage &storage, const std::vector<std::string> &args, std::ostream &out,
             std::ostream &err)
{
    if (args.empty()) {
        err << kUsage;
        return 2;
    }
    const std::string &command = args[0];
    if (command == "retention")
        return runRetentionAdmin(storage, {args.begin() + 1, args.end()}, out, err);
    const Options o = parse(args, 1);

    if (command == "create-unit") {
        if (o.get("name").empty()) {
            err << kUsage;
            return 2;
        }
        Unit unit{o.get("id").empty() ? sync::newUuidV7() : o.get("id"), o.get("name")};
        if (auto r = storage.createUnit(unit); !r)
            return storageError(err, r.error());
        out << unit.id << "\n";
        return publishStaff(storage, err);
    }
    if (command == "create-staff") {
        Staff staff{o.get("id").empty() ? sync::newUuidV7() : o.get("id"), o.get("name"), {}};
        for (auto [it, end] = o.named.equal_range("unit"); it != end; ++it)
            staff.units.push_back(it->second);
        if (staff.name.empty() || staff.units.empty()) {
            err << kUsage;
            return 2;
        }
        const auto role = roleOption(o, err);
        if (!role)
            return 2;
        staff.role = *role;
        if (auto r = storage.createStaff(staff); !r)
            return storageError(err, r.error());
        out << staff.id << "\n";
        return publishStaff(storage, err);
    }
    if (command == "set-role") {
        if (o.get("staff").empty() || o.get("role").empty()) {
            err << kUsage;
            return 2;
        }
        const auto role = roleOption(o, err);
        if (!role)
            return 2;
        auto r = storage.setStaffRole(o.get("staff"), *role);
        if (!r)
            return storageError(err, r.error());
        if (!*r) {
            err << "lykta-server: no staff member " << o.get("staff") << "\n";
            return 1;
        }
        (void)storage.appendAudit({{0,
                                    nowMs(),
                                    "admin",
                                    0,
                                    {},
                                    {},
                                    "set_role",
                                    std::string("staff_role:") + toString(*role),
                                    o.get("staff")}});
        out << o.get("staff") << "\t" << toString(*role) << "\n";
        return publishStaff(storage, err);
    }
    if (command == "enroll-code") {
        EnrollmentCodeRecord record;
        record.kind = o.has("--kiosk") ? DeviceKind::Kiosk : DeviceKind::Staff;
        record.staffId = o.get("staff");
        record.unitId = o.get("unit");
        if ((record.kind == DeviceKind::Staff && record.staffId.empty()) ||
            (record.kind == DeviceKind::Kiosk && record.unitId.empty())) {
            err << kUsage;
            return 2;
        }
        if (record.kind == DeviceKind::Staff)
            record.unitId.clear(); // a staff device's scope is its staff member's units
        std::int64_t minutes =
            std::chrono::duration_cast<std::chrono::minutes>(sync::limits::kDefaultCodeLifetime)
                .count();
        if (o.named.count("valid-minutes")) {
            const std::string v = o.get("valid-minutes");
            const auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), minutes);
            const auto most = sync::limits::kMaxCodeLifetime.count();
            if (v.empty() || ec != std::errc() || end != v.data() + v.size() || minutes < 1 ||
                minutes > most) {
                err << "lykta-server: --valid-minutes takes a whole number of minutes from 1 to "
                    << most << " ("
                    << std::chrono::duration_cast<std::chrono::days>(sync::limits::kMaxCodeLifetime)
                           .count()
                    << " days), not \"" << v << "\"\n";
                return 2;
            }
        }
        auto issued = devicemanagement::issueCode(storage, record, minutes, nowMs(), kOperator);
        if (!issued)
            return refusal(err, issued.error(), o.get("staff"));
        const auto &code = issued->code;
        out << code.text() << "\n";
        if (o.named.count("server"))
            out << enrollPayload(o.get("server"), code.text()) << "\n";
        return 0;
    }
    if (command == "list-units") {
        auto units = storage.units();
        if (!units)
            return storageError(err, units.error());
        for (const auto &u : *units)
            out << u.id << "\t" << u.name << "\n";
        return 0;
    }
    if (command == "list-staff") {
        auto staff = storage.staff();
        if (!staff)
            return storageError(err, staff.error());
        out << "staff\tname\trole\tunits\tdeactivated\n";
        for (const auto &s : *staff) {
            std::string units;
            for (const auto &u : s.units)
                units += (units.empty() ? "" : ",") + u;
            out << s.id << "\t" << s.name << "\t" << toString(s.role) << "\t" << units << "\t"
                << (s.deactivatedMs ? isoTime(*s.deactivatedMs) : "-") << "\n";
        }
        return 0;
    }
    if (command == "list-devices") {
        auto devices = storage.devices();
        if (!devices)
            return storageError(err, devices.error());
        auto staff = storage.staff();
        if (!staff)
            return storageError(err, staff.error());
        std::map<std::string, StaffRole> roles;
        for (const auto &s : *staff)
            roles.emplace(s.id, s.role);
        out << "device\tkind\tstaff\trole\tunit\tname\tenrolled\trevoked\tlast_counter\t"
               "last_seen\tapp_version\terase_ordered\terased\n";
        const auto time = [](const std::optional<std::int64_t> &ms) {
            return ms ? isoTime(*ms) : std::string("-");
        };
        for (const auto &d : *devices) {
            const auto role = roles.find(d.staffId);
            out << d.id << "\t" << toString(d.kind) << "\t" << d.staffId << "\t"
                << (role == roles.end() ? "-" : toString(role->second)) << "\t" << d.unitId << "\t"
                << d.name << "\t" << isoTime(d.enrolledMs) << "\t" << time(d.revokedMs) << "\t"
                << d.lastCounter << "\t" << time(d.lastSeenMs) << "\t"
                << (d.appVersion.empty() ? "-" : d.appVersion) << "\t" << time(d.eraseOrderedMs)
                << "\t" << time(d.erasedMs) << "\n";
        }
        return 0;
    }
    if (command == "revoke-device") {
        sync::DeviceId id = 0;
        const std::string v = o.positional.empty() ? std::string() : o.positional[0];
        const auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), id);
        if (v.empty() || ec != std::errc() || end != v.data() + v.size()) {
            err << kUsage;
            return 2;
        }
        const bool erase = o.has("--erase");
        auto r = devicemanagement::revoke(storage, id, erase, nowMs(), kOperator);
        if (!r) {
            if (r.error().code != devicemanagement::Refusal::Code::NoSuchDevice)
                return refusal(err, r.error(), {});
            err << "lykta-server: no device " << id
                << (erase ? " without an erase order\n" : " enrolled and unrevoked\n");
            return 1;
        }
        out << (erase ? "revoked and to be erased " : "revoked ") << id << "\n";
        return 0;
    }
    if (command == "deactivate-staff" || command == "reactivate-staff") {
        if (o.get("staff").empty()) {
            err << kUsage;
            return 2;
        }
        const bool active = command == "reactivate-staff";
        auto r =
            devicemanagement::setStaffActive(storage, o.get("staff"), active, nowMs(), kOperator);
        if (!r)
            return refusal(err, r.error(), o.get("staff"));
        if (active) {
            out << "reactivated " << o.get("staff") << "\n";
        } else {
            out << "deactivated " << o.get("staff") << ": " << r->revoked.size()
                << " devices revoked, " << r->codesExpired << " unused codes expired\n";
        }
        return 0;
    }
    if (command == "audit") {
        if (o.positional.empty()) {
            err << kUsage;
            return 2;
        }
        auto entries = storage.auditFor({o.positional[0]});
        if (!entries)
            return storageError(err, entries.error());
        // `when` is when the server wrote or received the entry; `device_time` when a tablet
        // wrote it (its own entries: read, print, export, ...), empty for the server's own.
        out << "when\taction\tdevice\tstaff\tunit\tentity\tsubject\trequest\tdevice_time\n";
        for (const auto &e : *entries) {
            out << isoTime(e.atMs) << "\t" << e.action << "\t" << e.device << "\t" << e.staffId
                << "\t" << e.unitId << "\t" << e.entity << "\t" << e.subject << "\t" << e.requestId
                << "\t" << (e.deviceSeq ? isoTime(e.deviceMs) : std::string()) << "\n";
        }
        return 0;
    }
    err << kUsage;
    return 2;
}

} // namespace lykta::server
