#include "reportcommand.h"

#include "serverreport.h"
#include "sync/core/hlc.h"

#include <QSaveFile>

#include <map>

namespace lykta::server {

namespace {

constexpr const char *kUsage =
    "usage: lykta-server report [--db DB] --unit UNIT --from YYYY-MM-DD --to YYYY-MM-DD\n"
    "                           --format csv|pdf [--out FILE]\n"
    "A unit's follow-up report (both days included), small numbers suppressed; written to\n"
    "FILE or to standard output, and logged in the audit log as an export by \"operator\".\n";

// Who the audit log shows for a report the operator made on the server itself.
constexpr const char *kOperator = "operator";

} // namespace

int runReport(ServerStorage &storage, const std::vector<std::string> &args, std::ostream &out,
              std::ostream &err)
{
    std::map<std::string, std::string> o;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string &a = args[i];
        if (a.rfind("--", 0) != 0 || i + 1 >= args.size()) {
            err << "lykta-server: unexpected \"" << a << "\"\n" << kUsage;
            return 2;
        }
        o[a.substr(2)] = args[++i];
    }
    for (const char *required : {"unit", "from", "to", "format"}) {
        if (!o.contains(required)) {
            err << "lykta-server: --" << required << " is missing\n" << kUsage;
            return 2;
        }
    }
    for (const auto &[key, value] : o) {
        if (key != "unit" && key != "from" && key != "to" && key != "format" && key != "out") {
            err << "lykta-server: unknown option --" << key << "\n" << kUsage;
            return 2;
        }
    }

    // The file is opened first, so a report that cannot be written is never logged as made.
    QSaveFile file;
    const bool toFile = o.contains("out");
    if (toFile) {
        file.setFileName(QString::fromStdString(o.at("out")));
        if (!file.open(QIODevice::WriteOnly)) {
            err << "lykta-server: cannot write " << o.at("out") << ": "
                << file.errorString().toStdString() << "\n";
            return 1;
        }
    }
    const ReportRequest request{o.at("unit"), o.at("from"), o.at("to"), o.at("format")};
    auto report =
        makeReport(storage, request, {kOperator, 0, {}}, sync::HlcClock::systemMilliseconds());
    if (!report) {
        err << "lykta-server: " << report.error().message() << "\n";
        const auto code = report.error().code;
        return code == ReportError::Code::Storage || code == ReportError::Code::UnknownUnit ||
                       code == ReportError::Code::Render
                   ? 1
                   : 2;
    }
    if (!toFile) {
        out.write(report->bytes.data(), static_cast<std::streamsize>(report->bytes.size()));
        out.flush();
        return out ? 0 : 1;
    }
    if (file.write(report->bytes.data(), static_cast<qint64>(report->bytes.size())) !=
            static_cast<qint64>(report->bytes.size()) ||
        !file.commit()) {
        err << "lykta-server: cannot write " << o.at("out") << ": "
            << file.errorString().toStdString() << "\n";
        return 1;
    }
    err << "lykta-server: wrote " << o.at("out") << " (" << report->bytes.size() << " bytes)\n";
    return 0;
}

} // namespace lykta::server
