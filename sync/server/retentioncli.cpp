#include "retentioncli.h"

#include "isotime.h"

#include "retention.h"

#include <charconv>

namespace lykta::server {

namespace {

constexpr const char *kAdminUsage =
    "usage: lykta-server admin [--db DB] retention list\n"
    "       lykta-server admin [--db DB] retention set --type TYPE (--years N | --permanent)\n";
constexpr const char *kRunUsage =
    "usage: lykta-server retention run [--db DB] [--now YYYY-MM-DD] [--dry-run]\n";

void listTypes(std::ostream &err)
{
    err << "types:";
    for (const auto &t : retention::types())
        err << " " << t.name;
    err << "\n";
}

std::string yearsText(const std::optional<int> &years)
{
    return years ? std::to_string(*years) : "permanent";
}

} // namespace

int runRetentionAdmin(ServerStorage &storage, const std::vector<std::string> &args,
                      std::ostream &out, std::ostream &err)
{
    const std::string sub = args.empty() ? std::string() : args[0];
    if (sub == "list" && args.size() == 1) {
        auto stored = storage.retentionRules();
        if (!stored) {
            err << "lykta-server: " << stored.error().detail << "\n";
            return 1;
        }
        out << "type\tyears\tsource\tset\tcovers\n";
        for (const auto &rule : retention::effectiveRules(*stored)) {
            const retention::TypeInfo *info = retention::findType(rule.type);
            out << rule.type << "\t" << yearsText(rule.years) << "\t"
                << (rule.isDefault ? "default" : "set") << "\t"
                << (rule.isDefault ? "-" : isoTime(rule.setMs)) << "\t" << info->covers << "\n";
        }
        return 0;
    }
    if (sub != "set") {
        err << kAdminUsage;
        return 2;
    }
    std::string type, years;
    bool permanent = false;
    for (std::size_t i = 1; i < args.size(); ++i) {
        if (args[i] == "--permanent") {
            permanent = true;
        } else if ((args[i] == "--type" || args[i] == "--years") && i + 1 < args.size()) {
            (args[i] == "--type" ? type : years) = args[i + 1];
            ++i;
        } else {
            err << "lykta-server: unexpected '" << args[i] << "'\n" << kAdminUsage;
            return 2;
        }
    }
    if (type.empty() || permanent == !years.empty()) {
        err << "lykta-server: give --type and either --years N or --permanent\n" << kAdminUsage;
        return 2;
    }
    if (!retention::findType(type)) {
        err << "lykta-server: no retention type '" << type << "'; ";
        listTypes(err);
        return 2;
    }
    const retention::TypeInfo *info = retention::findType(type);
    RetentionRule rule{type, std::nullopt, static_cast<std::int64_t>(std::time(nullptr)) * 1000};
    if (!permanent) {
        int n = 0;
        const auto [end, ec] = std::from_chars(years.data(), years.data() + years.size(), n);
        if (ec != std::errc() || end != years.data() + years.size() || n < 1 ||
            n > retention::kMaxYears) {
            err << "lykta-server: --years takes a whole number of years from 1 to "
                << retention::kMaxYears << "\n";
            return 2;
        }
        if (n < info->minYears) {
            err << "lykta-server: " << type << " is kept at least " << info->minYears << " years\n";
            return 2;
        }
        rule.years = n;
    }
    if (auto r = storage.setRetentionRule(rule); !r) {
        err << "lykta-server: " << r.error().detail << "\n";
        return 1;
    }
    out << type << "\t" << yearsText(rule.years) << "\n";
    return 0;
}

int runRetentionCommand(ServerStorage &storage, const std::vector<std::string> &args,
                        std::int64_t nowMs, std::ostream &out, std::ostream &err)
{
    if (args.empty() || args[0] != "run") {
        err << kRunUsage;
        return 2;
    }
    retention::Options options;
    options.runMs = nowMs;
    const retention::Day today = nowMs / 86'400'000;
    options.today = today;
    for (std::size_t i = 1; i < args.size(); ++i) {
        if (args[i] == "--dry-run") {
            options.dryRun = true;
        } else if (args[i] == "--now" && i + 1 < args.size()) {
            const auto day = retention::parseDay(args[++i]);
            if (!day || args[i].size() != 10) {
                err << "lykta-server: --now takes a date as YYYY-MM-DD, not '" << args[i] << "'\n";
                return 2;
            }
            options.today = *day;
        } else {
            err << "lykta-server: unexpected '" << args[i] << "'\n" << kRunUsage;
            return 2;
        }
    }
    // A date ahead of the real one would remove records before they are due.
    if (options.today > today && !options.dryRun) {
        err << "lykta-server: --now " << retention::formatDay(options.today) << " is after today ("
            << retention::formatDay(today) << "); a later date is only allowed with --dry-run\n";
        return 2;
    }
    options.requestId = "retention-" + retention::formatDay(options.today);

    auto report = retention::run(storage, options);
    if (!report) {
        err << "lykta-server: retention failed, nothing was removed: " << report.error().detail
            << "\n";
        return 1;
    }
    out << "action\ttype\tentity\tid\tunit\tlast_entry\tdue\n";
    const char *action = options.dryRun ? "would_remove" : "removed";
    for (const auto &r : report->plan.removals)
        out << action << "\t" << r.type << "\t" << r.entity << "\t" << r.id << "\t" << r.unitId
            << "\t" << retention::formatDay(r.lastEntry) << "\t" << retention::formatDay(r.due)
            << "\n";
    for (const auto &h : report->plan.held)
        out << "held\tcase\t" << h.entity << "\t" << h.id << "\t-\t-\t-\t(" << h.byEntity << " "
            << h.byId << " in a kept group)\n";
    if (report->auditCutoff)
        out << "# audit: " << (options.dryRun ? "would remove " : "removed ")
            << report->auditEntries << " entries written on or before "
            << retention::formatDay(*report->auditCutoff) << "\n";
    if (options.dryRun)
        out << "# dry run for " << retention::formatDay(options.today) << ": "
            << report->plan.removals.size() << " records would be removed; nothing changed\n";
    else
        out << "# " << retention::formatDay(options.today) << ": removed "
            << report->plan.removals.size() << " records and " << report->logRowsRemoved
            << " log rows\n";
    return 0;
}

} // namespace lykta::server
