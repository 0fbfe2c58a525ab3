// lykta-loadgen: simulated tablets against a running lykta-server. They enroll, then for a set
// time each writes a few notes, pushes them, pulls its unit's changes and waits; the report
// gives deltas per second, latency percentiles per endpoint, errors and the server's memory.
#include "credentials.h"
#include "simulation.h"
#include "storagefactory.h"

#include <cstdio>
#include <fstream>
#include <map>
#include <string>

using namespace lykta;

namespace {

constexpr const char *kUsage =
    "usage: lykta-loadgen --server URL --db DB [--devices N] [--seconds S] [--think-ms MS]\n"
    "                     [--devices-per-unit N] [--notes-per-sync N] [--server-pid PID]\n"
    "                     [--ca-file PEM] [--seed N]\n"
    "DB is the server's --db: the generator creates units, staff and enrollment codes there,\n"
    "as lykta-server admin does. --server-pid reports the server's resident memory.\n";

long rssKiB(long pid)
{
    std::ifstream status("/proc/" + std::to_string(pid) + "/status");
    std::string key;
    while (status >> key) {
        if (key == "VmRSS:") {
            long kib = 0;
            status >> kib;
            return kib;
        }
        status.ignore(1 << 20, '\n');
    }
    return -1;
}

void printLatency(const char *name, const loadgen::Latencies &l)
{
    std::printf("  %-7s %8zu requests   p50 %7.1f ms   p99 %7.1f ms   max %7.1f ms\n", name,
                l.ms.size(), l.percentile(50), l.percentile(99), l.percentile(100));
}

} // namespace

int main(int argc, char **argv)
{
    std::map<std::string, std::string> o;
    for (int i = 1; i + 1 < argc; i += 2)
        o[argv[i]] = argv[i + 1];
    if (argc % 2 == 0 || !o.contains("--server") || !o.contains("--db"))
        return std::fputs(kUsage, stderr), 2;
    if (!server::credentials::init())
        return std::fputs("lykta-loadgen: libsodium failed to start\n", stderr), 1;
    loadgen::Options options;
    options.server = o["--server"];
    const auto number = [&](const char *key, long fallback) {
        return o.contains(key) ? std::stol(o[key]) : fallback;
    };
    options.devices = static_cast<int>(number("--devices", options.devices));
    options.devicesPerUnit = static_cast<int>(number("--devices-per-unit", options.devicesPerUnit));
    options.duration = std::chrono::seconds(number("--seconds", options.duration.count()));
    options.think = std::chrono::milliseconds(number("--think-ms", options.think.count()));
    options.maxNotesPerSync = static_cast<int>(number("--notes-per-sync", options.maxNotesPerSync));
    options.seed = static_cast<unsigned>(number("--seed", options.seed));
    options.caFile = o.contains("--ca-file") ? o["--ca-file"] : std::string();
    const long pid = number("--server-pid", 0);
    if (options.devices < 1 || options.devicesPerUnit < 1 || options.maxNotesPerSync < 1)
        return std::fputs(kUsage, stderr), 2;

    auto storage = server::openStorage(o["--db"]);
    if (!storage) {
        std::fprintf(stderr, "lykta-loadgen: %s\n", storage.error().detail.c_str());
        return 1;
    }
    const long rssStart = pid ? rssKiB(pid) : -1;
    loadgen::Report report;
    std::vector<std::string> tokens, units, staff;
    if (!loadgen::enrollAll(**storage, options, tokens, units, staff, report)) {
        std::fprintf(stderr, "lykta-loadgen: enrollment failed: %s\n",
                     report.firstErrors.empty() ? "storage" : report.firstErrors[0].c_str());
        return 1;
    }
    storage->reset();
    const long rssEnrolled = pid ? rssKiB(pid) : -1;
    loadgen::runLoad(options, tokens, units, staff, report);
    const long rssEnd = pid ? rssKiB(pid) : -1;

    std::printf("  %d devices in %zu units enrolled in %.1f s; load for %.1f s, %llu syncs\n",
                options.devices, units.size(), report.enrollSeconds, report.loadSeconds,
                static_cast<unsigned long long>(report.syncs));
    std::printf("  pushed  %9.0f deltas/s (%llu accepted, %llu refused)\n",
                static_cast<double>(report.pushedDeltas) / report.loadSeconds,
                static_cast<unsigned long long>(report.pushedDeltas),
                static_cast<unsigned long long>(report.rejected));
    std::printf("  pulled  %9.0f deltas/s (%llu)\n",
                static_cast<double>(report.pulledDeltas) / report.loadSeconds,
                static_cast<unsigned long long>(report.pulledDeltas));
    printLatency("enroll", report.enroll);
    printLatency("push", report.push);
    printLatency("pull", report.pull);
    std::printf("  errors  %llu\n", static_cast<unsigned long long>(report.errors));
    for (const auto &e : report.firstErrors)
        std::printf("    %s\n", e.c_str());
    if (pid)
        std::printf("  server RSS  %.1f MiB at start, %.1f MiB after enrollment, %.1f MiB at end\n",
                    static_cast<double>(rssStart) / 1024, static_cast<double>(rssEnrolled) / 1024,
                    static_cast<double>(rssEnd) / 1024);
    return report.errors == 0 && report.rejected == 0 ? 0 : 1;
}
