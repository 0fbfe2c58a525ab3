#include "compactcli.h"

#include <charconv>
#include <chrono>

namespace lykta::server {

namespace {

constexpr const char *kUsage =
    "usage: lykta-server compact [--db DB] [--keep-days N] [--horizon POSITION] [--batch N]\n"
    "Removes from the log every version of a field that a later one replaced, up to a log\n"
    "position (the horizon): by default the lowest position a staff tablet that synced in the\n"
    "last N days (--keep-days, default 90) pulled from. A tablet away longer, or one joining,\n"
    "syncs from the server's current state instead. Values and conflict copies are kept.\n";

template <class T>
bool parse(const std::string &text, T &value)
{
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    return ec == std::errc() && end == text.data() + text.size();
}

} // namespace

int runCompactCommand(ServerStorage &storage, const std::vector<std::string> &args,
                      std::int64_t nowMs, std::ostream &out, std::ostream &err)
{
    int keepDays = kCompactKeepDays;
    std::optional<std::uint64_t> horizon;
    std::uint32_t batch = kCompactBatch;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const bool hasValue = i + 1 < args.size();
        if (args[i] == "--keep-days" && hasValue) {
            if (!parse(args[++i], keepDays) || keepDays < 0) {
                err << "lykta-server: --keep-days takes a number of days, not '" << args[i]
                    << "'\n";
                return 2;
            }
        } else if (args[i] == "--horizon" && hasValue) {
            std::uint64_t position = 0;
            if (!parse(args[++i], position)) {
                err << "lykta-server: --horizon takes a log position, not '" << args[i] << "'\n";
                return 2;
            }
            horizon = position;
        } else if (args[i] == "--batch" && hasValue) {
            if (!parse(args[++i], batch) || batch == 0) {
                err << "lykta-server: --batch takes a number of rows, not '" << args[i] << "'\n";
                return 2;
            }
        } else if (args[i] == "--help") {
            out << kUsage;
            return 0;
        } else {
            err << "lykta-server: unexpected '" << args[i] << "'\n" << kUsage;
            return 2;
        }
    }
    if (!horizon) {
        auto safe = storage.safeHorizon(nowMs - std::int64_t{keepDays} * 86'400'000);
        if (!safe) {
            err << "lykta-server: compaction failed, nothing was removed: " << safe.error().detail
                << "\n";
            return 1;
        }
        horizon = *safe;
    }
    const auto start = std::chrono::steady_clock::now();
    auto report = storage.compactLog(*horizon, nowMs, batch);
    if (!report) {
        err << "lykta-server: compaction stopped: " << report.error().detail
            << " (what it removed is gone; run it again)\n";
        return 1;
    }
    const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                        std::chrono::steady_clock::now() - start)
                        .count();
    out << "horizon\t" << report->horizon << "\n"
        << "rows_before\t" << report->rowsBefore << "\n"
        << "removed\t" << report->removed << "\n"
        << "rows_after\t" << report->rowsBefore - report->removed << "\n"
        << "# compacted the log up to position " << report->horizon << ": removed "
        << report->removed << " of " << report->rowsBefore << " rows in " << ms << " ms\n";
    return 0;
}

} // namespace lykta::server
